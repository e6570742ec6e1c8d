/**
 * The embed builder (demo/embed.html; built into dist/builder/ by
 * build/build-embed.mjs, docs/editors.md "The builder"): a form made from
 * the elements' schemas (baked in as `dw:element-options`), a live preview
 * and the snippets to copy, made by scripts/snippet.mjs (the same code as
 * `npm run snippet`) from the build's dist/integrity.json.
 *
 * Everything the editor types reaches the page as text (textContent,
 * textarea values, escaped attribute values); the preview is a frame of
 * this origin that renders the snippet itself.
 */
import options, {type AttributeOption} from 'dw:element-options';
import {
  escapeAttribute,
  HEIGHT_MESSAGE,
  iframeSnippet,
  iframeSrc,
  snippet,
  type Integrity,
} from '../scripts/snippet.mjs';
import {KEYS, type PageConfig, type TextKey} from '../src/core/config.js';
import {allowedUrl} from '../src/core/url.js';
import {directionOf, NATIVE_NAMES, pickLanguage, STRINGS} from './clinic-site.js';

const $ = <T extends HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;

const form = $<HTMLFormElement>('#builder-form');
const tagList = $<HTMLElement>('#tag-list');
const attributesSet = $<HTMLFieldSetElement>('#attributes');
const configSet = $<HTMLFieldSetElement>('#page-config');
const baseInput = $<HTMLInputElement>('#base');
const importMap = $<HTMLInputElement>('#import-map');
const plainChoice = $<HTMLInputElement>('#text-plain');
const styledChoice = $<HTMLInputElement>('#text-styled');
const fallbackNote = $<HTMLElement>('#fallback-note');
const styleSourcesOut = $<HTMLElement>('#style-src');
const resize = $<HTMLInputElement>('#resize');
const preview = $<HTMLIFrameElement>('#preview');
const framePreview = $<HTMLIFrameElement>('#iframe-preview');
const frameNote = $<HTMLElement>('#iframe-height-note');
const baseError = $<HTMLElement>('#base-error');
const scriptOut = $<HTMLTextAreaElement>('#script-snippet');
const iframeOut = $<HTMLTextAreaElement>('#iframe-snippet');
const status = $<HTMLElement>('#builder-status');

/** dist/ as this page sees it (`<meta name="dw-dist">`): the preview always loads from here. */
const dist = new URL(
  document.querySelector<HTMLMetaElement>('meta[name="dw-dist"]')?.content ?? './',
  location.href
).href;

/**
 * The clinic site's stylesheet for the preview's host page: beside this
 * script (demo/clinic.css; dist/builder/clinic.css once built).
 */
const CLINIC_CSS = new URL('./clinic.css', import.meta.url).href;

/** The elements that end on the call to action, which needs a way to reach the clinic. */
const CALLS_TO_ACTION = ['dystonia-guide', 'inquiry-cta'];

/** The element chosen first: the whole guide. */
const DEFAULT_TAG = 'dystonia-guide';

/**
 * Each element's name in words, in the guide's order (the first is the
 * default); an element not listed comes last, named by its tag.
 */
const ELEMENT_NAMES: Record<string, string> = {
  'dystonia-guide': 'The whole guide',
  'patient-testimonial': 'Patient testimonials',
  'dystonia-causes': 'What causes dystonia',
  'dystonia-types': 'Types of dystonia',
  'dystonia-symptoms': 'Symptoms of dystonia',
  'symptom-areas': 'Body areas affected (body map)',
  'clinic-approach': 'How the clinic can help',
  'inquiry-cta': 'Call to action (contact, phone, form)',
};

/** Each attribute's name in words; an attribute not listed shows its name with spaces. */
const ATTRIBUTE_LABELS: Record<string, string> = {
  'heading-level': 'Heading level',
  'clinic-name': 'Clinic name',
  debug: 'Debug panel',
  filter: 'Which types',
  open: 'Types shown open',
  selected: 'Selected body area',
  'no-map': 'Without the body map',
  'no-areas': 'Without the body areas',
  index: 'One testimonial only (its number)',
  rotate: 'Next testimonial every … seconds',
  attribution: 'Quotes attributed to',
  href: 'Contact page address',
  phone: 'Phone number',
  action: 'Address that receives the form',
  'privacy-url': 'Privacy policy address',
  encoding: 'How the form is sent',
  timeout: 'Seconds to wait for the form’s answer',
};

/** Labels of the page config keys (src/core/config.ts KEYS); a key not listed shows its name. */
const CONFIG_LABELS: Partial<Record<keyof PageConfig, string>> = {
  locale: 'Language of the elements',
  clinicName: 'Clinic name',
  phone: 'Phone number',
  inquiryUrl: 'Address that receives the inquiry form (https:)',
  privacyUrl: 'Privacy policy address',
  contactUrl: 'Contact page address',
  attribution: 'Testimonials attributed to (default “Patient”)',
};
const CONFIG_TYPES: Partial<Record<keyof PageConfig, string>> = {
  phone: 'tel',
  inquiryUrl: 'url',
  privacyUrl: 'url',
  contactUrl: 'url',
};

let integrity: Integrity | undefined;

/** The element chosen (the checked radio of "Element to embed"). */
function chosenTag(): string {
  return (form.elements.namedItem('tag') as RadioNodeList | null)?.value ?? '';
}

/** The manifest's Markdown code marks read as quotes here. */
const readable = (text: string): string => text.replace(/`([^`]*)`/g, '“$1”');

/** An element with a class and text. */
function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = ''
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/** One radio per element: its name in words, its tag as secondary text. */
function showElements(): void {
  const known = Object.keys(ELEMENT_NAMES).filter((tag) => tag in options.tags);
  const tags = [...known, ...Object.keys(options.tags).filter((tag) => !known.includes(tag))];
  const first = tags.includes(DEFAULT_TAG) ? DEFAULT_TAG : tags[0];
  for (const tag of tags) {
    const choice = make('label', 'element-choice');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'tag';
    radio.value = tag;
    radio.id = `tag-${tag}`;
    radio.checked = tag === first;
    const text = make('span', 'element-choice-text');
    // The space: the name and the tag are two words of the radio's accessible name.
    text.append(
      make('span', 'element-choice-name', ELEMENT_NAMES[tag] ?? tag),
      ' ',
      make('code', 'element-choice-tag', `<${tag}>`)
    );
    choice.append(radio, text);
    tagList.append(choice);
  }
}

/**
 * A control with its label in words, the attribute's own name beside it
 * (also read as its description) and the schema's description under it.
 */
function field(option: AttributeOption, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
  const check = control instanceof HTMLInputElement && control.type === 'checkbox';
  const wrapper = make('div', check ? 'field field-check' : 'field');
  const label = document.createElement('label');
  label.htmlFor = control.id;
  const words = ATTRIBUTE_LABELS[option.name] ?? option.name.replace(/-/g, ' ');
  const name = make('code', 'attribute-name', option.name);
  name.id = `${control.id}-name`;
  const described = [name.id];
  if (check) {
    label.className = 'builder-check';
    label.append(control, make('span', '', words));
    wrapper.append(label, name);
  } else {
    label.textContent = words;
    const head = make('div', 'field-head');
    head.append(label, name);
    wrapper.append(head, control);
  }
  if (option.clinic) {
    const badge = make('span', 'clinic-badge', 'Clinic setting: not in the iframe embed');
    badge.id = `${control.id}-clinic`;
    described.push(badge.id);
    wrapper.append(badge);
  }
  if (option.desc) {
    const note = make('p', 'builder-hint', readable(option.desc));
    note.id = `${control.id}-hint`;
    described.push(note.id);
    wrapper.append(note);
  }
  control.setAttribute('aria-describedby', described.join(' '));
  return wrapper;
}

/** One control per attribute: a select for allowed values, a checkbox, a number or text input. */
function control(option: AttributeOption): HTMLInputElement | HTMLSelectElement {
  const id = `attr-${option.name}`;
  if (option.type === 'enum') {
    const select = document.createElement('select');
    select.id = id;
    select.add(new Option(`(default${option.default === undefined ? '' : `: ${option.default}`})`, ''));
    for (const value of option.values!) select.add(new Option(value, value));
    return select;
  }
  const input = document.createElement('input');
  input.id = id;
  if (option.type === 'boolean') input.type = 'checkbox';
  else if (option.type === 'number') {
    input.type = 'number';
    if (option.min !== undefined) input.min = String(option.min);
    if (option.max !== undefined) input.max = String(option.max);
    input.step = option.step === 1 ? '1' : 'any';
    if (option.default !== undefined) input.placeholder = String(option.default);
  } else input.type = 'text';
  return input;
}

function showAttributes(): void {
  const tag = chosenTag();
  const spec = options.tags[tag];
  $('#tag-summary').textContent = spec?.summary ?? '';
  attributesSet.dataset.tag = tag;
  attributesSet.replaceChildren(attributesSet.querySelector('legend')!);
  for (const option of spec?.attributes ?? []) attributesSet.append(field(option, control(option)));
}

/** The page settings offered: the text keys; `debug` is the element's own `debug` option here. */
const TEXT_KEYS = KEYS.filter((key): key is TextKey => key !== 'debug');

function showConfig(): void {
  for (const key of TEXT_KEYS) {
    const wrapper = make('div', 'field');
    const label = document.createElement('label');
    label.htmlFor = `config-${key}`;
    label.textContent = CONFIG_LABELS[key] ?? key;
    let input: HTMLInputElement | HTMLSelectElement;
    if (key === 'locale') {
      input = document.createElement('select');
      input.add(new Option("(the page's language)", ''));
      for (const locale of options.locales)
        input.add(
          new Option(`${(NATIVE_NAMES as Record<string, string>)[locale] ?? locale} (${locale})`, locale)
        );
    } else {
      input = document.createElement('input');
      input.type = CONFIG_TYPES[key] ?? 'text';
    }
    input.id = `config-${key}`;
    input.dataset.key = key;
    wrapper.append(label, input);
    configSet.append(wrapper);
  }
}

/** The element's attributes as set: valid values only (an invalid number is marked and left out). */
function attributes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const option of options.tags[chosenTag()]?.attributes ?? []) {
    const input = document.getElementById(`attr-${option.name}`) as HTMLInputElement | HTMLSelectElement;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      if (input.checked) out[option.name] = '';
      continue;
    }
    const valid = input.checkValidity();
    input.setAttribute('aria-invalid', String(!valid));
    if (valid && input.value.trim() !== '') out[option.name] = input.value.trim();
  }
  return out;
}

function pageConfig(): PageConfig {
  const config: PageConfig = {};
  for (const input of configSet.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]')) {
    const valid = input.checkValidity();
    input.setAttribute('aria-invalid', String(!valid));
    if (valid && input.value.trim() !== '') config[input.dataset.key as TextKey] = input.value.trim();
  }
  return config;
}

/**
 * The base URL for snippets: the field when it holds an https: URL (http:
 * on this computer only) without a user name or password, as the library
 * accepts for its own settings; else dist/ here, and the field says why.
 */
function base(): string {
  const value = baseInput.value.trim();
  let absolute = false;
  try {
    absolute = !!new URL(value);
  } catch {
    // Not an absolute URL: refused below.
  }
  const url = absolute ? allowedUrl(value, ['https'], location.href) : null;
  baseInput.setAttribute('aria-invalid', String(!url));
  baseError.textContent = url
    ? ''
    : `Not used: ${
        !absolute
          ? 'this is not a complete address (https://…)'
          : /^http:/i.test(value)
            ? 'http: sends the files unprotected; use https: (http: works only on this computer)'
            : /^https?:\/\/[^/]*@/i.test(value)
              ? 'an address with a user name or password would publish them in every page'
              : 'use an https: address'
      }. The snippets point at ${dist} meanwhile.`;
  return url ?? dist;
}

/** The iframe embed's own height, as it posted it in the preview, per embed URL. */
const measured = new Map<string, number>();

// The embed preview posts its height (as to resize.js): the frame follows it, and the snippet reserves it.
addEventListener('message', (event: MessageEvent) => {
  if (event.source !== framePreview.contentWindow || event.origin !== new URL(dist).origin) return;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || (data as {type?: unknown}).type !== HEIGHT_MESSAGE) return;
  const height = (data as {height?: unknown}).height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > 100000) return;
  framePreview.style.height = `${Math.ceil(height)}px`;
  measured.set(framePreview.src, Math.ceil(height));
  update();
});

/** A prerendered plain fragment (dist/html/<locale>/<tag>.plain.html), as the snippet uses it. */
interface Plain {
  /** The element's content: the text as plain HTML. */
  text: string;
  /** The element's lang and dir attributes in the file (the text's language). */
  language: Record<string, string>;
  /** The schema.org JSON-LD block after the element, re-serialized; '' for an element without facts. */
  data: string;
}

/** A prerendered declarative shadow DOM fragment (dist/html/<locale>/<tag>.html), as the snippet uses it. */
interface Styled {
  /** The element as the file has it: its tag, data-dw-version and declarative shadow roots, unchanged. */
  element: string;
  /** As Plain's. */
  data: string;
  /** The Content-Security-Policy sources (`'sha256-…'`) of its inline styles, each once; [] without WebCrypto. */
  styleSources: string[];
}

/** A prerendered fragment per URL, once fetched: undefined when this build has none. */
const fallbacks = new Map<string, unknown>();
const fetching = new Set<string>();

/**
 * The prerendered fragment at `file` under dist/, read by `parse`: its
 * value, undefined (this build has none, or `parse` found no element), or
 * null while it is fetched (update() runs again when it arrives).
 */
function prerendered<T>(
  file: string,
  parse: (text: string) => T | undefined | Promise<T | undefined>
): T | undefined | null {
  const url = new URL(file, dist).href;
  if (fallbacks.has(url)) return fallbacks.get(url) as T | undefined;
  if (!fetching.has(url)) {
    fetching.add(url);
    fetch(url)
      .then(async (response) => (response.ok ? parse(await response.text()) : undefined))
      .catch(() => undefined)
      .then((value) => {
        fallbacks.set(url, value);
        update();
      });
  }
  return null;
}

/** The fragment's JSON-LD as a data block: parsed and written again, "<" as \u003c so it cannot close the script. */
function dataBlock(doc: Document): string {
  const source = doc.querySelector('script[type="application/ld+json"]')?.textContent;
  if (!source) return '';
  try {
    const json = JSON.stringify(JSON.parse(source)).replace(/</g, '\\u003c');
    return `<script type="application/ld+json">${json}</script>`;
  } catch {
    return ''; // Not JSON: left out rather than copied as it is.
  }
}

/** The prerendered plain fragment of the element (dist/html/<locale>/<tag>.plain.html). */
const plainFallback = (tag: string, locale: string) =>
  prerendered<Plain>(`html/${locale}/${tag}.plain.html`, (file) => {
    // The file holds the element with its text; the snippet's own tag wraps the text.
    const doc = new DOMParser().parseFromString(file, 'text/html');
    const element = doc.querySelector(tag);
    if (!element) return undefined;
    const language: Record<string, string> = {};
    for (const name of ['lang', 'dir']) {
      const value = element.getAttribute(name);
      if (value) language[name] = value;
    }
    return {text: element.innerHTML.trim(), language, data: dataBlock(doc)};
  });

/**
 * The prerendered declarative shadow DOM fragment of the element
 * (dist/html/<locale>/<tag>.html). The element is copied as the file has it,
 * byte for byte: the hydrate bundle takes over exactly the markup its release
 * rendered (src/core/hydration.ts).
 */
const styledFallback = (tag: string, locale: string) =>
  prerendered<Styled>(`html/${locale}/${tag}.html`, async (file) => {
    const end = file.lastIndexOf(`</${tag}>`);
    if (!file.startsWith(`<${tag}`) || end < 0) return undefined;
    // DOMParser keeps a declarative shadow root as a <template> (it attaches none): its styles are there.
    const doc = new DOMParser().parseFromString(file, 'text/html');
    return {
      element: file.slice(0, end + `</${tag}>`.length),
      data: dataBlock(doc),
      styleSources: await styleSources(doc),
    };
  });

/** The inline styles' texts in a tree and in every template inside it (the declarative shadow roots). */
const styleTexts = (root: ParentNode): string[] => [
  ...[...root.querySelectorAll('style')].map((style) => style.textContent ?? ''),
  ...[...root.querySelectorAll('template')].flatMap((template) => styleTexts(template.content)),
];

/**
 * The `style-src` sources that allow a fragment's inline styles (`'sha256-…'`,
 * each once): the hash of each `<style>`'s text as written, as the browser
 * computes it. [] where WebCrypto is missing (a page not served over https:).
 */
async function styleSources(root: ParentNode): Promise<string[]> {
  if (!crypto.subtle) return [];
  return Promise.all(
    [...new Set(styleTexts(root))].map(async (css) => {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
      return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
    })
  );
}

function elementHtml(tag: string, attrs: Record<string, string>, inner = ''): string {
  const list = Object.entries(attrs).map(([name, value]) =>
    value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`
  );
  return `<${tag}${list.join('')}>${inner ? `\n${inner}\n` : ''}</${tag}>`;
}

function configHtml(config: PageConfig): string {
  if (Object.keys(config).length === 0) return '';
  // "<" as \u003c: a value cannot close the script element.
  const json = JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
  return `<script type="application/json" data-dystonia-widgets>\n${json}\n</script>\n`;
}

/** The presentation attributes among those set: all the iframe embed takes from its address. */
function presentation(tag: string, attrs: Record<string, string>): Record<string, string> {
  const clinic = new Set((options.tags[tag]?.attributes ?? []).filter((a) => a.clinic).map((a) => a.name));
  return Object.fromEntries(Object.entries(attrs).filter(([name]) => !clinic.has(name)));
}

/**
 * The note under the choice of prerendered text: what the chosen form does,
 * or why a form is not available (plain and styled: a fragment, undefined
 * when the build has none, null while it is fetched).
 */
function textNote(
  tag: string,
  locale: string,
  chosen: {plain?: Plain; styled?: Styled} | undefined,
  plain: Plain | undefined | null,
  styled: Styled | undefined | null,
  defaults: boolean
): string {
  if (plain === null || styled === null) return 'Looking for the prerendered text…';
  const notes: string[] = [];
  if (!plain && !styled)
    notes.push(
      `Not available: this build has no prerendered text for <${tag}> in ${locale} ` +
        '(html/ is written by `npm run prerender`).'
    );
  else if (styled && !defaults)
    notes.push('With the widget’s look only with every element option at its default: it is prerendered so.');
  if (chosen?.plain)
    notes.push('The text shows until the script runs, and stays readable where scripts do not run.');
  if (chosen?.styled) {
    notes.push(
      'The text shows with the widget’s look before the script runs, and stays readable where scripts do ' +
        'not run; the script (dystonia-widgets.hydrate.js) takes it over without drawing it again, and ' +
        'adds the clinic’s settings (phone, contact page, form).'
    );
    notes.push(
      chosen.styled.styleSources.length
        ? 'Its styles are inline: a page whose security policy refuses inline styles must allow them, ' +
            'with these sources in its style-src (below).'
        : 'Its styles are inline: a page whose security policy refuses inline styles must allow them ' +
            '(open this builder over https: for their hashes).'
    );
    notes.push('Where a site removes <template> elements, choose plain HTML.');
  }
  if ((chosen?.plain ?? chosen?.styled)?.data)
    notes.push(
      'With it comes its structured data (schema.org JSON-LD, after the element) for search engines: a data ' +
        'block that never runs.'
    );
  return notes.join(' ');
}

function update(): void {
  const tag = chosenTag();
  // The controls follow the element picked (the form's input event can come before the select's change).
  if (attributesSet.dataset.tag !== tag) showAttributes();
  const attrs = attributes();
  const config = pageConfig();
  const locale = config.locale;
  // The call to action (alone or in the guide) with no way to reach the clinic: say so beside the settings.
  const reachable =
    ['href', 'phone', 'action'].some((name) => attrs[name]) ||
    !!(config.contactUrl || config.phone || config.inquiryUrl);
  $('#contact-note').hidden = reachable || !CALLS_TO_ACTION.includes(tag);
  const language = locale ?? 'en';
  const plain = plainFallback(tag, language);
  const styled = styledFallback(tag, language);
  // The styled fragment is rendered with every option at its default: with another, the element would
  // render afresh (one warning) instead of taking over its prerendered look.
  const defaults = Object.keys(attrs).length === 0;
  plainChoice.disabled = !plain;
  styledChoice.disabled = !styled || !defaults;
  // The form of the prerendered text chosen: '' (none), plain or styled.
  const textForm = (form.elements.namedItem('text') as RadioNodeList | null)?.value;
  const chosen =
    textForm === 'plain' && plain
      ? {plain}
      : textForm === 'styled' && styled && defaults
        ? {styled}
        : undefined;
  fallbackNote.textContent = textNote(tag, language, chosen, plain, styled, defaults);
  // The styled text's style-src sources, one per line, to copy into the page's policy.
  styleSourcesOut.textContent = chosen?.styled?.styleSources.join('\n') ?? '';
  if (!integrity) return;
  const text = chosen?.plain;
  // The prerendered text is in the chosen language: the element says so (lang, dir as the file has them;
  // the styled file has them on its shadow root's wrapper, so the element gets the locale's).
  const marked = text && locale ? {...attrs, ...text.language} : attrs;
  const element = chosen?.styled
    ? locale
      ? chosen.styled.element.replace(
          `<${tag}`,
          `<${tag} lang="${escapeAttribute(locale)}" dir="${directionOf(pickLanguage(locale))}"`
        )
      : chosen.styled.element
    : elementHtml(tag, marked, text?.text);
  // With the text, the fragment's JSON-LD after the element (as npm run prerender writes it): the same
  // facts for crawlers, in the same language; a data block, never run, so no policy refuses it.
  const found = chosen?.plain ?? chosen?.styled;
  const data = found?.data ? `\n${found.data}` : '';
  const tags = (root: string): string =>
    // With the prerendered text the page paints it first: not render-blocking (--prerendered); the
    // styled text with the bundle that takes it over as it is (--hydrate).
    snippet(integrity!, {
      base: root,
      locale,
      withImportMap: importMap.checked,
      prerendered: !!found,
      hydrate: !!chosen?.styled,
    }) +
    configHtml(config) +
    element +
    data;
  showSnippet(scriptOut, `${tags(base())}\n`, $('#copy-script-status'));
  // The iframe embed: presentation only (its clinic settings are the host's embed.config.json),
  // with the height its page posted in the preview reserved, so the host page does not move.
  const frameOptions = {tag, locale, attributes: presentation(tag, attrs)};
  const frameSrc = iframeSrc(integrity, {...frameOptions, base: dist});
  if (framePreview.src !== frameSrc) framePreview.src = frameSrc;
  const height = measured.get(frameSrc);
  frameNote.textContent =
    height === undefined
      ? 'Measuring the embed’s height…'
      : `The snippet reserves ${height} px, the embed’s height at the preview’s width ` +
        `(${framePreview.clientWidth} px); resize.js fits the frame to a narrower or wider column.`;
  showSnippet(
    iframeOut,
    iframeSnippet(integrity, {
      ...frameOptions,
      base: base(),
      title: options.tags[tag]?.summary ?? tag,
      height,
      withResize: resize.checked,
    }),
    $('#copy-iframe-status')
  );
  // The preview is the snippet itself, with the files from here (whatever the base field says),
  // pasted into a clinic's page (reloaded only when it changed).
  const page = hostPage(locale, tags(dist));
  if (preview.srcdoc !== page) preview.srcdoc = page;
}

/** Shows a snippet; a changed one clears what its copy button said about the previous one. */
function showSnippet(textarea: HTMLTextAreaElement, value: string, out: HTMLElement): void {
  if (textarea.value === value) return;
  textarea.value = value;
  out.textContent = '';
  delete out.dataset.state;
}

/** The clinic site's mark (as in demo/index.html), for the preview's header. */
const MARK =
  '<svg class="brand__mark" viewBox="0 0 40 40" aria-hidden="true" focusable="false">' +
  '<rect class="brand__mark-tile" width="40" height="40" rx="11"/>' +
  '<path class="brand__mark-cross" d="M16.5 8h7v8.5H32v7h-8.5V32h-7v-8.5H8v-7h8.5z"/></svg>';

/**
 * The preview's page: the snippet in the main column of the fictional
 * clinic's site (demo/clinic.css, the page `npm start` opens), its header
 * and footer in the chosen language and direction, as on a clinic's own
 * page. Our static markup and the snippet; the site's text is escaped.
 */
function hostPage(locale: string | undefined, pasted: string): string {
  const language = pickLanguage(locale);
  const t = STRINGS[language];
  const text = escapeAttribute;
  const nav = [t.navConditions, t.navTreatments, t.navDoctors, t.navContact]
    .map((item) => `<li><a>${text(item)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="${text(locale ?? 'en')}" dir="${directionOf(language)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(t.title)}</title>
<link rel="stylesheet" href="${text(CLINIC_CSS)}"></head>
<body>
<header class="site-header">
<div class="page-width masthead"><p class="brand">${MARK}<span class="brand__text">\
<span class="brand__name">Example Clinic</span><span class="brand__tagline">${text(t.tagline)}</span></span></p></div>
<nav class="main-nav" aria-label="${text(t.mainMenu)}"><div class="page-width"><ul class="main-nav__list">${nav}</ul></div></nav>
</header>
<main class="page-width preview-main">
<h1>${text(t.dystonia)}</h1>
${pasted}
</main>
<footer class="site-footer"><div class="page-width site-footer__legal"><p>${text(t.fiction)}</p></div></footer>
</body>
</html>
`;
}

async function copy(textarea: HTMLTextAreaElement, out: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(textarea.value);
    out.textContent = 'Copied.';
    out.dataset.state = 'copied';
  } catch {
    // No clipboard permission (or no secure context): the text is selected for Ctrl+C / ⌘C.
    textarea.focus();
    textarea.select();
    out.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    out.dataset.state = 'selected';
  }
}

async function start(): Promise<void> {
  showElements();
  showConfig();
  showAttributes();
  baseInput.value = dist;
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  $('#copy-script').addEventListener('click', () => void copy(scriptOut, $('#copy-script-status')));
  $('#copy-iframe').addEventListener('click', () => void copy(iframeOut, $('#copy-iframe-status')));
  try {
    const response = await fetch(new URL('integrity.json', dist));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    integrity = (await response.json()) as Integrity;
  } catch (error) {
    status.textContent =
      `The build's integrity.json could not be read (${String(error)}): the snippets need a build. ` +
      'Run `npm run build`, then reload.';
  }
  update();
  document.documentElement.dataset.ready = 'true';
}

void start();
