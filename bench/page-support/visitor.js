/**
 * What a visitor sees, measured inside the page. bench/run.mjs injects
 * this file into every document of a sample (the host page and, for the
 * iframe embed, the embed page in its cross-origin frame) before any of the
 * page's own scripts run (puppeteer `evaluateOnNewDocument`), followed by
 * `measureVisit(config)`. Nothing is added to the pages themselves.
 *
 * Every frame (requestAnimationFrame: the DOM it sees is the DOM that frame
 * paints; its time is performance.now() in the callback) it looks at the
 * composed tree (open shadow roots and slots followed, as the browser draws
 * it):
 *
 * - `firstText`: the first frame in which the widget's heading text
 *   (`config.heading`) is in a rendered, visible box;
 * - `lastChange`: the last frame whose visible text (the composed tree's
 *   text, styles and scripts left out) or layout (document height, the box
 *   of `#after-widget`, the paragraph below the widget, and of every iframe)
 *   differed from the frame before. The page counts as stable once nothing
 *   has changed for `config.quietMs` after the load event (and, on a page
 *   with an iframe, after the frame reported its own result).
 * - `cls`: the sum of `layout-shift` entries without recent input (Chromium
 *   only);
 * - `longestTask`: the longest `longtask` entry (≥ 50 ms by definition; 0
 *   when there was none).
 *
 * It also marks `dw-rendered` (performance.mark) once the widget
 * (`config.tag`) is defined and its first update is complete: Lit's
 * `updateComplete` settles in a microtask of the task that rendered it (after
 * the locale chunk, where it waits for one), so bench/run.mjs finds the first
 * render's task in its trace by this mark.
 *
 * Times are ms since this document's navigation start. A page in an iframe
 * posts its result to its parent (`{type: 'dw-bench-frame', …}`, times as
 * epoch ms: `performance.timeOrigin` + time), since the parent cannot read a
 * frame of another origin; the parent keeps it in `window.__dwBench.frame`.
 * The result is in `window.__dwBench` once `done` is true.
 * @param {{heading: string, tag: string, quietMs: number, timeoutMs: number}} config
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the line bench/run.mjs appends
function measureVisit(config) {
  const state = {
    firstText: null,
    lastChange: null,
    cls: 0,
    longestTask: 0,
    frames: 0,
    done: false,
    timedOut: false,
    frame: null,
  };
  window.__dwBench = state;
  const inFrame = window.parent !== window;
  customElements.whenDefined(config.tag).then(() => {
    const element = document.querySelector(config.tag);
    // Settles in a microtask of the task of the element's first render (its sections render in it too).
    Promise.resolve(element && element.updateComplete).then(() => performance.mark('dw-rendered'));
  });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longestTask = Math.max(state.longestTask, entry.duration);
  }).observe({type: 'longtask', buffered: true});

  if (!inFrame) {
    addEventListener('message', (event) => {
      if (event.data && event.data.type === 'dw-bench-frame') state.frame = event.data;
    });
  }

  const SKIP = new Set(['style', 'script', 'template', 'link', 'meta', 'title', 'head']);
  const normalize = (text) => text.replace(/\s+/g, ' ').trim();
  const heading = normalize(config.heading);

  /** The composed tree's text as it is drawn: shadow roots instead of light DOM, slots filled. */
  function composedText(node, out) {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.data);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (SKIP.has(node.localName)) return;
      if (node.shadowRoot) {
        composedText(node.shadowRoot, out);
        return;
      }
      if (node.localName === 'slot') {
        const assigned = node.assignedNodes({flatten: true});
        if (assigned.length) {
          for (const child of assigned) composedText(child, out);
          return;
        }
      }
    }
    for (let child = node.firstChild; child; child = child.nextSibling) composedText(child, out);
  }

  /** Whether an element of the composed tree with the heading's text has a visible box. */
  function headingVisible(root) {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot && headingVisible(element.shadowRoot)) return true;
      if (!/^h[1-6]$/.test(element.localName)) continue;
      if (!normalize(element.textContent).includes(heading)) continue;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && element.checkVisibility({visibilityProperty: true})) return true;
    }
    return false;
  }

  function layout() {
    const parts = [document.documentElement.scrollHeight];
    const below = document.getElementById('after-widget');
    if (below) parts.push(Math.round(below.getBoundingClientRect().top));
    for (const frame of document.querySelectorAll('iframe')) {
      const box = frame.getBoundingClientRect();
      parts.push(Math.round(box.top), Math.round(box.height));
    }
    return parts.join(',');
  }

  let previous;
  function onFrame() {
    // Now, not the frame time the browser passes: that is the frame's vsync, which can be
    // tens of ms before a long task (the render) let the frame run. The DOM seen here is
    // the DOM this frame paints, so its text is on screen no earlier than now.
    const time = performance.now();
    state.frames++;
    if (document.body) {
      const out = [];
      composedText(document.body, out);
      const signature = `${layout()}|${normalize(out.join(' '))}`;
      if (signature !== previous) {
        previous = signature;
        state.lastChange = time;
      }
      if (state.firstText === null && headingVisible(document)) state.firstText = time;
    }
    const hasFrame = !inFrame && document.querySelector('iframe') !== null;
    const quiet =
      document.readyState === 'complete' &&
      state.lastChange !== null &&
      time - state.lastChange >= config.quietMs &&
      (!hasFrame || state.frame !== null);
    if (quiet || time > config.timeoutMs) {
      state.timedOut = !quiet;
      state.done = true;
      if (inFrame) {
        const epoch = (t) => (t === null ? null : performance.timeOrigin + t);
        window.parent.postMessage(
          {
            type: 'dw-bench-frame',
            firstText: epoch(state.firstText),
            lastChange: epoch(state.lastChange),
            cls: state.cls,
            longestTask: state.longestTask,
            timedOut: state.timedOut,
          },
          '*'
        );
      }
      return;
    }
    requestAnimationFrame(onFrame);
  }
  requestAnimationFrame(onFrame);
}
