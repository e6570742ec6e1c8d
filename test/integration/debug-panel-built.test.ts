import {expect, waitUntil} from '@open-wc/testing';
import {frameWindow, loadFrame, requestedPaths} from '../frame.js';
import {textOf} from '../helpers.js';

// Debug mode in the shipped bundle (test/server/built-bundle.mjs builds it
// with rollup): the panel is a lazy chunk, requested only when debug is on,
// and it works under the strict CSP with Trusted Types of
// /test/fixtures/csp/ (test/server/csp.mjs).

const panelOf = (el: Element): Element | null =>
  el.shadowRoot!.querySelector('[role="region"][aria-label="Debug"]');

/** The panel's text, block by block (the built templates keep no whitespace between blocks). */
const panelText = (el: Element): string =>
  [...(panelOf(el)?.querySelectorAll('p, li') ?? [])].map((block) => textOf(block)).join(' ');

const debugChunks = (frame: HTMLIFrameElement): string[] =>
  requestedPaths(frame).filter((p) => /\/chunks\/debug-panel-[\w-]+\.js$/.test(p));

describe('debug mode in the built bundle', () => {
  const frames: HTMLIFrameElement[] = [];
  before(async function () {
    // The first request waits for the in-memory rollup build: not part of any test's time.
    this.timeout(60000);
    await fetch('/built/current/dystonia-widgets.js');
  });
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  async function open(url: string, tag?: string): Promise<HTMLIFrameElement> {
    const frame = await loadFrame(url, tag);
    frames.push(frame);
    return frame;
  }

  it('off (no attribute, no page config): no panel, and the panel chunk is never requested', async () => {
    // cta=1 adds an <inquiry-cta> whose form code is another lazy chunk: once
    // that chunk has loaded, every element has been through its first update
    // (where the debug chunk would have been requested).
    const frame = await open('/built-page?src=/built/current/dystonia-widgets.js&lang=en&cta=1');
    const doc = frame.contentDocument!;
    await waitUntil(
      () => requestedPaths(frame).some((p) => /\/chunks\/inquiry-form-/.test(p)),
      'no form chunk',
      {
        timeout: 8000,
      }
    );
    const cta = doc.querySelector('inquiry-cta')!;
    await waitUntil(() => cta.shadowRoot?.querySelector('form'), 'no form', {timeout: 8000});
    for (const el of doc.querySelectorAll('dystonia-types, inquiry-cta'))
      expect(panelOf(el) !== null, `<${el.localName}> shows a debug panel`).to.equal(false);
    expect(debugChunks(frame)).to.deep.equal([]);
  });

  it('page config "debug": true under a strict CSP: a panel in every element, from one lazy chunk', async () => {
    const frame = await open('/test/fixtures/csp/debug.html', 'dystonia-causes');
    const doc = frame.contentDocument!;
    const causes = doc.querySelector('dystonia-causes')!;
    const cta = doc.querySelector('inquiry-cta')!;
    await waitUntil(() => panelOf(causes) && panelOf(cta), 'no panels', {timeout: 8000});
    const text = panelText(causes);
    expect(text).to.contain('"colour" (set to "red") is not a setting of <dystonia-causes>');
    expect(text).to.contain('heading-level="9" is not a whole number from 1 to 6; using 2.');
    expect(text).to.contain('Asked for: fr (French), from the language of the page (<html lang>).');
    expect(text).to.contain('Shown: en (English).');
    expect(text).to.contain(
      `loaded from ${new URL('/built/current/dystonia-widgets.js', location.href).href}`
    );
    expect(text).to.match(/Version \d+\.\d+\.\d+/);
    expect(panelText(cta)).to.contain('Missing settings Visitors have no way to contact the clinic');
    expect(debugChunks(frame)).to.have.length(1);
    // The panel itself broke no rule of the policy.
    expect(frameWindow(frame).violations).to.deep.equal([]);
    expect(panelText(causes)).to.contain(
      "Blocked by the page's security policy (since this panel opened) Nothing."
    );
  });

  it('lists a CSP violation and a Trusted Types violation as sentences', async () => {
    const frame = await open('/test/fixtures/csp/debug.html', 'dystonia-causes');
    const doc = frame.contentDocument!;
    const causes = doc.querySelector('dystonia-causes')!;
    await waitUntil(() => panelOf(causes), 'no panel', {timeout: 8000});
    // An image from another origin: default-src 'self' blocks it.
    const img = doc.createElement('img');
    img.src = 'https://blocked.example/pixel.png';
    doc.body.append(img);
    await waitUntil(() => panelText(causes).includes('blocked.example'), 'the blocked image is not listed', {
      timeout: 8000,
    });
    expect(panelText(causes)).to.match(
      /The page's security policy blocked "https:\/\/blocked\.example\/pixel\.png" \(rule "img-src"\)\./
    );
    // HTML written as text: require-trusted-types-for 'script' refuses it.
    expect(() => doc.body.insertAdjacentHTML('beforeend', '<b>not allowed</b>')).to.throw();
    await waitUntil(
      () =>
        panelText(causes).includes('Trusted Types') ||
        panelText(causes).includes('written into the page as text'),
      'the Trusted Types violation is not listed',
      {timeout: 8000}
    );
    expect(panelText(causes)).to.contain(
      'The page\'s security policy blocked HTML or script written into the page as text (rule "require-trusted-types-for").'
    );
  });
});
