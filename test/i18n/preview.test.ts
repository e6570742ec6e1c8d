import {expect, waitUntil} from '@open-wc/testing';
import {xliffUnits} from '../../scripts/i18n/xliff-units.mjs';
import {fill, textOf} from '../helpers.js';

/*
 * The translation preview (demo/translate.html and its frames) against a
 * fixture, not the shipped files: test/fixtures/i18n/es.xlf is locales/es.xlf
 * with no <target> for cta.text and cta.heading. The dev server builds the
 * frame's Spanish from that file on request (scripts/i18n/preview-plugin.mjs,
 * allowed to read test/fixtures/i18n by web-test-runner.config.mjs).
 */

const DIR = 'test/fixtures/i18n';
const MARKER = '⚠EN⟩ ';
const CLINIC = 'Cerebrum'; // what the preview frame passes as clinic-name
const MISSING = ['cta.text', 'cta.heading'];

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
}

/** The fixture's units, read from the file itself with the one XLIFF reader, whitespace normalized. */
async function fixtureUnits(): Promise<Unit[]> {
  const response = await fetch(`/${DIR}/es.xlf`);
  expect(response.ok, `/${DIR}/es.xlf is served`).to.equal(true);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();
  return xliffUnits(doc).units.map(({id, source, target}) => ({
    id,
    source: normalized(source),
    target: target === null ? undefined : normalized(target),
  }));
}

async function loadPage(src: string, ready: (doc: Document) => boolean): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '700px';
  document.body.append(frame);
  await waitUntil(
    () => {
      const doc = frame.contentDocument;
      const error = doc?.querySelector('#preview-status')?.textContent?.trim();
      if (error) throw new Error(`${src}: ${error}`);
      return doc && ready(doc);
    },
    `${src} did not get ready`,
    {timeout: 45000}
  );
  return frame;
}

// While the frame navigates, contentDocument can be a document without a root element yet.
const previewReady = (doc: Document) => doc.documentElement?.dataset.previewState === 'ready';

/** Every text a person reads or hears in the widgets of a frame: text nodes and text attributes, through shadow roots. */
function widgetTexts(doc: Document): string[] {
  const texts: string[] = [];
  const visit = (root: Document | ShadowRoot | Element) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      if (['style', 'script'].includes(element.localName)) continue;
      for (const node of Array.from(element.childNodes)) {
        if (node.nodeType === Node.TEXT_NODE) texts.push(textOf(node));
      }
      for (const name of ['aria-label', 'aria-roledescription', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value.replace(/\s+/g, ' ').trim());
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  // The widgets only: each preview section's element, not the page's labels.
  doc.querySelectorAll('#preview section > :not(h2):not(details)').forEach((widget) => {
    if (widget.shadowRoot) visit(widget.shadowRoot);
  });
  return texts.filter(Boolean);
}

describe('translation preview', function () {
  // loadPage() waits up to 45 s: the first frame transforms the whole source graph
  // and builds a locale, slow on a busy two-core machine. Nothing here is timed.
  this.timeout(60000);
  let units: Unit[];
  const frames: HTMLIFrameElement[] = [];

  before(async () => {
    units = await fixtureUnits();
  });

  afterEach(() => {
    frames.splice(0).forEach((frame) => frame.remove());
  });

  it('the fixture lacks exactly the targets this test expects', () => {
    expect(units.filter((u) => u.target === undefined).map((u) => u.id)).to.have.members(MISSING);
    expect(units.filter((u) => u.target !== undefined).length).to.be.above(50);
  });

  it('marks in English exactly the messages without a target, and shows every other in Spanish', async () => {
    const frame = await loadPage(`/demo/preview-frame.html?locale=es&dir=${DIR}`, previewReady);
    frames.push(frame);
    const doc = frame.contentDocument!;
    expect(doc.documentElement.lang).to.equal('es');
    const texts = widgetTexts(doc);
    expect(texts.length, 'texts found in the widgets').to.be.above(100);

    const english = (unit: Unit) => fill(unit.source, {clinic: CLINIC});
    const marked = texts.filter((text) => text.includes(MARKER.trim()));

    // The marker starts the text, and is followed by the message's English.
    for (const text of marked)
      expect(text.startsWith(MARKER), `marker at the start of "${text}"`).to.equal(true);
    const markedEnglish = new Set(marked.map((text) => text.slice(MARKER.length)));

    // Each message without a target: shown, marked, in English (the placeholder filled in).
    for (const id of MISSING) {
      const unit = units.find((u) => u.id === id)!;
      expect(markedEnglish, `${id} is marked`).to.include(english(unit));
      expect(texts, `${id} never shows unmarked`).not.to.include(english(unit));
    }

    // No translated message is marked: every marked text is the English of a
    // message the fixture has no target for (MISSING, or one added to the
    // code after the fixture was copied, which has no target either).
    const translatedEnglish = new Set(units.filter((u) => u.target !== undefined).map(english));
    for (const text of markedEnglish) {
      expect(translatedEnglish.has(text), `"${text}" is translated in the fixture but marked`).to.equal(
        false
      );
    }

    // Translated messages show their Spanish, unmarked: every target without
    // a placeholder (or with the clinic's) that the widgets render appears as is.
    const shown = units.filter(
      (u) => u.target !== undefined && texts.includes(fill(u.target, {clinic: CLINIC}))
    );
    expect(shown.length, 'translated messages found in the frame').to.be.above(60);
    for (const id of [
      'cta.link',
      'cta.form.submit',
      'cta.error.name-missing',
      'types.heading',
      'clinic.heading',
    ]) {
      const unit = units.find((u) => u.id === id)!;
      expect(texts, `${id} in Spanish`).to.include(fill(unit.target, {clinic: CLINIC}));
    }
  });

  it('shows the English frame without any marker', async () => {
    const frame = await loadPage(`/demo/preview-frame.html?locale=en&dir=${DIR}`, previewReady);
    frames.push(frame);
    const texts = widgetTexts(frame.contentDocument!);
    expect(texts.length).to.be.above(100);
    expect(texts.filter((text) => text.includes(MARKER.trim()))).to.deep.equal([]);
    const heading = units.find((u) => u.id === 'cta.heading')!;
    expect(texts).to.include(fill(heading.source, {clinic: CLINIC}));
  });

  it('the page lists the missing messages and counts them against the current code', async () => {
    const frame = await loadPage(`/demo/translate.html?locale=es&dir=${DIR}`, (doc) =>
      Boolean(doc.querySelector('#summary tr[data-locale="es"]'))
    );
    frames.push(frame);
    const doc = frame.contentDocument!;
    const missing = Array.from(doc.querySelectorAll('#missing li')).map((li) => textOf(li).split(' — ')[0]);
    expect(missing).to.include.members(MISSING);
    expect(missing, 'a translated message is not listed').not.to.include('cta.link');
    // Counted against the messages of the current code, as the dev server extracts them.
    const index = (await (await fetch(`/__dw-i18n/index.json?dir=${DIR}`)).json()) as {
      messages: Array<{id: string}>;
    };
    const targets = new Set(units.filter((u) => u.target !== undefined).map((u) => u.id));
    const row = doc.querySelector('#summary tr[data-locale="es"]')!;
    const [translated, missingCount] = Array.from(row.querySelectorAll('td')).map((td) => Number(textOf(td)));
    expect(translated, 'translated').to.equal(index.messages.filter((m) => targets.has(m.id)).length);
    expect(missingCount, 'missing').to.equal(index.messages.filter((m) => !targets.has(m.id)).length);
    expect(missing.length, 'missing messages listed').to.equal(missingCount);
  });
});
