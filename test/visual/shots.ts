// The visual tests' browser side (docs/contributors.md "Visual tests"). A shot
// is a page in a frame of this test page: test/visual/host.html with one
// element on a light or dark host page, in a locale, at a width. Once nothing
// on it changes any more, the frame is as tall as the page and the window
// exactly its size, and @web/test-runner-visual-regression takes a screenshot
// of the frame and compares it with the reference of this engine
// (test/runner/visual.mjs: where the pictures are, the tolerance).
import {executeServerCommand, sendMouse} from '@web/test-runner-commands';
import {visualDiff} from '@web/test-runner-visual-regression';
import {emulateMedia} from '../media.js';

/** The widths shots are taken at, and a screen's height there (the guide is cut after two). */
export const WIDTHS = {
  desktop: {width: 1280, screen: 800},
  mobile: {width: 390, screen: 844},
} as const;
export type WidthName = keyof typeof WIDTHS;

export const LOCALES = ['en', 'es', 'ar'] as const;
export const HOSTS = ['light', 'dark'] as const;

/** The window's width: at least a desktop's (MiniBrowser, WebKit's window, is never narrower than 447 px). */
const WINDOW_WIDTH = WIDTHS.desktop.width;

export interface Shot {
  /** The reference's name: `<tag>/<locale>-<width>-<host>`, or `docs/<file>` for docs/images/<file>.png. */
  name: string;
  /** The frame's address. */
  src: string;
  /** The frame's width (the page's viewport width) and its height while the page loads. */
  width: number;
  screen: number;
  /** Cut the picture after this many pixels (the page goes on below). */
  maxHeight?: number;
}

/** A shot of `host.html` with one element, at one of WIDTHS or a width and screen of its own. */
export function hostShot(options: {
  tag: string;
  locale: string;
  width: WidthName | {width: number; screen: number};
  host: string;
  name?: string;
  attributes?: Record<string, string>;
  screens?: number;
}): Shot {
  const {tag, locale, width, host, attributes = {}} = options;
  const query = new URLSearchParams({element: tag, locale, host});
  for (const [attribute, value] of Object.entries(attributes)) query.set(`attr-${attribute}`, value);
  const {width: px, screen} = typeof width === 'string' ? WIDTHS[width] : width;
  const widthName = typeof width === 'string' ? width : `${px}px`;
  return {
    name: options.name ?? `${tag}/${locale}-${widthName}-${host}`,
    src: `/test/visual/host.html?${query}`,
    width: px,
    screen,
    maxHeight: options.screens ? options.screens * screen : undefined,
  };
}

/** The engine this test runs in (chromium, firefox or webkit), as the server names it. */
export function engine(): Promise<string> {
  return executeServerCommand<string, undefined>('dw-visual-engine');
}

type Updating = Element & {updateComplete: Promise<boolean>};

/** The documents of a frame: its own and those of the same-origin frames in it. */
function documentsOf(doc: Document): Document[] {
  const frames = [...doc.querySelectorAll('iframe')].flatMap((frame) => {
    try {
      return frame.contentDocument ? documentsOf(frame.contentDocument) : [];
    } catch {
      return [];
    }
  });
  return [doc, ...frames];
}

/** Every element of a document, through shadow roots. */
function* composed(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* composed(element.shadowRoot);
  }
}

/** A document as text: every element, attribute and text, through shadow roots, and its size. */
function signature(doc: Document): string {
  const parts: string[] = [`${doc.documentElement.scrollWidth}×${doc.documentElement.scrollHeight}`];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      parts.push(`<${element.localName}`);
      // Not element.attributes: a form's control named "attributes" hides it (the builder has one).
      for (const name of element.getAttributeNames()) parts.push(` ${name}="${element.getAttribute(name)}"`);
      parts.push('>');
      if (element.shadowRoot) {
        parts.push('#shadow{');
        element.shadowRoot.childNodes.forEach(walk);
        parts.push('}');
      }
    } else if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.nodeValue ?? '');
    }
    node.childNodes.forEach(walk);
  };
  walk(doc.documentElement);
  return parts.join('');
}

/**
 * Brings the frame's pages to what a person sees once they have loaded, with
 * nothing moving: fonts loaded, every element updated (also those an update
 * added), animations at their end (or their start, if endless), no focus.
 * Returns the pages' signature.
 */
async function settle(frame: HTMLIFrameElement): Promise<string> {
  const docs = documentsOf(frame.contentDocument!);
  for (const doc of docs) {
    await doc.fonts.ready;
    for (let round = 0; round < 20; round++) {
      const elements = [...composed(doc)].filter((el): el is Updating => 'updateComplete' in el);
      const done = await Promise.all(elements.map((el) => el.updateComplete));
      if (done.every(Boolean)) break;
    }
    // Reduced motion is emulated where the engine can (Chromium, Firefox); in
    // WebKit an animation still running is put at its end.
    const roots = [doc, ...[...composed(doc)].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
    for (const animation of new Set(roots.flatMap((root) => root.getAnimations()))) {
      if (animation.effect?.getComputedTiming().endTime === Infinity) {
        animation.pause();
        animation.currentTime = 0;
      } else animation.finish();
    }
    (doc.activeElement as HTMLElement | null)?.blur();
  }
  const view = frame.contentWindow!;
  for (let i = 0; i < 2; i++) await new Promise((resolve) => view.requestAnimationFrame(resolve));
  return docs.map(signature).join('\n');
}

/**
 * Waits until the pages in the frame have stopped changing: the server has
 * answered every request (lazy chunks, locales) and two settled looks in a
 * row agree.
 */
async function quiet(frame: HTMLIFrameElement): Promise<void> {
  let before = '';
  for (let round = 0; round < 10; round++) {
    await executeServerCommand('dw-network-idle');
    const now = await settle(frame);
    if (now === before) return;
    before = now;
  }
  throw new Error(`${frame.src} kept changing`);
}

function load(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), {once: true});
    frame.addEventListener('error', () => reject(new Error(`${frame.src} did not load`)), {once: true});
  });
}

let pageStyled = false;

/** This test page: no margin, no scrollbar, so the frame sits at 0,0 of the window. */
function stylePage(): void {
  if (pageStyled) return;
  pageStyled = true;
  const style = document.createElement('style');
  style.textContent = `html { scrollbar-width: none; } body { margin: 0; } iframe.shot { display: block; border: 0; }`;
  document.head.append(style);
}

/** Sizes this page's viewport (null: back to the engine's own). */
export function setWindow(size: {width: number; height: number} | null): Promise<unknown> {
  return executeServerCommand('dw-visual-window', size);
}

/** Renders the shot's page in a frame and compares its screenshot with the reference. */
export async function shoot(shot: Shot): Promise<void> {
  stylePage();
  // The pointer rests in the page's corner (the column's margin), hovering nothing.
  await sendMouse({type: 'move', position: [0, 0]});
  await setWindow({width: WINDOW_WIDTH, height: shot.screen});
  const frame = document.createElement('iframe');
  frame.className = 'shot';
  frame.title = shot.name;
  frame.width = String(shot.width);
  frame.height = String(shot.screen);
  const loaded = load(frame);
  frame.src = shot.src;
  document.body.append(frame);
  try {
    await loaded;
    await quiet(frame);
    const doc = frame.contentDocument!;
    // The root's box: the page's content with its margins (the frame's own height aside).
    const full = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    const height = Math.min(full, shot.maxHeight ?? Infinity);
    frame.height = String(height);
    // WebKitGTK's element screenshot is cut at the window's edge, and a shot
    // that does not fill the window's height from its top comes out with rows
    // of black: the window is exactly the frame.
    await setWindow({width: WINDOW_WIDTH, height});
    await quiet(frame);
    await visualDiff(frame, shot.name);
  } finally {
    frame.remove();
  }
}

/**
 * Registers the shots of one element: every locale × width × host, and, where
 * the engine can emulate forced colours (Chromium, Firefox), once in English
 * at desktop width with forced colours.
 */
export function describeShots(tag: string, {screens}: {screens?: number} = {}): void {
  describe(`<${tag}> as its reference pictures`, function () {
    this.timeout(60000);
    let reducedMotion = false;

    before(async () => {
      reducedMotion = await emulateMedia({reducedMotion: 'reduce'});
    });
    after(async () => {
      if (reducedMotion) await emulateMedia({reducedMotion: null, forcedColors: null});
      await setWindow(null);
    });

    for (const locale of LOCALES) {
      for (const width of Object.keys(WIDTHS) as WidthName[]) {
        for (const host of HOSTS) {
          it(`${locale}, ${width}, ${host} host`, () => shoot(hostShot({tag, locale, width, host, screens})));
        }
      }
    }

    it('en, desktop, dark host, forced colours', async function () {
      if (!(await emulateMedia({forcedColors: 'active'}))) {
        // WebKitGTK parses forced-colors but never matches `active` (test/runner/media-emulation.mjs).
        this.skip();
      }
      try {
        // On the dark host: the page's own colours give way to the system's.
        const name = `${tag}/en-desktop-forced-colors`;
        await shoot(hostShot({tag, locale: 'en', width: 'desktop', host: 'dark', screens, name}));
      } finally {
        await emulateMedia({forcedColors: null});
      }
    });
  });
}
