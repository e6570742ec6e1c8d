import {expect, waitUntil} from '@open-wc/testing';
import {frameWindow, loadFrame, requestedPaths, type FixtureWindow} from '../frame.js';
import {shippedTranslations, textOf} from '../helpers.js';

// Host pages (/built-page, test/server/built-bundle.mjs) that load the
// shipped bundle and a widget with text below it, on a Spanish page. The
// bundle under /built/faulty/<mode>/<token>/ has locale chunks that stall
// (until released), come late (500 ms) or fail on their first request (404, 500, a syntax
// error) and load on a retry.

const ENGLISH_HEADING = 'Different Types of Dystonia';
let spanishHeading = '';
let counter = 0;

interface PageWindow extends FixtureWindow {
  shadowTexts: string[];
}

function token(): string {
  return `t${Date.now().toString(36)}${counter++}`;
}

function pageUrl(src: string, lang = 'es', csp = false): string {
  return `/built-page?${new URLSearchParams({src, lang, ...(csp ? {csp: '1'} : {})})}`;
}

const heading = (frame: HTMLIFrameElement): string =>
  textOf(frame.contentDocument!.querySelector('dystonia-types')!.shadowRoot!.querySelector('h2'));

const translationWarnings = (win: FixtureWindow): string[] =>
  win.warnings.filter((w) => w.includes('"es" translation'));

async function chunkRequests(t: string): Promise<string[]> {
  return (await fetch(`/built-requests/${t}`)).json() as Promise<string[]>;
}

describe('the page locale on a host page', () => {
  const frames: HTMLIFrameElement[] = [];
  before(async function () {
    // The first request waits for the in-memory rollup build: not part of any test's time.
    this.timeout(60000);
    await fetch('/built/current/dystonia-widgets.js');
    spanishHeading = (await shippedTranslations('es')).get('types.heading')!;
  });
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  async function open(url: string): Promise<{frame: HTMLIFrameElement; win: PageWindow}> {
    const frame = await loadFrame(url);
    frames.push(frame);
    return {frame, win: frameWindow(frame) as PageWindow};
  }

  it('never shows English text on a Spanish page: the first text painted is Spanish', async () => {
    // The chunk comes 500 ms late, as on a slow network (well within the timeout).
    const {frame, win} = await open(pageUrl(`/built/faulty/slow/${token()}/dystonia-widgets.js`));
    await waitUntil(() => heading(frame) === spanishHeading, 'no Spanish', {timeout: 8000});
    expect(win.shadowTexts.length).to.be.greaterThan(0);
    expect(win.shadowTexts.filter((t) => t.includes(ENGLISH_HEADING))).to.deep.equal([]);
    expect(win.shadowTexts[0]).to.contain(spanishHeading);
    expect(win.warnings).to.deep.equal([]);
  });

  it('a chunk that stalls: English after the timeout with one warning, then Spanish when it arrives', async () => {
    const t = token();
    const {frame, win} = await open(pageUrl(`/built/faulty/stall/${t}/dystonia-widgets.js`));
    // loadFrame waited for the first text: with the chunk held, that is English.
    expect(heading(frame)).to.equal(ENGLISH_HEADING);
    expect(translationWarnings(win)).to.have.length(1);
    expect(translationWarnings(win)[0]).to.contain('<dystonia-types>').and.contain('showing English');
    await fetch(`/built-release/${t}`);
    await waitUntil(() => heading(frame) === spanishHeading, 'the late chunk was not used', {timeout: 8000});
    expect(translationWarnings(win)).to.have.length(1);
    expect(await chunkRequests(t)).to.deep.equal(['locales/es.js']);
  });

  for (const mode of ['404', '500', 'syntax']) {
    it(`a chunk that fails (${mode}): English with one warning; a later switch retries and shows Spanish`, async () => {
      const t = token();
      const {frame, win} = await open(pageUrl(`/built/faulty/${mode}/${t}/dystonia-widgets.js`));
      await waitUntil(() => translationWarnings(win).length > 0, 'no warning', {timeout: 8000});
      expect(heading(frame)).to.equal(ENGLISH_HEADING);
      expect(translationWarnings(win)).to.have.length(1);
      expect(win.shadowTexts.some((text) => text.includes(spanishHeading))).to.equal(false);
      // The page switches away and back: the failed chunk is fetched again,
      // under a fresh URL (Firefox keeps a failed import for the page's life).
      const root = frame.contentDocument!.documentElement;
      root.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve, 50));
      root.lang = 'es';
      await waitUntil(() => heading(frame) === spanishHeading, 'the retry did not show Spanish', {
        timeout: 8000,
      });
      expect(translationWarnings(win)).to.have.length(1);
      expect(await chunkRequests(t)).to.deep.equal(['locales/es.js', 'locales/es.js?retry=1']);
    });
  }

  for (const csp of [false, true]) {
    it(`a bundle URL with ?ver=123${csp ? ' under the strict CSP' : ''}: each chunk loads once, the bundle once`, async () => {
      const {frame, win} = await open(pageUrl('/built/current/dystonia-widgets.js?ver=123', 'es', csp));
      await waitUntil(() => heading(frame) === spanishHeading, 'no Spanish', {timeout: 8000});
      // Switch to Arabic too: its chunk must not bring the bundle either.
      frame.contentDocument!.documentElement.lang = 'ar';
      const ar = (await shippedTranslations('ar')).get('types.heading')!;
      await waitUntil(() => heading(frame) === ar, 'no Arabic', {timeout: 8000});
      const entries = win.performance.getEntriesByType('resource').map((e) => new URL(e.name));
      const scripts = entries
        .filter((u) => u.pathname.startsWith('/built/'))
        .map((u) => u.pathname + u.search);
      expect(scripts.sort()).to.deep.equal([
        '/built/current/dystonia-widgets.js?ver=123',
        '/built/current/locales/ar.js',
        '/built/current/locales/es.js',
      ]);
      expect(requestedPaths(frame).filter((p) => p.startsWith('/built/')).length).to.equal(3);
      expect(win.violations).to.deep.equal([]);
      expect(win.warnings).to.deep.equal([]);
    });
  }
});
