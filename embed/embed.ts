/**
 * The iframe embed's script (docs/hosting.md, "The iframe embed"): renders one element
 * from the page's query parameters, for a CMS that strips scripts from what
 * an editor pastes (the frame is all it keeps).
 *
 *   ?tag=<element>&locale=<locale>&<attribute>=<value>…
 *
 * Anyone can write a link to this page, so the URL sets presentation only:
 * the attributes custom-elements.json declares for that tag, less the
 * clinic's settings (where a patient's data goes, whom they contact:
 * `clinic: true` in their schemas, src/core/schema.ts). Those come from the
 * clinic's configuration, which the build writes into this page
 * (build/embed-config.mjs): the page config every element reads, and the
 * data block read here. Anything else in the URL, and a value the attribute
 * does not allow, is ignored with one console warning. Values reach the
 * element through setAttribute() only, never as HTML. The element is added
 * before the bundle (the next module script) defines it, so it renders
 * once, in the right locale.
 *
 * The page's height goes to the parent as {type: 'dystonia-widgets:height',
 * height} once the element has rendered, and whenever it changes, and
 * when the parent's dist/embed/resize.js asks (it may start after the
 * first message); resize.js applies it.
 */
import options from 'dw:element-options';
import {CLINIC_ATTRIBUTES_ID, HEIGHT_MESSAGE, HEIGHT_REQUEST} from '../scripts/snippet.mjs';
import {fromQuery} from './query.js';

const main = document.querySelector('main') ?? document.body;

/** The clinic's settings that are attributes of this tag (the build's data block, checked there). */
function clinicAttributes(tag: string): Array<[string, string]> {
  try {
    const all: unknown = JSON.parse(document.getElementById(CLINIC_ATTRIBUTES_ID)?.textContent ?? '{}');
    if (typeof all !== 'object' || all === null || !Object.hasOwn(all, tag)) return [];
    const values: unknown = (all as Record<string, unknown>)[tag];
    if (typeof values !== 'object' || values === null) return [];
    return Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  } catch {
    return [];
  }
}

function render(): HTMLElement | undefined {
  const {tag, locale, attributes, warnings} = fromQuery(new URLSearchParams(location.search), options);
  for (const warning of warnings) console.warn(`[dystonia-widgets] embed: ${warning}`);
  if (!tag) {
    // For the editor who pasted a wrong URL (a visitor never sees it with a snippet from the builder).
    const message = document.createElement('p');
    message.className = 'dw-embed-message';
    message.textContent =
      'This embed does not name an element to show. Copy the embed again from the builder.';
    main.append(message);
    return undefined;
  }
  // The bundle follows <html lang> (es-MX shows es); the frame is a page of that language.
  if (locale) {
    document.documentElement.lang = locale;
    // The translation starts loading now, beside the bundle, instead of when the bundle asks for it:
    // one round trip less before the first paint (the chunk sits next to the bundle, ../locales/).
    const language = locale.toLowerCase().split('-')[0];
    if (language !== options.locales[0]) {
      const preload = document.createElement('link');
      preload.rel = 'modulepreload';
      preload.href = `../locales/${language}.js`;
      document.head.append(preload);
    }
  }
  const element = document.createElement(tag);
  for (const [name, value] of [...clinicAttributes(tag), ...Object.entries(attributes)])
    element.setAttribute(name, value);
  main.append(element);
  return element;
}

let posted = -1;

/** Tells the parent the page's height, when it changed. Only the height: '*' sends nothing else. */
function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === posted || window.parent === window) return;
  posted = height;
  window.parent.postMessage({type: HEIGHT_MESSAGE, height}, '*');
}

/**
 * Starts posting once the element has rendered in its language (its first
 * render waits for the locale), so the parent never gets the empty page's
 * height first.
 */
async function start(element: HTMLElement | undefined): Promise<void> {
  if (element) {
    await customElements.whenDefined(element.localName);
    await (element as HTMLElement & {updateComplete?: Promise<unknown>}).updateComplete;
  }
  new ResizeObserver(postHeight).observe(document.documentElement);
  // resize.js, started after this page posted, asks once; only the parent is answered.
  addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent || (event.data as {type?: unknown} | null)?.type !== HEIGHT_REQUEST)
      return;
    posted = -1;
    postHeight();
  });
}

void start(render());
