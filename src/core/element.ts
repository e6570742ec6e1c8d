import {LitElement} from 'lit';
import {property} from 'lit/decorators.js';
import {updateWhenLocaleChanges} from '@lit/localize';
import {DEFAULT_HEADING_LEVEL, isHeadingLevel} from './heading.js';
import {directionOf, getLocale, startLocalization} from './locale.js';
import {VERSION} from './version.js';
import {warnOnce} from './warn.js';

/**
 * @internal
 * What every widget shares: re-rendering on locale changes, the
 * `heading-level` attribute, warnings prefixed with the tag name, and the
 * version that `define()` compares.
 */
export class DwElement extends LitElement {
  /** The version of dystonia-widgets that defined this element. */
  static readonly version = VERSION;

  /** Level (1–6) of the element's top heading; inner headings follow it. */
  @property({attribute: 'heading-level', type: Number, reflect: false})
  headingLevel = DEFAULT_HEADING_LEVEL;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    startLocalization(this.localName);
  }

  /** The validated heading level: invalid values warn once and give 2. */
  protected get level(): number {
    if (isHeadingLevel(this.headingLevel)) return this.headingLevel;
    this.warn(
      `heading-level="${this.getAttribute('heading-level') ?? this.headingLevel}" is not ` +
        `a whole number from 1 to 6; using ${DEFAULT_HEADING_LEVEL}.`
    );
    return DEFAULT_HEADING_LEVEL;
  }

  /** `lang` and `dir` of the rendered text, for the element's base wrapper. */
  protected get language(): {lang: string; dir: 'ltr' | 'rtl'} {
    const lang = getLocale();
    return {lang, dir: directionOf(lang)};
  }

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

  protected warn(message: string): void {
    warnOnce(this.localName, message);
  }
}
