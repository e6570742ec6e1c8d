import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {addPageConfig, resetPage} from '../helpers.js';

/**
 * Every sentence of the corrected clinic page is rendered by <dystonia-guide>.
 * The sentences come from the scraped page (a copy of shared/seed in
 * test/fixtures/seed) with ../shared/content/review.md's corrections applied here, not from
 * the code's own strings.
 */

/** ../shared/content/review.md corrections C1–C7, as replacements of whole scraped lines. */
const CORRECTIONS: Array<[scraped: string, corrected: string[]]> = [
  // C1 + C2: the scraped "focal" definition belongs to multifocal.
  [
    'Focal dystonia: affects more than one unrelated body part.',
    [
      'Focal dystonia: affects a single body part.',
      'Multifocal dystonia: affects more than one unrelated body part.',
    ],
  ],
  // C4: heading form.
  ['Cervical dystonia or torticollis', ['Cervical dystonia (torticollis)']],
  // C5: no dangling "also".
  [
    'is also episodic and produces symptoms only when the person is experiencing an attack.',
    ['is episodic and produces symptoms only when the person is experiencing an attack.'],
  ],
];

/** Headings lost in the scrape (C3, C6, C7). */
const RESTORED_HEADINGS = ['Blepharospasm', 'Eyes', 'Neck'];

function correctedLines(seed: string): string[] {
  const lines = seed
    .split('\n')
    .map((line) => line.replace(/^\s*•\s*/, '').trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const line of lines) {
    const correction = CORRECTIONS.find(([scraped]) => scraped === line);
    out.push(...(correction ? correction[1] : [line]));
  }
  return [...out, ...RESTORED_HEADINGS];
}

/** Sentences of a line; "Name: description" lines of the types are two texts (C8). */
function sentences(line: string): string[] {
  const named = line.match(/^([A-Z][\w ]*dystonia|Hemidystonia): (.+)$/);
  if (named) return [named[1], named[2]];
  return line.split(/(?<=[.!?:])\s+(?=[A-Z“])/).map((s) => s.trim());
}

/** All text a person can reach, through shadow roots, in document order. */
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return '';
  const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return Array.from(children).map(deepText).join(' ');
}

describe('content fidelity', () => {
  afterEach(resetPage);

  it('renders every sentence of the corrected page in <dystonia-guide>', async () => {
    const seed = await (await fetch('/test/fixtures/seed/dystonia-page.txt')).text();
    const expected = correctedLines(seed).flatMap(sentences);
    expect(expected.length).to.be.greaterThan(60);

    // A way to contact the clinic (the scrape has none): the guide shows its call to action only then.
    addPageConfig('{"phone": "+1 (555) 010-0199"}');
    const el = await fixture(html`<dystonia-guide clinic-name="Cerebrum Health Centers"></dystonia-guide>`);
    await waitUntil(() => el.shadowRoot?.querySelector('inquiry-cta')?.shadowRoot?.childElementCount);
    // Let every nested element finish rendering.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = deepText(el)
      .replace(/[\u2068\u2069]/g, '')
      .replace(/\s+/g, ' ');
    const missing = expected.filter((sentence) => !text.includes(sentence.replace(/\s+/g, ' ')));
    expect(missing, 'sentences of the corrected page not rendered').to.deep.equal([]);
  });

  it('does not render the scrape’s errors', async () => {
    const el = await fixture(html`<dystonia-guide clinic-name="Cerebrum Health Centers"></dystonia-guide>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = deepText(el)
      .replace(/[\u2068\u2069]/g, '')
      .replace(/\s+/g, ' ');
    expect(text).not.to.contain('Focal dystonia affects more than one unrelated body part');
    expect(text).not.to.contain('is also episodic');
    expect(text).not.to.contain('Cervical dystonia or torticollis');
  });
});
