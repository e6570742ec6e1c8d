/**
 * dist/embed/resize.js: the optional parent-page script of the iframe embed
 * (docs/hosting.md, "The iframe embed"). Sets each embed frame's height to the height its
 * page posts, {type: 'dystonia-widgets:height', height}.
 *
 * Any frame on the page can post that message (a chat widget, an ad), so a
 * height is applied only to a frame that shows one of this script's embeds
 * (issue 17): the message must come from the origin this script was loaded
 * from, and the frame whose window sent it must have an embed page of that
 * origin as its src. Anything else, or anything but a sane number, changes
 * nothing.
 *
 * This script may run after an embed has rendered and posted its height (it
 * is loaded async, after the frames), so on start it asks each embed frame
 * already on the page for its height; the embed answers if it has rendered.
 */
import {HEIGHT_MESSAGE, HEIGHT_REQUEST} from '../scripts/snippet.mjs';

// The embeds' origin is this script's own (both come from the clinic's host, not
// from the page's). A classic script: currentScript is only set while it first
// runs, so read it now. Without a src (pasted inline) there is no origin to trust.
const src = (document.currentScript as HTMLScriptElement | null)?.src;
const origin = src ? new URL(src).origin : undefined;

/** An embed page of this origin: <base>/embed/index.html or <base>/embed/, any query. */
function isEmbed(frame: HTMLIFrameElement): boolean {
  // srcdoc wins over src, and its document is the page's, not the embed.
  if (frame.hasAttribute('srcdoc')) return false;
  try {
    const url = new URL(frame.src);
    return url.origin === origin && /\/embed\/(index\.html)?$/.test(url.pathname);
  } catch {
    return false; // no src, or not a URL
  }
}

/**
 * Every iframe under `root`, also inside open shadow roots (an embed in a
 * component's template); a closed one's frames cannot be reached.
 */
function* framesIn(root: Document | ShadowRoot): Generator<HTMLIFrameElement> {
  for (const element of root.querySelectorAll('*')) {
    // localName, not instanceof: an element made by another frame's document has that frame's classes.
    if (element.localName === 'iframe') yield element as HTMLIFrameElement;
    if (element.shadowRoot) yield* framesIn(element.shadowRoot);
  }
}

addEventListener('message', (event: MessageEvent) => {
  // A window of another origin, even inside one of our frames (it navigated away), is not an embed.
  if (!origin || event.origin !== origin || !event.source) return;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || (data as {type?: unknown}).type !== HEIGHT_MESSAGE) return;
  const height = (data as {height?: unknown}).height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > 100000) return;
  for (const frame of framesIn(document)) {
    if (frame.contentWindow !== event.source) continue;
    // Physical height on purpose: the embed measured its page's physical height.
    if (isEmbed(frame)) frame.style.height = `${Math.ceil(height)}px`;
    return;
  }
});

// The embeds already on the page: to the origin only (a frame showing anything else drops it).
if (origin)
  for (const frame of framesIn(document))
    if (isEmbed(frame)) frame.contentWindow?.postMessage({type: HEIGHT_REQUEST}, origin);
