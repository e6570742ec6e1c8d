import {expect, waitUntil} from '@open-wc/testing';
import {builtTree} from './helpers.js';

// Which sites may frame the iframe embed is the clinic's choice, with the HTTP header
// `Content-Security-Policy: frame-ancestors <origins>` on the embed page (a <meta>
// policy cannot set frame-ancestors). test/server/second-origin.mjs serves the
// in-memory dist/ (test/server/embed.mjs) on another origin under
// /frame-ancestors/<policy>/, its pages with that header:
//   allow-<host>-<port>  frame-ancestors http://<host>:<port>, this page's origin
//   foreign              frame-ancestors https://partner.example, not this page
// This page can read nothing in a frame of the other origin; what it sees is the
// embed's height message (event.origin the second origin): it arrives from an
// embed the policy allows here, never from one it refuses.

const HEIGHT = 'dystonia-widgets:height';
const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const QUERY = 'tag=dystonia-types&locale=en&open=focal';

let second = '';
const frames: HTMLIFrameElement[] = [];
/** Height messages from the second origin, with the window that posted them. */
const heights: {source: MessageEventSource | null; height: number}[] = [];
const record = (event: MessageEvent) => {
  if (event.origin !== second || (event.data as {type?: unknown})?.type !== HEIGHT) return;
  heights.push({source: event.source, height: (event.data as {height: number}).height});
};

const pageUrl = (policy: string) => `${second}/frame-ancestors/${policy}/embed/index.html?${QUERY}`;
const ALLOW = `allow-${location.hostname}-${location.port}`;

function embed(policy: string): {frame: HTMLIFrameElement; loaded: Promise<unknown>} {
  const frame = document.createElement('iframe');
  frame.title = 'Embedded dystonia content';
  frame.width = '600';
  frame.height = '150';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = pageUrl(policy);
  document.body.append(frame);
  frames.push(frame);
  return {frame, loaded};
}

const postedBy = (frame: HTMLIFrameElement) => heights.filter((h) => h.source === frame.contentWindow);

/** Waits until `frame`'s embed has posted the height of rendered content (more than the frame's 150). */
async function rendered(frame: HTMLIFrameElement): Promise<void> {
  await waitUntil(
    () => postedBy(frame).some((h) => h.height > 150),
    'no height message of rendered content from the allowed embed',
    {timeout: 15000}
  );
}

describe('frame-ancestors on the embed page (served from another origin)', function () {
  // Whole pages with the bundle on a busy 2-core machine, as in iframe-embed.test.ts.
  this.timeout(30000);
  before(builtTree);
  before(async () => {
    const {port} = (await (await fetch('/second-origin/info')).json()) as {port: number};
    second = `http://${otherHost}:${port}`;
    addEventListener('message', record);
  });
  after(() => removeEventListener('message', record));
  afterEach(() => {
    frames.splice(0).forEach((frame) => frame.remove());
    heights.splice(0);
  });

  it('the server sends the page with the policy as a header', async () => {
    // So a refused frame below is refused for its header, not for a missing page.
    for (const [policy, sources] of [
      [ALLOW, location.origin],
      ['foreign', 'https://partner.example'],
    ]) {
      const response = await fetch(pageUrl(policy));
      expect(response.status, policy).to.equal(200);
      expect(response.headers.get('Content-Security-Policy'), policy).to.equal(`frame-ancestors ${sources}`);
      expect(await response.text(), policy).to.include('<main id="embed">');
    }
  });

  it('with frame-ancestors <this page’s origin>, this page frames it: it renders and posts its height', async () => {
    const {frame} = embed(ALLOW);
    await rendered(frame);
  });

  it('with frame-ancestors https://partner.example, the frame is refused: no height message', async () => {
    const refused = embed('foreign');
    await refused.loaded;
    // The marker: an allowed embed, loaded after the refused one's load event, renders and posts.
    const {frame} = embed(ALLOW);
    await rendered(frame);
    expect(postedBy(refused.frame).map((h) => h.height)).to.deep.equal([]);
  });
});
