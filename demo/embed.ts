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

const $ = <T extends HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;

const form = $<HTMLFormElement>('#builder-form');
const tagSelect = $<HTMLSelectElement>('#tag');
const attributesSet = $<HTMLFieldSetElement>('#attributes');
const configSet = $<HTMLFieldSetElement>('#page-config');
const baseInput = $<HTMLInputElement>('#base');
const importMap = $<HTMLInputElement>('#import-map');
const fallback = $<HTMLInputElement>('#fallback');
const fallbackNote = $<HTMLElement>('#fallback-note');
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
const LOCALE_NAMES: Record<string, string> = {en: 'English', es: 'Español', ar: 'العربية'};

let integrity: Integrity | undefined;

function field(label: string, control: HTMLElement, hint?: string): void {
  const wrapper = document.createElement('div');
  const text = document.createElement('label');
  text.htmlFor = control.id;
  text.textContent = label;
  wrapper.append(text, control);
  if (hint) {
    const note = document.createElement('p');
    note.className = 'builder-hint';
    note.id = `${control.id}-hint`;
    // The manifest's Markdown code marks read as quotes here.
    note.textContent = hint.replace(/`([^`]*)`/g, '“$1”');
    control.setAttribute('aria-describedby', note.id);
    wrapper.append(note);
  }
  attributesSet.append(wrapper);
}

/** One control per attribute: a select for allowed values, a checkbox, a number or text input. */
function control(option: AttributeOption): HTMLElement {
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
  const spec = options.tags[tagSelect.value];
  $('#tag-summary').textContent = spec?.summary ?? '';
  attributesSet.dataset.tag = tagSelect.value;
  attributesSet.replaceChildren(attributesSet.querySelector('legend')!);
  for (const option of spec?.attributes ?? []) {
    const input = control(option);
    if (option.type === 'boolean') {
      const label = document.createElement('label');
      label.className = 'builder-check';
      label.append(input, ` ${option.name}`);
      const note = document.createElement('p');
      note.className = 'builder-hint';
      note.id = `${input.id}-hint`;
      note.textContent = (option.desc ?? '').replace(/`([^`]*)`/g, '“$1”');
      input.setAttribute('aria-describedby', note.id);
      attributesSet.append(label, note);
    } else field(option.name, input, option.desc ?? '');
  }
}

/** The page settings offered: the text keys; `debug` is the element's own `debug` option here. */
const TEXT_KEYS = KEYS.filter((key): key is TextKey => key !== 'debug');

function showConfig(): void {
  for (const key of TEXT_KEYS) {
    const wrapper = document.createElement('div');
    const label = document.createElement('label');
    label.htmlFor = `config-${key}`;
    label.textContent = CONFIG_LABELS[key] ?? key;
    let input: HTMLInputElement | HTMLSelectElement;
    if (key === 'locale') {
      input = document.createElement('select');
      input.add(new Option("(the page's language)", ''));
      for (const locale of options.locales)
        input.add(new Option(`${LOCALE_NAMES[locale] ?? locale} (${locale})`, locale));
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
  for (const option of options.tags[tagSelect.value]?.attributes ?? []) {
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

/** The prerendered fragment per URL, once fetched: undefined when this build has none. */
const fallbacks = new Map<string, Plain | undefined>();
const fetching = new Set<string>();

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

/**
 * The prerendered plain fragment of the element (dist/html/<locale>/<tag>.plain.html):
 * a Plain, undefined (this build has none), or null while it is fetched
 * (update() runs again when it arrives).
 */
function plainFallback(tag: string, locale: string): Plain | undefined | null {
  const url = new URL(`html/${locale}/${tag}.plain.html`, dist).href;
  if (fallbacks.has(url)) return fallbacks.get(url);
  if (!fetching.has(url)) {
    fetching.add(url);
    fetch(url)
      .then(async (response): Promise<Plain | undefined> => {
        if (!response.ok) return undefined;
        // The file holds the element with its text; the snippet's own tag wraps the text.
        const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
        const element = doc.querySelector(tag);
        if (!element) return undefined;
        const language: Record<string, string> = {};
        for (const name of ['lang', 'dir']) {
          const value = element.getAttribute(name);
          if (value) language[name] = value;
        }
        return {text: element.innerHTML.trim(), language, data: dataBlock(doc)};
      })
      .catch(() => undefined)
      .then((plain) => {
        fallbacks.set(url, plain);
        update();
      });
  }
  return null;
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

function update(): void {
  const tag = tagSelect.value;
  // The controls follow the element picked (the form's input event can come before the select's change).
  if (attributesSet.dataset.tag !== tag) showAttributes();
  const attrs = attributes();
  const config = pageConfig();
  const locale = config.locale;
  const plain = plainFallback(tag, locale ?? 'en');
  fallback.disabled = !plain;
  fallbackNote.textContent =
    plain === null
      ? 'Looking for the prerendered text…'
      : plain === undefined
        ? `Not available: this build has no prerendered text for <${tag}> in ${locale ?? 'en'} ` +
          '(html/ is written by `npm run prerender`).'
        : 'The text shows until the script runs, and stays readable where scripts do not run.' +
          (plain.data
            ? ' With it comes its structured data (schema.org JSON-LD, after the element) for search ' +
              'engines: a data block that never runs.'
            : '');
  if (!integrity) return;
  const text = fallback.checked && plain ? plain : undefined;
  // The prerendered text is in the chosen language: the element says so (lang, dir as the file has them).
  const marked = text && locale ? {...attrs, ...text.language} : attrs;
  // With the text, the fragment's JSON-LD after the element (as npm run prerender writes it): the same
  // facts for crawlers, in the same language; a data block, never run, so no policy refuses it.
  const data = text?.data ? `\n${text.data}` : '';
  const tags = (root: string): string =>
    snippet(integrity!, {base: root, locale, withImportMap: importMap.checked}) +
    configHtml(config) +
    elementHtml(tag, marked, text?.text) +
    data;
  scriptOut.value = `${tags(base())}\n`;
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
  iframeOut.value = iframeSnippet(integrity, {
    ...frameOptions,
    base: base(),
    title: options.tags[tag]?.summary ?? tag,
    height,
    withResize: resize.checked,
  });
  // The preview is the snippet itself, with the files from here (whatever the base field says).
  // A blank page with the snippet pasted in, as on a clinic's site (reloaded only when it changed).
  const page =
    `<!doctype html>\n<html lang="${escapeAttribute(locale ?? 'en')}">\n<head><meta charset="utf-8">` +
    `<title>Preview</title></head>\n<body>\n${tags(dist)}\n</body>\n</html>\n`;
  if (preview.srcdoc !== page) preview.srcdoc = page;
}

async function copy(textarea: HTMLTextAreaElement, out: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(textarea.value);
    out.textContent = 'Copied.';
  } catch {
    // No clipboard permission (or no secure context): the text is selected for Ctrl+C / ⌘C.
    textarea.focus();
    textarea.select();
    out.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

async function start(): Promise<void> {
  for (const [tag, spec] of Object.entries(options.tags))
    tagSelect.add(new Option(`<${tag}> ${spec.summary}`, tag));
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
