import {expect, waitUntil} from '@open-wc/testing';
import {shippedTranslations} from '../helpers.js';
import {STRINGS} from '../../demo/clinic-site.js';

// The demo pages `npm start` serves, loaded whole in a frame from the test
// server (the same TypeScript sources): the clinic page (demo/index.html,
// ?lang=) and the developers' page (demo/developers.html).

interface Log {
  errors: string[];
  warnings: string[];
}

type FrameWindow = Window & typeof globalThis;

const frames: HTMLIFrameElement[] = [];

/** Whitespace-normalized text of a node, through every shadow root in it (nodes of another frame). */
function deepText(root: Node | null | undefined): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (element.localName === 'style' || element.localName === 'script') return;
      if (element.shadowRoot) visit(element.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  if (root) visit(root);
  return parts
    .join(' ')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first element matching `selector` under root, through shadow roots. */
function deepQuery(root: Document | ShadowRoot | Element, selector: string): Element | null {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && deepQuery(element.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}

const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

/**
 * Yields to the event loop (the frame's page shares it) for about one task:
 * a message, which timers' minimum delay does not hold back. WebKit does not
 * load the frame's page while messages keep coming: there, a timer (and the
 * recorder goes in on the page's readystatechange).
 */
function nextTask(): Promise<void> {
  if (isWebKit) return new Promise((resolve) => setTimeout(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Records what the frame's page says in its console, every error it throws
 * and every resource it fails to load, from before its scripts run. They are
 * modules: they run once the page is parsed (readyState "interactive") and
 * their imports have loaded, and each page's first one sets `<html dir>`
 * (clinic.ts) or defines the elements (developers.ts). The recorder goes in
 * when the new document's readyState changes, which the frame's first
 * window hears when the page reuses it (Firefox, WebKit), or when a check
 * run between the page's tasks first sees the document (Chromium). Resolves
 * to undefined when the page had already started its scripts.
 */
function recordFrom(frame: HTMLIFrameElement, path: string): Promise<Log | undefined> {
  return new Promise((resolve, reject) => {
    let done = false;
    const attempt = (): boolean => {
      const win = frame.contentWindow as FrameWindow | null;
      const doc = frame.contentDocument;
      if (done || !win || !doc?.documentElement || doc.location.pathname !== path) return done;
      done = true;
      if (doc.documentElement.hasAttribute('dir') || win.customElements.get('dystonia-guide')) {
        resolve(undefined);
        return true;
      }
      const log: Log = {errors: [], warnings: []};
      const {console: frameConsole} = win;
      const [error, warn] = [frameConsole.error, frameConsole.warn];
      frameConsole.error = (...args: unknown[]) => {
        log.errors.push(args.map(String).join(' '));
        error.apply(frameConsole, args);
      };
      frameConsole.warn = (...args: unknown[]) => {
        log.warnings.push(args.map(String).join(' '));
        warn.apply(frameConsole, args);
      };
      // Capture: a script or stylesheet that fails to load fires `error` on its element, without bubbling.
      win.addEventListener(
        'error',
        (event) => {
          const target = event.target as (Element & {src?: string; href?: string}) | null;
          log.errors.push(
            target && target.nodeType === Node.ELEMENT_NODE
              ? `failed to load ${target.src || target.href || target.localName}`
              : `uncaught: ${(event as ErrorEvent).message}`
          );
        },
        true
      );
      win.addEventListener('unhandledrejection', (event) =>
        log.errors.push(`unhandled rejection: ${String(event.reason)}`)
      );
      resolve(log);
      return true;
    };
    frame.contentWindow!.addEventListener('readystatechange', attempt, true);
    const deadline = performance.now() + 20000;
    void (async () => {
      while (!attempt()) {
        if (performance.now() > deadline) return reject(new Error(`${path} did not start loading`));
        await nextTask();
      }
    })();
  });
}

/** Opens `src` in a frame `width` px wide, recording its console from the start. */
async function openPage(src: string, width = 1100): Promise<{frame: HTMLIFrameElement; log: Log}> {
  const path = new URL(src, location.href).pathname;
  // A page that started its scripts before the recorder was in (not seen so far) is opened again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const frame = document.createElement('iframe');
    frame.title = `Demo page ${src}`;
    frame.style.width = `${width}px`;
    frame.style.height = '800px';
    frame.src = src;
    document.body.append(frame);
    frames.push(frame);
    const log = await recordFrom(frame, path);
    if (log) return {frame, log};
    frame.remove();
  }
  throw new Error(`${src}: its scripts ran before the console could be recorded, three times`);
}

const docOf = (frame: HTMLIFrameElement) => frame.contentDocument!;
const guideOf = (frame: HTMLIFrameElement) => docOf(frame).querySelector('dystonia-guide');

/** Waits until the guide shows `heading` (its types section's heading, in the page's language). */
async function guideShows(frame: HTMLIFrameElement, heading: string, what: string): Promise<void> {
  await waitUntil(
    () => deepText(guideOf(frame)).includes(heading),
    `${what}: the guide does not show "${heading}"`,
    {
      timeout: 20000,
    }
  );
}

/** What the widgets said in the console (`[dystonia-widgets] …`), as opposed to the dev build of Lit. */
const widgetWarnings = (log: Log) => log.warnings.filter((text) => text.includes('[dystonia-widgets]'));

/** Runs axe-core inside the frame's page (its own styles, its shadow roots): the violations found. */
async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as FrameWindow & {
    axe?: {
      run: (
        context: Document,
        options: object
      ) => Promise<{violations: Array<{id: string; nodes: Array<{target: unknown[]}>}>}>;
    };
  };
  if (!win.axe) {
    await new Promise((resolve, reject) => {
      const script = docOf(frame).createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = () => reject(new Error('axe-core did not load'));
      docOf(frame).head.append(script);
    });
  }
  const {violations} = await win.axe!.run(docOf(frame), {resultTypes: ['violations']});
  return violations.map(
    ({id, nodes}) => `${id}: ${nodes.map((node) => JSON.stringify(node.target)).join(', ')}`
  );
}

describe('the demo pages', function () {
  // Whole pages from the TypeScript sources, three languages: well over the runner's 10 s default.
  this.timeout(60000);
  let types: Record<'en' | 'es' | 'ar', string>;

  before(async () => {
    // The types section's heading, as the shipped translations have it (read from locales/*.xlf).
    const [es, ar] = await Promise.all([shippedTranslations('es'), shippedTranslations('ar')]);
    types = {en: 'Different Types of Dystonia', es: es.get('types.heading')!, ar: ar.get('types.heading')!};
  });
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  describe('the clinic page (demo/index.html)', () => {
    it('opens in Arabic from ?lang=ar: right to left, the guide in Arabic, a phone to call, no console error, axe passes', async () => {
      const {frame, log} = await openPage('/demo/index.html?lang=ar');
      await guideShows(frame, types.ar, '?lang=ar');
      const doc = docOf(frame);
      expect([doc.documentElement.lang, doc.documentElement.dir]).to.deep.equal(['ar', 'rtl']);
      expect(doc.querySelector('h1')!.textContent).to.equal(STRINGS.ar.dystonia);
      expect(doc.title).to.equal(STRINGS.ar.title);
      const current = doc.querySelectorAll('.lang-switch [aria-current="page"]');
      expect(Array.from(current, (link) => link.textContent)).to.deep.equal(['العربية']);
      // Mirrored: the clinic's name at the right, the language switch at the left.
      const width = doc.documentElement.clientWidth;
      expect(doc.querySelector('.brand')!.getBoundingClientRect().right).to.be.above(width * 0.75);
      expect(doc.querySelector('.lang-switch')!.getBoundingClientRect().left).to.be.below(width * 0.25);
      // The call to action at the end of the guide can be used: the clinic's number, as a phone link.
      const phone = () => deepQuery(guideOf(frame)!.shadowRoot!, 'a[href^="tel:"]');
      await waitUntil(phone, 'no phone link in the guide', {timeout: 20000});
      expect(phone()!.textContent).to.include('010-0199');
      expect(log.errors).to.deep.equal([]);
      expect(widgetWarnings(log)).to.deep.equal([]);
      expect(await axeViolations(frame), 'axe').to.deep.equal([]);
    });

    it('switches language in place and puts it in the address, to share', async () => {
      const {frame, log} = await openPage('/demo/index.html?lang=ar');
      await guideShows(frame, types.ar, '?lang=ar');
      const win = frame.contentWindow as FrameWindow & {stillHere?: boolean};
      win.stillHere = true;
      const link = (name: string) =>
        Array.from(docOf(frame).querySelectorAll<HTMLAnchorElement>('.lang-switch a')).find(
          (a) => a.textContent === name
        )!;

      link('Español').click();
      await guideShows(frame, types.es, 'Español');
      const doc = docOf(frame);
      expect(win.location.search).to.equal('?lang=es');
      expect([doc.documentElement.lang, doc.documentElement.dir]).to.deep.equal(['es', 'ltr']);
      expect(doc.querySelector('h1')!.textContent).to.equal(STRINGS.es.dystonia);
      expect(link('Español').getAttribute('aria-current')).to.equal('page');
      expect(link('العربية').hasAttribute('aria-current')).to.equal(false);
      // The page was not loaded again: the same window, the same widgets.
      expect(win.stillHere).to.equal(true);

      link('English').click();
      await guideShows(frame, types.en, 'English');
      expect(win.location.search).to.equal('?lang=en');
      expect(doc.querySelector('h1')!.textContent).to.equal('Dystonia');
      expect(log.errors).to.deep.equal([]);
      expect(widgetWarnings(log)).to.deep.equal([]);
    });

    it('opens in English for an unknown ?lang=, says so in the address, and axe passes', async () => {
      const {frame, log} = await openPage('/demo/index.html?lang=xx');
      await guideShows(frame, types.en, '?lang=xx');
      const doc = docOf(frame);
      expect([doc.documentElement.lang, doc.documentElement.dir]).to.deep.equal(['en', 'ltr']);
      expect(frame.contentWindow!.location.search).to.equal('?lang=en');
      expect(log.errors).to.deep.equal([]);
      expect(await axeViolations(frame), 'axe').to.deep.equal([]);
    });

    it('fits a 390 px screen in Arabic, with the menu behind a button', async () => {
      const {frame} = await openPage('/demo/index.html?lang=ar', 390);
      await guideShows(frame, types.ar, '390 px');
      const doc = docOf(frame);
      expect(doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(
        doc.documentElement.clientWidth
      );
      const toggle = doc.querySelector<HTMLButtonElement>('.menu-toggle')!;
      const menu = doc.querySelector('#main-menu')!;
      expect(toggle.getClientRects().length).to.be.above(0);
      expect(menu.getClientRects().length).to.equal(0);
      toggle.click();
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(menu.getClientRects().length).to.be.above(0);
    });
  });

  describe("the developers' page (demo/developers.html)", () => {
    it('is linked from the clinic page, shows every element and logs no console error', async () => {
      const clinic = await openPage('/demo/index.html');
      await waitUntil(
        () => docOf(clinic.frame).documentElement.hasAttribute('dir'),
        'the clinic page did not start',
        {
          timeout: 20000,
        }
      );
      const link = docOf(clinic.frame).querySelector<HTMLAnchorElement>('footer a[href="./developers.html"]');
      expect(link, 'a link to the developers’ page in the footer').to.not.equal(null);

      const {frame, log} = await openPage(link!.href);
      const doc = docOf(frame);
      const tags = [
        'dystonia-guide',
        'dystonia-types',
        'symptom-areas',
        'patient-testimonial',
        'dystonia-causes',
        'dystonia-symptoms',
        'clinic-approach',
        'inquiry-cta',
      ];
      for (const tag of tags) {
        await waitUntil(() => deepText(doc.querySelector(tag)) !== '', `<${tag}> did not render`, {
          timeout: 20000,
        });
      }
      expect(doc.querySelector('#events')).to.not.equal(null);
      expect(log.errors).to.deep.equal([]);
      // What it shows developers on purpose: the call to action with nothing configured says so.
      expect(widgetWarnings(log).every((text) => text.includes('<inquiry-cta>'))).to.equal(true);
    });
  });
});
