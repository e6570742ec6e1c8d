import {expect, waitUntil} from '@open-wc/testing';
import {textOf} from '../helpers.js';
import {builtTree, loadResize} from './helpers.js';

// dist/embed/resize.js, the iframe embed's optional parent-page script (docs/hosting.md,
// "The iframe embed"), loaded from test/server/embed.mjs's in-memory build like
// test/embed/iframe-embed.test.ts does. It resizes only frames that show an
// embed page of its own origin, on messages from that origin, also inside open
// shadow roots; a third-party frame on the page (a chat widget, say) that
// posts the same message must not get a height from it (issue 17).
// The frames that must not be resized post a marker after the height message
// (test/fixtures/resize/hostile.html): messages from one window arrive in
// order, so once the marker is here resize.js has handled the height.

const HEIGHT = 'dystonia-widgets:height';
// Another host than the page's: localhost and 127.0.0.1 are different origins (test/server/second-origin.mjs).
const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
// test/server/second-origin.mjs serves dist/ there under this prefix, framable by this page.
const allowed = `/frame-ancestors/allow-${location.hostname}-${location.port}/`;
const HOSTILE = '/test/fixtures/resize/hostile.html';

let second = '';
const frames: HTMLIFrameElement[] = [];

/** A 600 × 150 frame without a border (its box is its height), appended to `parent`. */
function frame(attributes: {src?: string; srcdoc?: string}, parent: Node = document.body): HTMLIFrameElement {
  const element = (parent.ownerDocument ?? document).createElement('iframe');
  element.width = '600';
  element.height = '150';
  element.style.border = '0';
  if (attributes.srcdoc !== undefined) element.srcdoc = attributes.srcdoc;
  if (attributes.src !== undefined) element.src = attributes.src;
  parent.appendChild(element);
  frames.push(element);
  return element;
}

const embedPage = (query = 'tag=dystonia-types&locale=en&open=focal') =>
  `/embed-dist/embed/index.html?${query}`;

/** Resolves when `element`'s window posts the marker; call it in the task that added the frame. */
function marker(element: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => {
    const done = (event: MessageEvent) => {
      if (event.data !== 'dw-test-posted' || event.source !== element.contentWindow) return;
      removeEventListener('message', done);
      resolve();
    };
    addEventListener('message', done);
  });
}

const contentHeight = (element: HTMLIFrameElement) =>
  Math.ceil(element.contentDocument?.documentElement.getBoundingClientRect().height ?? 0);

/** Waits until a same-origin embed frame has rendered and is exactly its content's height. */
async function resizedToContent(element: HTMLIFrameElement): Promise<void> {
  await waitUntil(
    () => textOf(element.contentDocument?.querySelector('dystonia-types')?.shadowRoot) !== '',
    'the embed did not render',
    {timeout: 15000}
  );
  await waitUntil(
    () => contentHeight(element) > 150 && element.getBoundingClientRect().height === contentHeight(element),
    'the embed frame was not resized to its content',
    {timeout: 15000}
  );
}

function expectNotResized(element: HTMLIFrameElement): void {
  expect(element.style.height).to.equal('');
  expect(element.getBoundingClientRect().height).to.equal(150);
}

describe('resize.js resizes only its own embeds (dist/embed/resize.js)', function () {
  // Whole pages with the bundle on a busy 2-core machine, as in iframe-embed.test.ts.
  this.timeout(30000);
  before(builtTree);
  before(async () => {
    const {port} = (await (await fetch('/second-origin/info')).json()) as {port: number};
    second = `http://${otherHost}:${port}`;
    await loadResize();
  });
  afterEach(() => frames.splice(0).forEach((element) => element.remove()));

  it('resizes an embed frame of its origin to its content height (the control)', async () => {
    await resizedToContent(frame({src: embedPage()}));
  });

  it('does not resize a srcdoc frame of its origin, even with an embed src beside the srcdoc', async () => {
    const script = `<script>parent.postMessage({type: '${HEIGHT}', height: 100000}, '*');
      parent.postMessage('dw-test-posted', '*');<\/script>`;
    const plain = frame({srcdoc: script});
    // srcdoc wins over src: the document is the srcdoc's, of this page's origin.
    const disguised = frame({srcdoc: script, src: embedPage()});
    await Promise.all([marker(plain), marker(disguised)]);
    expectNotResized(plain);
    expectNotResized(disguised);
  });

  it('does not resize a page of its origin that is not an embed page (/embed/index.html only in the query)', async () => {
    const element = frame({src: `${HOSTILE}?next=/embed/index.html`});
    await marker(element);
    expectNotResized(element);
  });

  it('does not resize a frame of another origin, even at a path /embed/index.html there', async () => {
    const element = frame({src: `${second}/hostile/embed/index.html?tag=dystonia-types`});
    await marker(element);
    expectNotResized(element);
    // A real embed, of the second origin: its height messages are not for this resize.js either.
    const real = frame({src: `${second}${allowed}embed/index.html?tag=dystonia-types&locale=en&open=focal`});
    const heights: number[] = [];
    const listen = (event: MessageEvent) => {
      if (event.source === real.contentWindow && (event.data as {type?: string})?.type === HEIGHT)
        heights.push((event.data as {height: number}).height);
    };
    addEventListener('message', listen);
    try {
      // resize.js listened first: by the time this page's listener sees a height, it has handled it.
      await waitUntil(() => heights.some((h) => h > 150), 'the second-origin embed posted no height', {
        timeout: 15000,
      });
    } finally {
      removeEventListener('message', listen);
    }
    expectNotResized(real);
  });

  it('does not resize an embed frame that went on to a page of another origin (event.origin)', async () => {
    const element = frame({src: embedPage()});
    await resizedToContent(element);
    const height = element.style.height;
    const posted = marker(element);
    // Its src still names the embed page; the window now shows the other origin's.
    element.contentWindow!.location.replace(`${second}/hostile/embed/index.html`);
    await posted;
    expect(element.getAttribute('src')).to.equal(embedPage());
    expect(element.style.height).to.equal(height);
  });

  it('resizes an embed frame inside nested open shadow roots', async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    const inner = document.createElement('div');
    outer.attachShadow({mode: 'open'}).append(inner);
    const root = inner.attachShadow({mode: 'open'});
    const element = frame({src: embedPage()}, root);
    try {
      await resizedToContent(element);
    } finally {
      outer.remove();
    }
  });

  it('loaded after an embed posted its height, asks the embed for it and resizes the frame', async () => {
    // The snippet loads resize.js async, after the frame: the embed may render and post first, to a
    // page that is not listening yet. A fresh page of this origin, without resize.js at first.
    const host = frame({srcdoc: '<!doctype html><body></body>'});
    host.width = '700';
    host.height = '1000';
    await new Promise((resolve) => host.addEventListener('load', resolve, {once: true}));
    const doc = host.contentDocument!;
    const win = host.contentWindow!;
    const element = frame({src: embedPage()}, doc.body);
    let posted = 0;
    win.addEventListener('message', (event: MessageEvent) => {
      if (event.source === element.contentWindow && (event.data as {type?: string})?.type === HEIGHT)
        posted = (event.data as {height: number}).height;
    });
    await waitUntil(() => posted > 150, 'the embed posted no height', {timeout: 15000});
    expectNotResized(element);
    const script = doc.createElement('script');
    script.src = new URL('/embed-dist/embed/resize.js', location.href).href;
    doc.head.append(script);
    await waitUntil(() => element.style.height === `${posted}px`, 'the frame was not resized', {
      timeout: 15000,
    });
    expect(element.getBoundingClientRect().height).to.equal(contentHeight(element));
  });

  it('loaded from another origin, resizes that origin’s embeds and not the page origin’s', async () => {
    // A partner's page (this origin) with resize.js and an embed from the clinic's host (the
    // second origin), and an embed of the partner's own origin that this resize.js must leave alone.
    const host = frame({
      srcdoc: `<!doctype html><script src="${second}${allowed}embed/resize.js"><\/script><body></body>`,
    });
    host.width = '700';
    host.height = '1000';
    // Its load event waits for the script.
    await new Promise((resolve) => host.addEventListener('load', resolve, {once: true}));
    const doc = host.contentDocument!;
    const win = host.contentWindow!;
    const make = (src: string) => {
      const element = frame({src}, doc.body);
      // Both at the top, in view whatever their heights: Chromium may hold back an off-screen
      // cross-origin frame's rendering (and so its height messages).
      element.style.position = 'absolute';
      element.style.top = element.style.left = '0';
      return element;
    };
    const own = make(embedPage());
    const ownHeights: number[] = [];
    // After resize.js's listener (its script has run): it has handled each message this one sees.
    win.addEventListener('message', (event: MessageEvent) => {
      if (event.source === own.contentWindow && (event.data as {type?: string})?.type === HEIGHT)
        ownHeights.push((event.data as {height: number}).height);
    });
    const clinic = make(`${second}${allowed}embed/index.html?tag=dystonia-types&locale=en&open=focal`);
    await waitUntil(() => parseFloat(clinic.style.height) > 150, 'the clinic’s embed was not resized', {
      timeout: 15000,
    });
    await waitUntil(() => ownHeights.some((h) => h > 150), 'the page-origin embed posted no height', {
      timeout: 15000,
    });
    expect(clinic.getBoundingClientRect().height).to.equal(parseFloat(clinic.style.height));
    expectNotResized(own);
  });
});
