/**
 * The end point every benchmark page measures, static or widget alike:
 * the page's text is in the document in the page's language, and the
 * frame that paints it has run. Loaded as a module script after the page's
 * other scripts, so it runs after the document is parsed (and, on widget
 * pages, after the bundle has evaluated).
 *
 *   performance mark `dw-rendered`      — that moment, ms since navigation start
 *   performance mark `dw-bundle-loaded` — widget pages: the bundle's last byte arrived
 *   performance mark `dw-locale-loaded` — the locale chunk's last byte arrived (es, ar)
 *
 * (`dw-evaluated`, the bundle has run, is marked by the widget pages' own
 * module script right after its import of the bundle.)
 *
 * In an iframe it also posts `dw-rendered` to the parent page, which marks
 * its own time (test-results/bench/pages/iframe-*.html, written by scripts/bench.mjs).
 */

/** Every element in the document and in every shadow root below it. */
function* deepElements(root) {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** The next task after the next frame: the frame that paints the current DOM has run. */
export const afterNextPaint = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Resolves when every custom element in the page (shadow roots included)
 * is defined and has rendered, and every widget's text wrapper
 * (`part="base"`) is in `lang`. A static page has none: it resolves at
 * once.
 */
export async function settled(lang) {
  for (;;) {
    const all = [...deepElements(document)];
    const undefinedOnes = all.filter(
      (element) => element.localName.includes('-') && !element.matches(':defined')
    );
    if (undefinedOnes.length) {
      await Promise.all(undefinedOnes.map((element) => customElements.whenDefined(element.localName)));
      continue;
    }
    const widgets = all.filter((element) => 'updateComplete' in element);
    await Promise.all(widgets.map((element) => element.updateComplete));
    const now = [...deepElements(document)];
    const rendered =
      now.length === all.length &&
      widgets.every((element) => element.hasUpdated && !element.isUpdatePending) &&
      now.every((element) => !element.part.contains('base') || element.lang === lang);
    if (rendered) return;
    // A locale still loading: look again shortly.
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Marks when the bundle's and the locale chunk's last bytes arrived (resource timing). */
function markLoads() {
  for (const entry of performance.getEntriesByType('resource')) {
    const file = new URL(entry.name).pathname;
    const name =
      file === '/dist/dystonia-widgets.js'
        ? 'dw-bundle-loaded'
        : /^\/dist\/locales\/[^/]+\.js$/.test(file)
          ? 'dw-locale-loaded'
          : undefined;
    if (name && !performance.getEntriesByName(name).length)
      performance.mark(name, {startTime: entry.responseEnd});
  }
}

/** Waits for {@link settled}, then the paint, then marks `name`. */
export async function markRendered(lang = document.documentElement.lang, name = 'dw-rendered') {
  await settled(lang);
  await afterNextPaint();
  markLoads();
  performance.mark(name);
  if (window.parent !== window) window.parent.postMessage(name, '*');
}

// Pages that only load this module (static, guide, many) mark on their own;
// pages with a script of their own (switch) import it with `?manual`.
if (!new URL(import.meta.url).searchParams.has('manual')) void markRendered();
