/**
 * The end point of the tachometer pages (bench/run.mjs: the en → es
 * switch and N elements on one page): the page's text is in the document
 * in the page's language, and the frame that paints it has run. Loaded as
 * a module script after the bundle, so it runs after the document is
 * parsed and the bundle has evaluated.
 *
 *   performance mark `dw-rendered` — that moment, ms since navigation start
 *
 * What a visitor sees on a cold load is measured by ./visitor.js instead.
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

/** Waits for {@link settled}, then the paint, then marks `name`. */
export async function markRendered(lang = document.documentElement.lang, name = 'dw-rendered') {
  await settled(lang);
  await afterNextPaint();
  performance.mark(name);
}

// Pages that only load this module (many) mark on their own;
// pages with a script of their own (switch) import it with `?manual`.
if (!new URL(import.meta.url).searchParams.has('manual')) void markRendered();
