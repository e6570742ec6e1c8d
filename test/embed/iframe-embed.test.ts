import {expect, waitUntil} from '@open-wc/testing';
import {textOf} from '../helpers.js';
import {builtTree} from './helpers.js';

// The iframe embed (dist/embed/, README "Iframe embed") as a clinic hosts it:
// test/server/embed.mjs serves the real build in dist/'s layout (built in
// memory), the embed page under the strict policy (header and its own meta)
// with test/fixtures/record.js first, which records warnings and violations.
// This page plays the clinic's page: the frame and the resize script.

interface FrameWindow extends Window {
  warnings: string[];
  violations: string[];
  errors: string[];
}

const frames: HTMLIFrameElement[] = [];

function embed(query: string, base = '/embed-dist/'): {frame: HTMLIFrameElement; win: () => FrameWindow} {
  const frame = document.createElement('iframe');
  frame.title = 'Embedded dystonia content';
  // No border: the frame's height is its content's.
  frame.setAttribute('frameborder', '0');
  frame.width = '600';
  frame.height = '150';
  frame.src = `${base}embed/index.html?${query}`;
  document.body.append(frame);
  frames.push(frame);
  return {frame, win: () => frame.contentWindow as unknown as FrameWindow};
}

let resizeLoaded: Promise<void> | undefined;
/** The parent script, loaded once, as a snippet's <script src> does. */
function loadResize(): Promise<void> {
  resizeLoaded ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/embed-dist/embed/resize.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('resize.js did not load'));
    document.head.append(script);
  });
  return resizeLoaded;
}

const shadowOf = (frame: HTMLIFrameElement, tag: string) =>
  frame.contentDocument?.querySelector(tag)?.shadowRoot ?? null;

describe('the iframe embed (dist/embed/index.html)', function () {
  // Each test loads whole pages (frames with the bundle) and waits for them: on a busy
  // 2-core machine running three engines, well over the runner's 10 s default.
  this.timeout(30000);
  before(builtTree);
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('renders the Spanish causes with an h3, warns once about an unknown parameter, no CSP violation', async () => {
    const {frame, win} = embed('tag=dystonia-causes&locale=es&heading-level=3&bogus=1');
    await waitUntil(() => textOf(shadowOf(frame, 'dystonia-causes')?.querySelector('h3')) !== '', 'no h3', {
      timeout: 15000,
    });
    const root = shadowOf(frame, 'dystonia-causes')!;
    // The heading's text in Spanish, as the shipped es chunk has it (not the English source).
    expect(frame.contentDocument!.documentElement.lang).to.equal('es');
    expect(textOf(root.querySelector('h3'))).to.match(/distonía/i);
    expect(root.querySelector('h2')).to.equal(null);
    const about = win().warnings.filter((w) => w.includes('bogus'));
    expect(about).to.have.length(1);
    expect(about[0]).to.include('dystonia-causes').and.include('heading-level');
    expect(win().warnings.filter((w) => !w.includes('bogus'))).to.deep.equal([]);
    expect(win().violations).to.deep.equal([]);
    expect(win().errors).to.deep.equal([]);
  });

  it('posts its height, and resize.js sets the frame to exactly the content height', async () => {
    await loadResize();
    const {frame} = embed('tag=dystonia-types&locale=en&open=focal');
    const content = () =>
      Math.ceil(frame.contentDocument?.documentElement.getBoundingClientRect().height ?? 0);
    await waitUntil(
      () => textOf(shadowOf(frame, 'dystonia-types')) !== '' && content() > 150,
      'the embed did not render',
      {timeout: 15000}
    );
    await waitUntil(() => frame.getBoundingClientRect().height === content(), 'the frame was not resized', {
      timeout: 15000,
    });
    // It follows a change: closing every type makes the content shorter, and the frame follows.
    const tall = content();
    frame.contentDocument!.querySelector('dystonia-types')!.setAttribute('open', '');
    await waitUntil(() => content() < tall, 'the content did not shrink', {timeout: 15000});
    await waitUntil(() => frame.getBoundingClientRect().height === content(), 'the frame did not follow', {
      timeout: 15000,
    });
  });

  it('resize.js ignores a message from another window and a height that is not a number', async () => {
    await loadResize();
    const {frame} = embed('tag=dystonia-causes');
    await waitUntil(() => textOf(shadowOf(frame, 'dystonia-causes')) !== '', 'no render', {timeout: 15000});
    await waitUntil(
      () =>
        frame.getBoundingClientRect().height ===
        Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height),
      'not resized',
      {timeout: 15000}
    );
    const before = frame.style.height;
    // From this window (not the frame's), then malformed from the frame: both ignored.
    window.postMessage({type: 'dystonia-widgets:height', height: 5}, '*');
    frame.contentWindow!.parent.postMessage({type: 'dystonia-widgets:height', height: 5}, '*');
    const bad = new MessageEvent('message', {
      data: {type: 'dystonia-widgets:height', height: 'NaN'},
      source: frame.contentWindow,
    });
    window.dispatchEvent(bad);
    // A message event of ours, after those, marks when they have all been handled.
    await new Promise((resolve) => {
      const done = (event: MessageEvent) => {
        if (event.data !== 'dw-test-done') return;
        removeEventListener('message', done);
        resolve(undefined);
      };
      addEventListener('message', done);
      window.postMessage('dw-test-done', '*');
    });
    expect(frame.style.height).to.equal(before);
  });

  it('an unknown tag shows a short message and warns, without an error', async () => {
    const {frame, win} = embed('tag=script&locale=es');
    await waitUntil(() => textOf(frame.contentDocument?.querySelector('main')) !== '', 'no message', {
      timeout: 15000,
    });
    expect(textOf(frame.contentDocument!.querySelector('main'))).to.include('does not name an element');
    expect(frame.contentDocument!.querySelector('script:not([src])')).to.equal(null);
    expect(win().warnings.filter((w) => w.includes('"tag"'))).to.have.length(1);
    expect(win().errors).to.deep.equal([]);
    expect(win().violations).to.deep.equal([]);
  });

  it('ignores invalid values with a warning each, and sets attribute values as text only', async () => {
    const value = '"><img src=x onerror=alert(1)>';
    const {frame, win} = embed(
      `tag=dystonia-types&filter=everything&heading-level=9&open=${encodeURIComponent(value)}`
    );
    await waitUntil(() => textOf(shadowOf(frame, 'dystonia-types')) !== '', 'no render', {timeout: 15000});
    const element = frame.contentDocument!.querySelector('dystonia-types')!;
    expect(element.hasAttribute('filter')).to.equal(false);
    expect(element.hasAttribute('heading-level')).to.equal(false);
    expect(frame.contentDocument!.querySelector('img')).to.equal(null);
    expect(win().warnings.filter((w) => w.includes('"filter"'))).to.have.length(1);
    expect(win().warnings.filter((w) => w.includes('"heading-level"'))).to.have.length(1);
  });

  it('works from the versioned copy (dist/v<version>/embed/)', async () => {
    const {version} = (await (await fetch('/embed-dist/integrity.json')).json()) as {version: string};
    const {frame, win} = embed('tag=dystonia-causes&locale=ar', `/embed-dist/v${version}/`);
    await waitUntil(() => textOf(shadowOf(frame, 'dystonia-causes')?.querySelector('h2')) !== '', 'no h2', {
      timeout: 15000,
    });
    expect(frame.contentDocument!.documentElement.lang).to.equal('ar');
    expect(win().violations).to.deep.equal([]);
  });
});
