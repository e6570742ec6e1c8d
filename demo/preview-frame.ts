/*
 * One locale of the translation preview (demo/translate.html shows two of
 * these side by side). Query: `locale` (default `en`), `dir` (the folder of
 * XLIFF files the dev server may preview, default `locales`).
 *
 * - `en`: the English source.
 * - `en-XA`: the pseudo-locale (`node scripts/i18n-pseudo.mjs`).
 * - any other locale: /__dw-i18n/preview/<locale>.js, built by the dev
 *   server (scripts/i18n/preview-plugin.mjs) from <dir>/<locale>.xlf as it
 *   is now, every message without a <target> as its English text behind
 *   "⚠EN⟩ ". It replaces the shipped module through registerDevLocale(),
 *   which works only before the first widget connects: so this module
 *   registers first and only then adds the widgets.
 *
 * Every element the bundle registers (read from src/define.ts) is shown,
 * with the attributes that make all its text appear, plus the inquiry form
 * after an empty submit (its error messages). Text that only assistive
 * technology hears (aria-label, title…) is listed under each element.
 */
import '../src/define.js';
import {directionOf, localeReady, registerDevLocale} from '../src/core/locale.js';

const params = new URLSearchParams(location.search);
const locale = params.get('locale') || 'en';
const dir = params.get('dir') || 'locales';

/** What the parent page (demo/translate.html) hears from this frame. */
export interface PreviewMessage {
  type: 'dw-preview-ready' | 'dw-preview-error';
  locale: string;
  error?: string;
}

const status = document.querySelector<HTMLElement>('#preview-status')!;
const main = document.querySelector<HTMLElement>('#preview')!;

let loadError: string | undefined;

function report(message: PreviewMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, location.origin);
}

function fail(text: string): void {
  loadError = text;
  status.textContent = text;
  document.documentElement.dataset.previewState = 'error';
  report({type: 'dw-preview-error', locale, error: text});
}

/** A loader that tells the page (and the translator) why a locale did not load. */
function reported(loader: () => Promise<unknown>, why: string): () => Promise<{templates: unknown}> {
  return async () => {
    try {
      return (await loader()) as {templates: unknown};
    } catch (error) {
      fail(`${why}; showing English.\n${String(error)}`);
      throw error;
    }
  };
}

if (locale === 'en-XA') {
  registerDevLocale(
    'en-XA',
    reported(
      () => import('../src/generated/pseudo/en-XA.js'),
      'The pseudo-locale is not generated: run `node scripts/i18n-pseudo.mjs`'
    )
  );
} else if (locale !== 'en') {
  const url = `/__dw-i18n/preview/${encodeURIComponent(locale)}.js?dir=${encodeURIComponent(dir)}&t=${Date.now()}`;
  registerDevLocale(
    locale,
    reported(() => import(url), `The ${locale} preview could not be built from ${dir}/${locale}.xlf`)
  );
}
document.documentElement.lang = locale;
document.documentElement.dir = directionOf(locale);

/** Attributes that make all of an element's text appear; an element not listed here is shown bare. */
const SHOWCASE: Record<
  string,
  Array<{label: string; attributes: Record<string, string>; emptySubmit?: boolean}>
> = {
  'dystonia-types': [{label: 'open="all"', attributes: {open: 'all'}}],
  'symptom-areas': [{label: 'selected="neck"', attributes: {selected: 'neck'}}],
  'patient-testimonial': [
    // A long period: the stop button (and its label) shows, but nothing moves while comparing.
    {label: 'rotate="3600"', attributes: {rotate: '3600'}},
  ],
  'clinic-approach': [{label: 'clinic-name="Cerebrum"', attributes: {'clinic-name': 'Cerebrum'}}],
  'inquiry-cta': [
    {label: 'link, phone and form', attributes: ctaAttributes()},
    {label: 'after sending the empty form (error messages)', attributes: ctaAttributes(), emptySubmit: true},
    {label: 'no clinic name (neutral heading)', attributes: {href: 'https://example.com/contact'}},
  ],
  'dystonia-guide': [
    {label: 'clinic-name="Cerebrum" (the whole page)', attributes: {'clinic-name': 'Cerebrum'}},
  ],
};

function ctaAttributes(): Record<string, string> {
  return {
    'clinic-name': 'Cerebrum',
    href: 'https://example.com/contact',
    phone: '+1 555 0100',
    action: '/demo-api/inquiry',
    'privacy-url': 'https://example.com/privacy',
  };
}

/** The tags src/define.ts registers, in its order. */
async function registeredTags(): Promise<string[]> {
  const response = await fetch('/src/define.ts');
  if (!response.ok) throw new Error(`/src/define.ts: HTTP ${response.status}`);
  const source = await response.text();
  // The dev server serves it compiled: `import "./elements/<tag>/define.ts";`.
  const tags = [...source.matchAll(/import\s*['"]\.\/elements\/([a-z0-9-]+)\/define\.(?:js|ts)['"]/g)].map(
    (m) => m[1]
  );
  if (tags.length === 0) throw new Error('/src/define.ts registers no element (or its imports changed form)');
  return tags;
}

type Updatable = HTMLElement & {updateComplete?: Promise<unknown>};

/** Every element under root, through shadow roots. */
function* allElements(root: Document | ShadowRoot | Element): Generator<Element> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

/** Waits until no widget, nested ones included, has a render pending. */
async function settle(): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const pending = [...allElements(document)]
      .filter((el): el is Updatable => el.localName.includes('-') && 'updateComplete' in el)
      .map((el) => el.updateComplete);
    const results = await Promise.all(pending);
    // updateComplete resolves to false while another update is queued.
    if (results.every((done) => done !== false)) return;
  }
}

const HIDDEN_TEXT_ATTRIBUTES = [
  'aria-label',
  'aria-roledescription',
  'aria-description',
  'title',
  'alt',
  'placeholder',
];

/** Text only assistive technology (or a tooltip) gives: accessible names, SVG titles. */
function hiddenTexts(widget: Element): string[] {
  const found = new Set<string>();
  for (const element of [widget, ...allElements(widget.shadowRoot ?? widget)]) {
    for (const name of HIDDEN_TEXT_ATTRIBUTES) {
      const value = element.getAttribute(name)?.trim();
      if (value) found.add(value);
    }
    if (element.localName === 'title' && element.closest('svg'))
      found.add((element.textContent ?? '').trim());
  }
  return [...found].filter(Boolean);
}

function section(
  tag: string,
  label: string,
  attributes: Record<string, string>
): {block: HTMLElement; widget: HTMLElement} {
  const block = document.createElement('section');
  block.className = 'preview-section';
  block.dataset.tag = tag;
  const title = document.createElement('h2');
  title.className = 'preview-label';
  title.lang = 'en';
  title.dir = 'ltr';
  title.textContent = `<${tag}> ${label}`;
  const widget = document.createElement(tag);
  widget.setAttribute('heading-level', '3');
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  block.append(title, widget);
  main.append(block);
  return {block, widget};
}

const MARKER = '⚠EN⟩';

/**
 * Highlights every text that fell back to English (the marker starts it),
 * with the CSS Custom Highlight API: nothing is added to the widgets' DOM.
 */
function highlightFallbacks(): number {
  const ranges: Range[] = [];
  const roots: Array<Document | ShadowRoot> = [document];
  for (const element of allElements(document)) if (element.shadowRoot) roots.push(element.shadowRoot);
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes(MARKER)) continue;
      const range = new Range();
      range.selectNodeContents(node);
      ranges.push(range);
    }
  }
  if (!('highlights' in CSS)) return ranges.length;
  CSS.highlights.set('dw-fallback', new Highlight(...ranges));
  // ::highlight() applies in the tree where the text is: each shadow root gets the rule.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(dw-fallback) { background-color: #ffe08a; color: #000; }');
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return ranges.length;
}

async function render(): Promise<void> {
  const tags = await registeredTags();
  const shown: Array<{block: HTMLElement; widget: HTMLElement; emptySubmit?: boolean}> = [];
  for (const tag of tags) {
    for (const {label, attributes, emptySubmit} of SHOWCASE[tag] ?? [{label: '', attributes: {}}]) {
      shown.push({...section(tag, label, attributes), emptySubmit});
    }
  }
  await localeReady();
  await settle();
  for (const {widget, emptySubmit} of shown) {
    if (emptySubmit) widget.shadowRoot?.querySelector('form')?.requestSubmit();
  }
  await settle();
  // The form moved focus to its first error; the comparison starts at the top.
  window.scrollTo(0, 0);
  for (const {block, widget} of shown) {
    const texts = hiddenTexts(widget);
    if (texts.length === 0) continue;
    const details = document.createElement('details');
    details.className = 'preview-hidden-text';
    const summary = document.createElement('summary');
    summary.lang = 'en';
    summary.textContent = `Text heard by screen readers or shown as tooltips (${texts.length})`;
    const list = document.createElement('ul');
    for (const text of texts) {
      const item = document.createElement('li');
      item.textContent = text;
      list.append(item);
    }
    details.append(summary, list);
    block.append(details);
  }
  document.documentElement.dataset.fallbacks = String(highlightFallbacks());
  if (!loadError) {
    document.documentElement.dataset.previewState = 'ready';
    report({type: 'dw-preview-ready', locale});
  }
}

render().catch((error: unknown) => fail(`The preview could not be shown: ${String(error)}`));
