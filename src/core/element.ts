import {
  html,
  isServer,
  LitElement,
  supportsAdoptingStyleSheets,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {pageConfig} from './config.js';
import {common} from './element.schema.js';
import {levelOf} from './heading.js';
import {LanguageController} from './language-controller.js';
import {directionOf, localeWait, requestedLocale, withLocale} from './locale.js';
import {camel, declaration, type Props, type Schema} from './schema.js';
import {litLoaded} from './trusted-types-guard.js';
import {VERSION} from './version.js';
import {cut, shown, warnOnce} from './warn.js';

litLoaded();

/** Each class's style sheets, constructed again for each other window its elements moved to. */
const sheetsByWindow = new WeakMap<Window, WeakMap<object, CSSStyleSheet[]>>();

// The schema's properties, typed: declared once, in the schema (see Props).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface DwElement extends Props<typeof common> {}

/**
 * @internal
 * What every widget shares: the `base` wrapper carrying the text's `lang`
 * and `dir` (re-rendered on locale changes), the `heading-level`
 * attribute, warnings prefixed with the tag name, and the version that
 * `define()` compares.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class DwElement extends LitElement {
  /** The version of dystonia-widgets that defined this element. */
  static readonly version = VERSION;

  /**
   * The element's attributes, declared once (src/core/schema.ts): each
   * class's own schema becomes its Lit properties (see finalize) and their
   * defaults (see the constructor).
   */
  static schema: Schema = common;

  /** Lit reads only a class's own `properties`: each class's own `schema` is added here instead. */
  protected static override finalize(): void {
    const {schema} = this;
    if (!this.hasOwnProperty('finalized') && this.hasOwnProperty('schema'))
      for (const name of Object.keys(schema))
        this.createProperty(camel(name), declaration(name, schema[name]));
    super.finalize();
  }

  constructor() {
    super();
    const {schema} = this.constructor as typeof DwElement;
    for (const name of Object.keys(schema)) {
      const value = schema[name].default;
      if (value !== undefined) (this as unknown as Record<string, unknown>)[camel(name)] = value;
    }
  }

  /**
   * Whether the element renders headings. One without (a testimonial)
   * accepts `heading-level` for a uniform API but neither uses nor checks it.
   */
  protected static headed = true;

  /** `lang` and `dir` of the rendered text. */
  protected readonly language = new LanguageController(this);

  /** The validated heading level (set in willUpdate): invalid values warn once and give the default. */
  protected level: number = common['heading-level'].default;

  /**
   * Attributes are validated here, once per update, never in a getter or in
   * render: subclasses validate theirs in their own willUpdate and call this.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server render (npm run prerender, @lit-labs/ssr) marks the element with the version that
    // rendered it: src/core/hydration.ts hydrates only markup of its own version.
    if (isServer) this.setAttribute('data-dw-version', VERSION);
    // The panel's code, text and styles are a lazy chunk (./debug-panel.ts): nothing else when off;
    // none in a server render (the panel watches the document).
    if (!isServer && (this.debug || pageConfig(this.localName).debug))
      void import('./debug-panel.js').then((panel) =>
        panel.init(this, html, pageConfig, requestedLocale, shown, cut)
      );
    if (!changed.has('headingLevel') || !(this.constructor as typeof DwElement).headed) return;
    const value = this.headingLevel;
    this.level = levelOf(value, this.getAttribute('heading-level') ?? value, (message) => this.warn(message));
  }

  /**
   * The first render waits for the page's locale (localeWait(), at most
   * LOCALE_TIMEOUT_MS), so the widget paints nothing rather than English that is
   * then replaced. Delaying the update, not refusing it, keeps every
   * property change for willUpdate.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // The element's language (the page's, or its own) while its translation loads: no English painted first.
    const wait = localeWait(this.language.wanted);
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Prerendered HTML (a declarative shadow root, dist/html/) under a bundle
   * without hydration support: Lit would render after it (duplicate text),
   * so it is rendered afresh in its place. Prerendered plain text (the
   * element's children, `.plain.html`) stays shown through a slot until the
   * first render, which waits for the page's language: never a blank frame.
   * src/hydrate.ts removes this.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    const root = super.createRenderRoot();
    // Our templates have no slot: this is the only one, removed by the first render().
    root.append(document.createElement('slot'));
    return root;
  }

  protected override render(): TemplateResult {
    // The prerendered text's slot goes in the same task as the text replacing it arrives (a server
    // render has no render root).
    this.renderRoot?.querySelector('slot')?.remove();
    // Resolved once per render: its direction follows from it.
    const {lang} = this.language;
    // msg() in the element's own language while it renders (its sections render in theirs).
    return withLocale(
      lang,
      () =>
        html`<div part="base" class="base" lang=${lang} dir=${directionOf(lang)}>${this.renderContent()}</div>`
    );
  }

  /** The element's content, inside the `base` wrapper. */
  protected abstract renderContent(): unknown;

  /**
   * Moves focus to the element's top heading (made focusable by script
   * only), e.g. for in-page navigation, which fragment links cannot do
   * across shadow roots.
   */
  focusHeading(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('[part="heading"]');
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  }

  /**
   * Moved into another document (adoptNode into an iframe): a constructed
   * style sheet applies only in the document it was made for, so the shadow
   * root would lose every style. Make the sheets again in the new window.
   */
  adoptedCallback(): void {
    this.restyle();
  }

  /**
   * Adopts the class's style sheets again, made for the element's window:
   * after a move to another document, or when styles were added to the
   * class after the shadow root was made (the inquiry form's).
   */
  protected restyle(): void {
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    // Without constructed sheets Lit adds <style> elements, which move along.
    if (!view || !this.shadowRoot || !supportsAdoptingStyleSheets) return;
    this.shadowRoot.adoptedStyleSheets = sheetsFor(this, view);
  }

  protected warn(message: string): void {
    warnOnce(this.localName, message);
  }
}

/** The class's style sheets made again for a window (once per window and class). */
function sheetsFor(element: DwElement, view: Window & typeof globalThis): CSSStyleSheet[] {
  const type = element.constructor as typeof DwElement;
  let byClass = sheetsByWindow.get(view);
  if (!byClass) sheetsByWindow.set(view, (byClass = new WeakMap()));
  let sheets = byClass.get(type);
  // Made again when the class gained styles (the inquiry form's, loaded later).
  if (sheets?.length !== type.elementStyles.length) {
    sheets = type.elementStyles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync('cssText' in style ? style.cssText : '');
      return sheet;
    });
    byClass.set(type, sheets);
  }
  return sheets;
}
