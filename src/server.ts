/**
 * The server-only entry (`dystonia-widgets/server`, built into dist/lib
 * only): server renders of the elements, which it registers (the package
 * entry's graph). Not part of the browser bundle.
 *
 * ```js
 * import {renderToString} from 'dystonia-widgets/server';
 * const html = await renderToString('<dystonia-causes></dystonia-causes>', {locale: 'es'});
 * ```
 *
 * renderToString() needs `@lit-labs/ssr` (an optional peer dependency: only
 * servers install it), imported when first called, so importing this module
 * never fails without it.
 */
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import {
  defaultTreeAdapter,
  html as spec,
  parse,
  parseFragment,
  serialize,
  type DefaultTreeAdapterMap,
} from 'parse5';
import './define.js';
import {DwElement} from './core/element.js';
import {
  isLoaded,
  loadLocale,
  localeFor,
  matchLocale,
  runWithDefaultLocale,
  shippedLocales,
  type Locale,
} from './core/locale.js';
import {createHash} from 'node:crypto';
import {cut, warnOnce} from './core/warn.js';
import {structuredDataFor} from './seo/json-ld.js';

export {useServerLocale} from './core/locale.js';
export {shippedLocales, getLocale, directionOf, type Locale} from './core/locale.js';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

const isShadowRootMode = (attr: {name: string}): boolean => attr.name === 'shadowrootmode';

/** Options of renderToString(). */
export interface RenderToStringOptions {
  /**
   * The default language: what the elements without a `lang` of their own
   * (or an ancestor's in the markup) render in, as the page's language does
   * in a browser. A shipped locale or a tag that maps to one (`es-MX`);
   * anything else gives English with one warning. Default: English.
   */
  locale?: Locale | (string & {});
}

/** A whole document keeps its doctype, <html>, <head> and <body>; anything else is a fragment. */
const parseMarkup = (markup: string): ParentNode =>
  /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype|html[\s>])/i.test(markup) ? parse(markup) : parseFragment(markup);

/** What @lit-labs/ssr's render() gives: strings, nested results and promises of more. */
type RenderResult = Iterable<unknown>;

/** Warnings about a call rather than an element. */
const WARN_AS = 'dystonia-widgets';

/**
 * Attribute names kept on an element: what an HTML attribute is named, never
 * Lit's binding prefixes (`.` `?` `@`) or a character that would end the name.
 */
const ATTRIBUTE_NAME = /^[a-z_][a-z0-9_.:-]*$/;

/** One of our elements in the markup, with the language it inherits and the one it asks for. */
interface Widget {
  tag: string;
  attrs: Array<[string, string]>;
  /** The default it renders in: its nearest ancestor's `lang` in the markup, else the call's locale. */
  inherited: Locale;
  /** Its own `lang`, as written (trimmed), if any. */
  own?: string;
}

let ssr: Promise<{render(value: unknown): RenderResult}> | undefined;

/** @lit-labs/ssr, imported once, when a server render first needs it. */
function litSsr(): NonNullable<typeof ssr> {
  return (ssr ??= import('@lit-labs/ssr').catch((error: unknown) => {
    ssr = undefined;
    throw new Error(`renderToString() needs @lit-labs/ssr (npm install @lit-labs/ssr): ${cut(error, 200)}`);
  }));
}

/** Whether `tag` is one of this package's elements (registered where @lit-labs/ssr looks them up). */
function ours(tag: string): boolean {
  const type = globalThis.customElements?.get(tag);
  return !!type && type.prototype instanceof DwElement;
}

/**
 * The template `<tag name=${value} …></tag>`: the tag and the attribute
 * names are static (the tag a registered element of ours, each name checked
 * against ATTRIBUTE_NAME), every value a binding, so Lit escapes it. The
 * parts between them are this function's own constants, in the order a
 * template literal would have them.
 */
function template(tag: string, attrs: Array<[string, string]>): unknown {
  const strings = ['<'];
  const values: unknown[] = [unsafeStatic(tag)];
  for (const [name, value] of attrs) {
    strings.push(' ', '=');
    values.push(unsafeStatic(name), value);
  }
  strings.push('></', '>');
  values.push(unsafeStatic(tag));
  return staticHtml(strings as unknown as TemplateStringsArray, ...values);
}

/**
 * Renders `result` chunk by chunk, each step inside `locale` as the default
 * language: an element renders synchronously within a step, so calls that
 * interleave at the awaits between steps never see each other's language.
 */
async function drain(result: RenderResult, locale: Locale): Promise<string> {
  const iterator = result[Symbol.iterator]();
  let out = '';
  for (;;) {
    const step = runWithDefaultLocale(locale, () => iterator.next());
    if (step.done) return out;
    let value: unknown = step.value;
    // A promise (an asynchronous part): awaited outside the locale, like any other call's.
    if (typeof (value as Promise<unknown> | undefined)?.then === 'function') value = await value;
    if (typeof value === 'string') out += value;
    // @lit-labs/ssr's iterator hands back itself when it has taken in what the promise gave.
    else if (value !== iterator && value && typeof value === 'object' && Symbol.iterator in value)
      out += await drain(value as RenderResult, locale);
  }
}

/** The element as @lit-labs/ssr renders it, without the markers of the one-element template around it. */
async function renderWidget({tag, attrs, inherited}: Widget): Promise<string> {
  const {render} = await litSsr();
  const result = runWithDefaultLocale(inherited, () => render(template(tag, attrs)));
  const out = await drain(result, inherited);
  // The one-element template's own markers (its part, and the node its bindings are on):
  // the element is not hydrated as part of a template, only its shadow root is.
  return out.replace(/^<!--lit-part[^>]*-->(<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
}

/** A non-empty `lang` attribute, trimmed. */
function langOf(element: Element): string | undefined {
  return element.attrs.find((a) => a.name === 'lang')?.value.trim() || undefined;
}

/**
 * Renders each of this package's elements in `markup` (HTML as an editor
 * pastes it: our tags and attributes, any other HTML around them) with its
 * declarative shadow DOM, as @lit-labs/ssr renders it, so that
 * `dystonia-widgets.hydrate.js` hydrates it. Each rendered element carries
 * `data-dw-version`; one that states facts about the condition is followed by
 * its schema.org JSON-LD. The rest of the markup is kept as an HTML parser
 * reads it (parse5, serialized again: text stays escaped, nothing in it runs
 * here), and so are an element's children (its declarative shadow root from
 * an earlier render is replaced).
 *
 * An element renders in its own `lang`, else its nearest ancestor's in the
 * markup, else `options.locale`. Each call's language is its own: calls may
 * run concurrently in different languages.
 */
export async function renderToString(markup: string, options?: RenderToStringOptions): Promise<string> {
  if (typeof markup !== 'string')
    throw new TypeError(`renderToString(): markup must be a string, not ${typeof markup}`);
  const wanted = options?.locale;
  const fallback =
    wanted === undefined ? shippedLocales[0] : localeFor(wanted, 'renderToString() locale %s', WARN_AS);
  const root = parseMarkup(markup);
  // Each element is replaced by two markers around its children, filled in once it has rendered.
  const nonce = `dw-${crypto.randomUUID()}`;
  const widgets: Widget[] = [];

  const walk = (parent: ParentNode, inherited: string | undefined): void => {
    for (const node of [...parent.childNodes]) {
      if (!('tagName' in node)) continue;
      const own = langOf(node);
      // <html lang> is the page's language, which options.locale stands for (as in a browser).
      const lang = node.tagName === 'html' ? inherited : (own ?? inherited);
      if (node.tagName === 'template') {
        // A declarative shadow root's content is rendered like the rest; an inert template's is left as it is.
        if (node.attrs.some(isShadowRootMode)) walk((node as Template).content, lang);
        continue;
      }
      walk(node, lang);
      if (node.namespaceURI !== spec.NS.HTML || !ours(node.tagName)) continue;
      const tag = node.tagName;
      const attrs: Array<[string, string]> = [];
      for (const {name, value} of node.attrs) {
        if (ATTRIBUTE_NAME.test(name)) attrs.push([name, value]);
        else warnOnce(tag, `renderToString(): attribute "${cut(name)}" left out (not an attribute name).`);
      }
      const index = widgets.push({
        tag,
        attrs,
        // As the element's own language controller says it, for the same warning.
        inherited: inherited === undefined ? fallback : localeFor(inherited, 'lang=%s', tag),
        own,
      });
      const marker = (side: string): ChildNode => {
        const comment = defaultTreeAdapter.createCommentNode(`${nonce}:${index - 1}:${side}`);
        comment.parentNode = parent;
        return comment;
      };
      // Its children stay (hidden by its shadow root, as in a browser); an earlier render's shadow root goes.
      const children = node.childNodes.filter(
        (child) => !('tagName' in child && child.tagName === 'template' && child.attrs.some(isShadowRootMode))
      );
      for (const child of children) child.parentNode = parent;
      parent.childNodes.splice(
        parent.childNodes.indexOf(node),
        1,
        marker('open'),
        ...children,
        marker('close')
      );
    }
  };
  walk(root, undefined);

  // Every language needed, loaded before anything renders: each element's default and its own lang.
  const locales = new Set<Locale>([fallback]);
  for (const {inherited, own} of widgets) {
    locales.add(inherited);
    const asked = own === undefined ? undefined : matchLocale(own);
    if (asked) locales.add(asked);
  }
  await Promise.all([...locales].map((locale) => loadLocale(locale)));

  const parts = new Map<string, string>();
  for (const [index, widget] of widgets.entries()) {
    const rendered = await renderWidget(widget);
    const end = `</${widget.tag}>`;
    if (!rendered.endsWith(end))
      throw new Error(`renderToString(): <${widget.tag}> did not render as one element`);
    // Its structured data, in the language its text is in (the element's own lang when it has a translation).
    const shown =
      widget.own === undefined ? widget.inherited : (matchLocale(widget.own) ?? shippedLocales[0]);
    const locale = isLoaded(shown) ? shown : shippedLocales[0];
    const data = runWithDefaultLocale(locale, () => structuredDataFor(widget.tag, locale));
    parts.set(`${index}:open`, rendered.slice(0, -end.length));
    parts.set(`${index}:close`, data ? `${end}\n${data}` : end);
  }
  return serialize(root).replace(new RegExp(`<!--${nonce}:(\\d+:(?:open|close))-->`, 'g'), (_, key: string) =>
    parts.get(key)!
  );
}

/**
 * The Content-Security-Policy sources of the `<style>` elements in a server
 * render (`'sha256-…'`, each once), for the page's `style-src`: each
 * element's styles are an inline `<style>` in its declarative shadow root,
 * which a page with `style-src 'self'` refuses, and hydration keeps the
 * shadow root as it is, styles included. The hashes change with the styles
 * (with a version of this package): compute them per response, or per
 * version at start-up.
 *
 * ```js
 * const html = await renderToString('<dystonia-types></dystonia-types>', {locale: 'es'});
 * response.setHeader('content-security-policy', `style-src 'self' ${styleHashes(html).join(' ')}`);
 * ```
 */
export function styleHashes(html: string): string[] {
  const hashes = new Set<string>();
  const visit = (parent: ParentNode): void => {
    for (const node of parent.childNodes) {
      if (!('tagName' in node)) continue;
      if (node.tagName === 'style') {
        // The text as the browser hashes it: the element's raw text, exactly as written.
        const css = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
        hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
      }
      visit(node.tagName === 'template' ? (node as Template).content : node);
    }
  };
  visit(parseMarkup(html));
  return [...hashes];
}
