import type {html as litHtml, ReactiveElement, TemplateResult} from 'lit';
import type {pageConfig as dwPageConfig} from './config.js';
import type {requestedLocale as dwRequestedLocale} from './locale.js';
import type {cut as dwCut} from './warn.js';

/**
 * The debug panel: what an element with `debug` (or every element, with page
 * config `"debug": true`) shows after its content, in plain English for the
 * page's editor. English only, like the console warnings: none of this text
 * goes through msg(), so the locale chunks do not grow.
 *
 * Loaded with `import()` by src/core/element.ts only when debug is on, so
 * it costs nothing when off. It imports types only: built, it is a chunk of
 * its own that must import nothing (build/lazy-chunks-import-nothing.mjs,
 * lazyChunksImportNothing); Lit and the core come through {@link init}.
 *
 * Every value shown (attribute names and values, URLs, messages) is a
 * binding in an html`` template: text, never HTML.
 */

/** What this module uses from the bundle that loaded it (handed over as arguments: fewer bytes in the core). */
interface DebugDeps {
  html: typeof litHtml;
  pageConfig: typeof dwPageConfig;
  requestedLocale: typeof dwRequestedLocale;
  /** Every warning shown on the page, as logged (src/core/warn.ts). */
  shown: ReadonlySet<string>;
  /** Quotes a value as the warnings do: at most 60 characters, no bidi controls. */
  cut: typeof dwCut;
}

/** The parts of a widget the panel reads (DwElement, seen from outside). */
type Host = ReactiveElement & {
  debug?: boolean;
  render(): unknown;
  missing?(): string;
  constructor: {observedAttributes: string[]; version?: string; source?: string};
  [setting: string]: unknown;
};

let deps: DebugDeps;

/** Elements showing a panel, re-rendered when the page blocks something. */
const hosts = new Set<Host>();

/** Blocked content seen since the panel loaded, as sentences; at most MAX_BLOCKED. */
const blocked: string[] = [];
const MAX_BLOCKED = 20;

/** Attributes every HTML element accepts (besides data-*, aria-* and on…). */
const GLOBAL = new Set(
  (
    'id class style lang dir hidden title slot part exportparts tabindex role is inert accesskey autofocus ' +
    'autocapitalize contenteditable draggable enterkeyhint inputmode nonce popover spellcheck translate ' +
    'itemid itemprop itemref itemscope itemtype writingsuggestions'
  ).split(' ')
);

/** The panel's styles: a dashed border (kept in forced colours), logical properties only. */
const CSS = `.debug{display:block;margin-block:var(--_spacing);padding-block:.5em;padding-inline:1em;
border:2px dashed currentColor;font-size:.9em;overflow-wrap:anywhere}
.debug p{margin-block:.5em 0;margin-inline:0}.debug ul{margin-block:.25em 0;margin-inline:0;padding-inline-start:1.25em}`;

const sheets = new WeakMap<Window, CSSStyleSheet>();

/**
 * Called by src/core/element.ts on every update of an element whose debug
 * is on: the first call for an element adds the panel after its content
 * (wrapping its render()) and watches its attributes, so an attribute
 * added, changed or removed shows in the panel.
 */
export function init(
  element: ReactiveElement,
  html: DebugDeps['html'],
  pageConfig: DebugDeps['pageConfig'],
  requestedLocale: DebugDeps['requestedLocale'],
  shown: DebugDeps['shown'],
  cut: DebugDeps['cut']
): void {
  deps = {html, pageConfig, requestedLocale, shown, cut};
  // render() is protected: the panel wraps it from outside.
  const host = element as unknown as Host;
  if (hosts.has(host)) return;
  if (!hosts.size) document.addEventListener('securitypolicyviolation', onViolation);
  hosts.add(host);
  const render = host.render;
  host.render = () => deps.html`${render.call(host)}${on(host) ? panel(host) : undefined}`;
  // No prototype: a polluted Object.prototype adds no option (childList, attributeFilter…).
  new MutationObserver(() => host.requestUpdate()).observe(host, {
    __proto__: null,
    attributes: true,
  } as MutationObserverInit);
  host.requestUpdate();
}

/** Whether the element's debug is on: its attribute, or the page config. */
function on(host: Host): boolean {
  return !!host.debug || !!deps.pageConfig(host.localName).debug;
}

function onViolation(event: SecurityPolicyViolationEvent): void {
  if (blocked.length >= MAX_BLOCKED) blocked.shift();
  blocked.push(violation(event));
  for (const host of hosts) host.requestUpdate();
}

/** A CSP or Trusted Types violation as a sentence. */
function violation(event: SecurityPolicyViolationEvent): string {
  const rule = event.effectiveDirective || event.violatedDirective;
  const uri = event.blockedURI;
  const what =
    uri === 'inline'
      ? 'code or styles written into the page itself'
      : uri === 'eval'
        ? 'code made from text (eval)'
        : uri === 'trusted-types-policy'
          ? `a Trusted Types policy named "${deps.cut(event.sample)}"`
          : uri === 'trusted-types-sink'
            ? 'HTML or script written into the page as text'
            : uri
              ? `"${deps.cut(uri)}"`
              : 'something';
  return (
    `The page's security policy ${event.disposition === 'report' ? 'reported (but allowed)' : 'blocked'} ` +
    `${what} (rule "${rule}").`
  );
}

function styles(host: Host): void {
  const root = host.shadowRoot;
  const view = host.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!root || !view || !('adoptedStyleSheets' in root)) return;
  let sheet = sheets.get(view);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(CSS);
    sheets.set(view, sheet);
  }
  // Again after a restyle (the element moved to another document) replaced the list.
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const SOURCES: Record<string, string> = {
  'setLocale()': 'a script on the page (setLocale())',
  'page config "locale"': 'the page settings (page config "locale")',
  '<html lang>': 'the language of the page (<html lang>)',
  lang: 'its lang attribute, or an ancestor’s',
};

/** "fr (French)", or the tag alone where the browser has no name for it. */
function language(tag: string): string {
  try {
    // No prototype: the options are these, whatever a polluted Object.prototype says (fallback, style…).
    const name = new Intl.DisplayNames(['en'], {
      __proto__: null,
      type: 'language',
    } as Intl.DisplayNamesOptions).of(tag);
    return name && name !== tag ? `${tag} (${name})` : tag;
  } catch {
    return tag;
  }
}

function list(items: readonly string[], none: string): TemplateResult {
  const {html} = deps;
  return items.length ? html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` : html`<p>${none}</p>`;
}

function panel(host: Host): TemplateResult {
  const {html} = deps;
  styles(host);
  const tag = host.localName;
  const type = host.constructor;
  const known = type.observedAttributes;
  const unknown = host
    .getAttributeNames()
    .filter((name) => !known.includes(name) && !GLOBAL.has(name) && !/^(data-|aria-|on)/.test(name))
    .map(
      (name) =>
        `"${deps.cut(name)}"${host.getAttribute(name) ? ` (set to "${deps.cut(host.getAttribute(name))}")` : ''} is not ` +
        `a setting of <${tag}>, so it does nothing. Its settings: ${known.join(', ')}.`
    );
  // What the element lacks to be of use, from the element (only <inquiry-cta> lacks anything); it warns it too.
  const missing = host.missing?.() ?? '';
  const prefix = `[dystonia-widgets] <${tag}>: `;
  const problems = [...deps.shown]
    .filter((text) => text.startsWith(prefix))
    .map((text) => text.slice(prefix.length))
    .filter((text) => text !== missing);
  const own = (host.language as {asked?: string}).asked;
  const asked = own ? {tag: own, source: 'lang'} : deps.requestedLocale();
  // The element's LanguageController: the locale its text is rendered in.
  const shownLocale = (host.language as {lang: string}).lang;
  return html`<div part="debug" class="debug" role="region" aria-label="Debug">
    <p><strong>Debug</strong>: notes for the page's editor about this &lt;${tag}&gt;. Remove the debug attribute
      (or page config "debug") to hide them.</p>
    <p><strong>Unknown attributes</strong></p>
    ${list(unknown, 'None.')}
    <p><strong>Problems with values</strong> (warnings for every &lt;${tag}&gt; on this page, each given once)</p>
    ${list(problems, 'None.')}
    <p><strong>Missing settings</strong></p>
    ${list(missing ? [missing] : [], 'None.')}
    <p><strong>Language</strong></p>
    <ul>
      <li>
        Asked for: ${asked.tag.trim() ? language(deps.cut(asked.tag.trim())) : 'nothing'}, from ${SOURCES[asked.source]}.
      </li>
      <li>Shown: ${language(shownLocale)}.</li>
    </ul>
    <p><strong>Blocked by the page's security policy</strong> (since this panel opened)</p>
    ${list(blocked, 'Nothing.')}
    <p><strong>Version</strong> ${deps.cut(type.version ?? '?')}, loaded from ${deps.cut(type.source ?? 'an unknown address')}</p>
  </div>`;
}
