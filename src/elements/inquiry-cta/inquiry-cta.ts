import {
  adoptStyles,
  css,
  html,
  nothing,
  supportsAdoptingStyleSheets,
  type CSSResult,
  type PropertyValues,
} from 'lit';
import {msg} from '@lit/localize';
import {ifDefined} from 'lit/directives/if-defined.js';
import {setting} from '../../core/config.js';
import {cut, warnOnce} from '../../core/warn.js';
import {DwElement} from '../../core/element.js';
import {emit} from '../../core/events.js';
import {heading} from '../../core/heading.js';
import {buttonStyles} from '../../core/button-styles.js';
import {baseStyles} from '../../core/styles.js';
import {allowedUrl, isPhoneNumber, phoneHref, type UrlScheme} from '../../core/url.js';
import {ctaContent} from '../../content/cta.js';
import type {InquiryErrorReason, InquiryForm, InquiryPayload} from './inquiry-form.js';
import type {Props} from '../../core/schema.js';
import {schema} from './inquiry-cta.schema.js';
import {styles} from './inquiry-cta.styles.js';

export type {InquiryErrorReason, InquiryPayload};

export interface InquirySubmitDetail {
  /** What will be sent; listeners may add fields. Call `preventDefault()` to send nothing. */
  payload: InquiryPayload;
}

export interface InquirySuccessDetail {
  /** The endpoint's HTTP status (2xx). */
  status: number;
}

export interface InquiryErrorDetail {
  /** The HTTP status, or 0 when no answer could be read (network error, timeout, unconfirmed). */
  status: number;
  /**
   * Why sending failed: `network`, `timeout`, `http`, `invalid-response`, `validation`, or
   * `unconfirmed` — the request may have reached the endpoint (it redirected, or it is on another
   * origin and its answer was blocked or never came), so the person is told it could not be confirmed.
   */
  reason: InquiryErrorReason;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** Cancelable: `preventDefault()` sends nothing. */
    'dw-inquiry-submit': CustomEvent<InquirySubmitDetail>;
    'dw-inquiry-success': CustomEvent<InquirySuccessDetail>;
    'dw-inquiry-error': CustomEvent<InquiryErrorDetail>;
  }
}

/**
 * The form's code (./inquiry-form.ts), loaded once per page by the first
 * element that has a form to show; undefined until then. It resolves to
 * undefined when the chunk could not be loaded: the elements then show
 * their link and phone only, with a warning, until the page is reloaded.
 */
let formModule: Promise<typeof import('./inquiry-form.js') | undefined> | undefined;

/** The form's styles, once its chunk has loaded. */
let formStyles: CSSResult | undefined;

function loadForm(): NonNullable<typeof formModule> {
  return (formModule ??= import('./inquiry-form.js').then(
    (module) => {
      module.init({html, nothing, ifDefined, emit, isPhoneNumber, cut, warnOnce});
      // The form's rules come with its code: every <inquiry-cta> made from
      // now on adopts them with the class's styles; one made before adds them
      // when it gets its form (scheduleUpdate).
      formStyles = module.formStyles(css);
      InquiryCta.elementStyles.push(formStyles);
      return module;
    },
    () => undefined
  ));
}

// The schema's properties, typed (src/core/schema.ts, Props).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface InquiryCta extends Props<typeof schema> {}

/**
 * The call to action that ends the page: a heading, an encouraging line,
 * and whatever the clinic configured — a link to its contact page, its
 * phone number, an inline inquiry form, or several of these. Nothing has a
 * default: without configuration only the heading and the line show.
 *
 * The form keeps what was typed in memory only (no storage, no cookies),
 * sends nothing before the person submits it, and sends it only to the
 * configured `action` URL.
 *
 * @tagname inquiry-cta
 *
 * @event {InquirySubmitDetail} dw-inquiry-submit - Cancelable; the form is valid and about to be sent. `detail: {payload}`.
 *   `preventDefault()` sends nothing and keeps the form as typed.
 * @event {InquirySuccessDetail} dw-inquiry-success - The endpoint answered 2xx; the thank-you message shows. `detail: {status}`.
 *   Not fired (nor dw-inquiry-submit) for a submission caught by the anti-spam field, which only looks sent.
 * @event {InquiryErrorDetail} dw-inquiry-error - Sending failed. `detail: {status, reason}`; status is the HTTP status or 0,
 *   reason one of `network`, `timeout`, `http`, `invalid-response`, `validation`, `unconfirmed`
 *   (the request may have arrived: a redirect, or a cross-origin endpoint whose answer was blocked
 *   or never came; a console warning says what the endpoint must send).
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart heading - The heading.
 * @csspart text - The encouraging line under the heading.
 * @csspart actions - The row holding the contact link and the phone link.
 * @csspart link - The link button to the clinic's contact page.
 * @csspart phone - The phone link.
 * @csspart form - The inquiry form.
 * @csspart label - Each field's label.
 * @csspart input - Each text field (name, email, phone, message).
 * @csspart hint - Hints under or above fields.
 * @csspart error - Each field's error message.
 * @csspart privacy - The link to the privacy policy.
 * @csspart submit - The send button.
 * @csspart status - The message under the send button (sending, failures).
 * @csspart success - The thank-you message that replaces the form.
 *
 * @cssprop --dw-font - Font family (default: inherited from the page).
 * @cssprop --dw-color - Text colour (default: inherited from the page).
 * @cssprop --dw-accent - Fill of primary buttons, bars and selections (default: #005eb8).
 * @cssprop --dw-on-accent - Text and marks on the accent fill (default: #fff).
 * @cssprop --dw-accent-ink - Accent for text and lines on the page's background: outlines, markers, headings of disclosures (default: the accent mixed 62 % with the text colour, darker on light pages, lighter on dark ones).
 * @cssprop --dw-surface - Tint of cards and bars (default: the text colour at 5 %).
 * @cssprop --dw-field-border-color - Border of the fields (default: the text colour).
 * @cssprop --dw-error-color - Error messages, the bar beside a field with an error, and its border (default: a red mixed 72 % with the text colour).
 * @cssprop --dw-focus-color - Focus outline colour (default: the text colour).
 * @cssprop --dw-link-color - Colour of links (default: the accent ink).
 * @cssprop --dw-radius - Corner radius of buttons, cards and fields (default: 4px).
 * @cssprop --dw-spacing - Space between blocks (default: 1em).
 * @cssprop --dw-line-height - Line height of the text (default: 1.5).
 * @cssprop --dw-letter-spacing - Letter spacing of the text (default: normal).
 * @cssprop --dw-word-spacing - Word spacing of the text (default: normal).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class InquiryCta extends DwElement {
  static override styles = [baseStyles, buttonStyles, styles];

  /** Its `encoding` and `timeout` are validated by the form (inquiry-form.ts, InquiryForm.check). */
  static override schema = schema;

  /**
   * The form, once its code has loaded (see scheduleUpdate); it keeps what was typed.
   * Initialized: an own property, never a `form` put on Object.prototype. src/core/hydration.ts
   * hides it while a server render (which has no form) hydrates, then renders again with it.
   */
  private form: InquiryForm | undefined = undefined;
  /** Set when the form's code could not be loaded. */
  private formFailed = false;

  /** Validated settings (see willUpdate): what render shows and a submit uses. */
  private contactUrl: string | undefined;
  private tel: string | null | undefined;
  private inquiryUrl: string | undefined;
  private privacy: string | undefined;

  /**
   * Before an update that would show the form, its code is loaded (once per
   * page): the first paint of a configured form is the whole form, and while
   * it loads no field exists yet, so nothing a person typed can be lost.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.form || this.formFailed || !this.wantsForm()) return super.scheduleUpdate();
    return loadForm().then((module) => {
      if (module) {
        this.form ??= new module.InquiryForm(
          this,
          () => this.inquiryUrl,
          schema,
          () => this.language.lang
        );
        if (!this.hasFormStyles) this.addFormStyles();
      } else this.formFailed = true;
      return super.scheduleUpdate();
    });
  }

  /** Whether the shadow root was made with the form's styles (the class had them already). */
  private readonly hasFormStyles = !!formStyles;

  /** Adds the form's styles, loaded after this element's shadow root was made. */
  private addFormStyles(): void {
    // restyle() makes the sheets again from the class's styles, in this element's window.
    if (supportsAdoptingStyleSheets) this.restyle();
    // Lit's fallback: <style> elements, of which the form's is one more.
    else if (this.shadowRoot && formStyles) adoptStyles(this.shadowRoot, [formStyles]);
  }

  /** An allowed form endpoint is configured (the warning for a refused one comes from willUpdate). */
  private wantsForm(): boolean {
    const action = this.config('inquiryUrl');
    return !!action && !!allowedUrl(action, ['https']);
  }

  /**
   * Validates the settings before every render: attributes or the page
   * config may have changed, and each refused value warns once.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.contactUrl = this.url('href', 'contactUrl', ['https', 'mailto']);
    const phone = this.config('phone');
    this.tel = phone && phoneHref(phone);
    if (phone && !this.tel) {
      this.warn(
        `phone "${cut(phone)}" is not a phone number (digits, spaces and + ( ) - . only, + first); it is not shown.`
      );
    }
    this.inquiryUrl = this.url('action', 'inquiryUrl', ['https']);
    const missing = this.missing();
    if (missing) this.warn(missing);
    if (this.inquiryUrl && this.formFailed) {
      this.warn(
        'the inquiry form could not be loaded (serve the chunks/ folder next to the script, as in dist/); ' +
          'showing the contact link and phone only.'
      );
    }
    // Checked when the form shows, so that bad values warn then, not on the first submit.
    if (this.inquiryUrl && this.form?.status !== 'success') {
      this.privacy = this.url('privacy-url', 'privacyUrl', ['https']);
      this.form?.check();
    }
  }

  protected override renderContent() {
    const content = ctaContent(this.config('clinicName'));
    const {contactUrl: href, tel, inquiryUrl: action} = this;
    const phone = this.config('phone');
    return html`
      ${heading(this.level, content.heading, 'heading', 'heading')}
      <p part="text" class="text">${content.text}</p>
      ${
        href || tel
          ? html`<div part="actions" class="actions">
            ${href ? html`<a part="link" class="button primary" href=${href}>${content.link}</a>` : nothing}
            ${
              tel
                ? html`<a part="phone" class="phone" href=${tel}
                  >${content.call} <bdi class="number" dir="ltr">${phone}</bdi></a
                >`
                : nothing
            }
          </div>`
          : nothing
      }
      ${
        // After success the thank-you message stays, whatever the settings became.
        this.form && (action || this.form.status === 'success')
          ? this.form.render(this.privacy, msg)
          : nothing
      }
    `;
  }

  /**
   * @internal
   * What the element lacks to be of use, in one sentence for the page's
   * editor, or '': warned once, and listed by the debug panel under
   * "Missing settings" (src/core/debug-panel.ts).
   */
  missing(): string {
    return InquiryCta.contactless((key) => this.config(key))
      ? 'Visitors have no way to contact the clinic: give a contact page (attribute href, or page ' +
          'config "contactUrl"), a phone number (phone, or "phone") or a form address (action, or ' +
          '"inquiryUrl"). Only the heading and text show.'
      : '';
  }

  /**
   * @internal
   * Whether the settings `config` reads give visitors no way to contact the
   * clinic: the one check, behind missing(). `<dystonia-guide>` asks it of
   * the registered class, and leaves such a call to action out.
   */
  static contactless(config: (key: 'contactUrl' | 'phone' | 'inquiryUrl') => string | undefined): boolean {
    return !(config('contactUrl') || config('phone') || config('inquiryUrl'));
  }

  /**
   * @internal
   * The heading shown for this clinic name, for `<dystonia-guide>`'s
   * contents (which so need not load this element's text).
   */
  static headingFor(clinic: string | undefined): string {
    return ctaContent(clinic).heading;
  }

  /** A setting: the attribute (property) when given, else the page config key. */
  private config(
    key: 'clinicName' | 'phone' | 'contactUrl' | 'inquiryUrl' | 'privacyUrl'
  ): string | undefined {
    // Two keys name their property differently (href, action); the others are the property's name.
    const own = key === 'contactUrl' ? this.href : key === 'inquiryUrl' ? this.action : this[key];
    return setting(this.localName, own, key);
  }

  /** A URL setting that passed the scheme allow-list; refused ones warn once. */
  private url(
    attribute: string,
    key: 'contactUrl' | 'inquiryUrl' | 'privacyUrl',
    schemes: readonly UrlScheme[]
  ): string | undefined {
    const value = this.config(key);
    if (!value) return undefined;
    const url = allowedUrl(value, schemes);
    if (!url) {
      this.warn(
        `${attribute} (or page config "${key}") "${cut(value)}" is refused: use an ` +
          `${schemes.map((s) => `${s}:`).join(' or ')} URL (http: only on localhost); ` +
          (key === 'inquiryUrl' ? 'the form is not shown.' : 'it is not used.')
      );
    }
    return url ?? undefined;
  }
}
