import {waitUntil} from '@open-wc/testing';
import {frameWindow, loadFrame, type FixtureWindow} from '../frame.js';

// What the tests of the built bundle's pages share (test/server/built-bundle.mjs
// serves them): a token per page, under which the server logs the chunk and
// locale requests it saw, and the frames a describe() opens, removed after
// each test.

let counter = 0;

/** A token of its own for each page of the faulty server, named by `prefix`. */
export const requestToken = (prefix: string) => `${prefix}${Date.now().toString(36)}${counter++}`;

/** The chunk and locale requests the built-bundle server saw for a token. */
export async function builtRequests(token: string): Promise<string[]> {
  return (await (await fetch(`/built-requests/${token}`)).json()) as string[];
}

/**
 * For a describe() of built-bundle pages: waits once for the in-memory builds
 * (not part of any test's time) and removes each test's frames after it.
 * `open` loads a page in a frame; `track` removes a frame made otherwise.
 */
export function builtPages(): {
  open: (url: string) => Promise<{doc: Document; win: FixtureWindow}>;
  track: (frame: HTMLIFrameElement) => void;
} {
  const frames: HTMLIFrameElement[] = [];
  before(async function () {
    this.timeout(60000);
    await fetch('/built/current/dystonia-widgets.js');
  });
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));
  return {
    open: async (url) => {
      const frame = await loadFrame(url);
      frames.push(frame);
      return {doc: frame.contentDocument!, win: frameWindow(frame)};
    },
    track: (frame) => void frames.push(frame),
  };
}

/**
 * Adds a `tag` element at the top of a built page's body (with `attributes`)
 * and waits until its `part` has rendered and its update is complete.
 */
export async function prependRendered<T extends HTMLElement & {updateComplete: Promise<unknown>}>(
  doc: Document,
  tag: string,
  part: string,
  attributes: Record<string, string> = {}
): Promise<T> {
  const el = doc.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  doc.body.prepend(el);
  await waitUntil(() => el.shadowRoot?.querySelector(`[part="${part}"]`), `<${tag}> did not render`, {
    timeout: 8000,
  });
  await el.updateComplete;
  return el;
}
