import {expect, waitUntil} from '@open-wc/testing';
import {shippedTranslations, textOf} from '../helpers.js';

// Layout shifts of a host page with text below a widget while the page's
// locale loads (test/fixtures/layout-shift.js, a PerformanceObserver of
// layout-shift entries; only Chromium reports them). The chunks come 500 ms
// late (test/server/built-bundle.mjs, "slow"), as on a slow network. The
// widget's first appearance may shift the text below (the page painted before
// the bundle ran, in English too); what must not happen is a second shift,
// when English text is replaced by the translation.

interface ShiftWindow extends Window {
  layoutShift: number | null;
  layoutShifts: number[];
}

const PAGES = ['en', 'es', 'ar'];

describe('layout shift of a host page while its locale loads', () => {
  const frames: HTMLIFrameElement[] = [];
  before(async function () {
    // The first request waits for the in-memory rollup build: not part of any test's time.
    this.timeout(60000);
    await fetch('/built/current/dystonia-widgets.js');
  });
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  for (const lang of PAGES) {
    it(`${lang} page: the text below moves at most once, when the widget appears`, async function () {
      const frame = document.createElement('iframe');
      // Large enough that the text below the widget is on screen.
      frame.width = '1000';
      frame.height = '2000';
      const src = `/built/faulty/slow/${lang}${Date.now().toString(36)}/dystonia-widgets.js`;
      frame.src = `/built-page?${new URLSearchParams({src, lang})}`;
      document.body.append(frame);
      frames.push(frame);
      const heading =
        lang === 'en'
          ? 'Different Types of Dystonia'
          : (await shippedTranslations(lang)).get('types.heading')!;
      await waitUntil(
        () =>
          textOf(frame.contentDocument?.querySelector('dystonia-types')?.shadowRoot?.querySelector('h2')) ===
          heading,
        `${lang}: no heading`,
        {timeout: 8000}
      );
      // Two frames, so shifts of the last render are reported.
      const win = frame.contentWindow as unknown as ShiftWindow;
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      console.log(`CLS ${lang}: ${win.layoutShift} (${win.layoutShifts.join(', ')})`);
      if (win.layoutShift === null) this.skip(); // Firefox and WebKit do not report layout shifts.
      expect(win.layoutShifts.length, `shifts: ${win.layoutShifts.join(', ')}`).to.be.at.most(1);
    });
  }
});
