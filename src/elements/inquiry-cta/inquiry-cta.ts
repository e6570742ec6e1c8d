import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {setting} from '../../core/config.js';
import {cut} from '../../core/warn.js';
import {DwElement} from '../../core/element.js';
import {emit} from '../../core/events.js';
import {heading} from '../../core/heading.js';
import {getLocale} from '../../core/locale.js';
import {baseStyles} from '../../core/styles.js';
import {allowedUrl, phoneHref, type UrlScheme} from '../../core/url.js';
import {ctaContent, type CtaContent, type CtaStatus} from '../../content/cta.js';
import {
  emptyValues,
  FIELDS,
  sendInquiry,
  toPayload,
  validate,
  type FieldErrors,
  type FieldName,
  type InquiryErrorReason,
  type InquiryPayload,
  type InquiryValues,
} from './inquiry-form.js';
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

const DEFAULT_TIMEOUT = 15;
/** The range of `timeout`, in seconds: shorter gives a slow network no chance, longer leaves a person waiting. */
const MIN_TIMEOUT = 1;
const MAX_TIMEOUT = 120;

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
 * @summary Call to action: contact link, phone link and/or inquiry form.
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
 * @cssprop --dw-accent - Border of the buttons and of the thank-you message (default: the text colour).
 * @cssprop --dw-field-border-color - Border of the fields (default: the text colour).
 * @cssprop --dw-error-color - Mark beside error messages and border of invalid fields (default: #b3261e).
 * @cssprop --dw-focus-color - Focus outline colour (default: the text colour).
 * @cssprop --dw-radius - Corner radius of buttons and fields (default: 4px).
 * @cssprop --dw-spacing - Space between blocks (default: 1em).
 * @cssprop --dw-line-height - Line height of the text (default: 1.5).
 * @cssprop --dw-letter-spacing - Letter spacing of the text (default: normal).
 * @cssprop --dw-word-spacing - Word spacing of the text (default: normal).
 */
export class InquiryCta extends DwElement {
  static override styles = [baseStyles, styles];

  /** The clinic's name, shown as text in the heading; overrides page config `clinicName`. */
  @property({attribute: 'clinic-name'})
  clinicName?: string;

  /** URL of the clinic's contact page (https:, or mailto:); overrides page config `contactUrl`. */
  @property()
  href?: string;

  /** The clinic's phone number, shown as given; overrides page config `phone`. */
  @property()
  phone?: string;

  /** Endpoint the inquiry form posts to (https:, http: on localhost only); overrides page config `inquiryUrl`. */
  @property()
  action?: string;

  /** URL of the clinic's privacy policy, linked under the consent box; overrides page config `privacyUrl`. */
  @property({attribute: 'privacy-url'})
  privacyUrl?: string;

  /** How the form is sent: `json` (default) or `form` (application/x-www-form-urlencoded). */
  @property()
  encoding: 'json' | 'form' = 'json';

  /**
   * Seconds to wait for the endpoint before giving up: from 1 to 120
   * (default 15). Values outside are clamped with one warning; a value that
   * is not a positive number warns and uses 15.
   * @type {number}
   */
  @property({type: Number})
  timeout = DEFAULT_TIMEOUT;

  @state() private values: InquiryValues = emptyValues();
  @state() private errors: FieldErrors = {};
  @state() private status: CtaStatus | 'success' | undefined;

  /** Validated settings (see willUpdate): what render shows and a submit uses. */
  private contactUrl: string | undefined;
  private tel: string | null | undefined;
  private inquiryUrl: string | undefined;
  private privacy: string | undefined;
  private sendEncoding: 'json' | 'form' = 'json';
  private sendTimeout = DEFAULT_TIMEOUT;

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
    if (!this.config('contactUrl') && !phone && !this.config('inquiryUrl')) {
      this.warn(
        'nothing to offer: set href (page config "contactUrl") for a contact link, phone ("phone") ' +
          'for a call link or action ("inquiryUrl") for an inquiry form. Showing the heading and text only.'
      );
    }
    // Checked when the form shows, so that bad values warn then, not on the first submit.
    if (this.inquiryUrl && this.status !== 'success') {
      this.privacy = this.url('privacy-url', 'privacyUrl', ['https']);
      this.sendEncoding = this.validEncoding();
      this.sendTimeout = this.validTimeout();
    }
  }

  protected override renderContent() {
    const content = ctaContent(this.config('clinicName'));
    const {contactUrl: href, tel, inquiryUrl: action} = this;
    const phone = this.config('phone');
    return html`
      ${heading(this.level, content.heading, {part: 'heading', id: 'heading'})}
      <p part="text" class="text">${content.text}</p>
      ${
        href || tel
          ? html`<div part="actions" class="actions">
            ${href ? html`<a part="link" class="button" href=${href}>${content.link}</a>` : nothing}
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
        this.status === 'success'
          ? html`<p part="success" class="success" tabindex="-1">${content.success}</p>`
          : action
            ? this.renderForm(content)
            : nothing
      }
    `;
  }

  private renderForm(content: CtaContent): TemplateResult {
    const {values, status, privacy} = this;
    const sending = status === 'sending';
    return html`<form
      part="form"
      class="form"
      novalidate
      aria-labelledby="heading"
      @input=${this.onInput}
      @submit=${this.onSubmit}
    >
      ${this.input(content, 'name', content.name, 'text', 'name')}
      <p part="hint" class="hint" id="reply-hint">${content.replyHint}</p>
      ${this.input(content, 'email', content.email, 'email', 'email', 'reply-hint')}
      ${this.input(content, 'phone', content.phone, 'tel', 'tel', 'reply-hint')}
      <fieldset class="choices">
        <legend part="label" class="label">${content.method}</legend>
        ${(['email', 'phone'] as const).map(
          (method) => html`<label class="check">
            <input
              type="radio"
              name="contactMethod"
              value=${method}
              .checked=${values.contactMethod === method}
            />
            ${method === 'email' ? content.byEmail : content.byPhone}
          </label>`
        )}
      </fieldset>
      ${this.field(
        content,
        'message',
        content.message,
        html`<textarea
          part="input"
          id="message"
          name="message"
          rows="4"
          .value=${values.message}
          aria-invalid=${this.invalid('message')}
          aria-describedby=${this.describedBy('message', 'message-hint')}
        ></textarea>
        <p part="hint" class="hint" id="message-hint">${content.messageHint}</p>`
      )}
      <div class="field">
        <div class="check">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            required
            .checked=${values.consent}
            aria-invalid=${this.invalid('consent')}
            aria-describedby=${this.describedBy('consent')}
          />
          <label part="label" for="consent">${content.consent}</label>
        </div>
        ${
          privacy
            ? html`<a part="privacy" class="privacy" href=${privacy} target="_blank" rel="noopener noreferrer"
              >${content.privacy}</a
            >`
            : nothing
        }
        ${this.error('consent', content)}
      </div>
      <div class="trap" aria-hidden="true" .inert=${true}>
        <input name="website" tabindex="-1" autocomplete="off" .value=${values.website} />
      </div>
      <button part="submit" class="button submit" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? content.status.sending : content.submit}
      </button>
      <p part="status" class="status" role="status">${status && status !== 'success' ? content.status[status] : ''}</p>
    </form>`;
  }

  /** A one-line text field; e-mail addresses and phone numbers stay left to right in any language. */
  private input(
    content: CtaContent,
    name: 'name' | 'email' | 'phone',
    label: string,
    type: 'text' | 'email' | 'tel',
    autocomplete: 'name' | 'email' | 'tel',
    hint?: string
  ): TemplateResult {
    return this.field(
      content,
      name,
      label,
      html`<input
        part="input"
        id=${name}
        name=${name}
        type=${type}
        dir=${ifDefined(type === 'text' ? undefined : 'ltr')}
        autocomplete=${autocomplete}
        ?required=${type === 'text'}
        .value=${this.values[name]}
        aria-invalid=${this.invalid(name)}
        aria-describedby=${this.describedBy(name, hint)}
      />`
    );
  }

  private field(
    content: CtaContent,
    name: FieldName,
    label: string,
    control: TemplateResult
  ): TemplateResult {
    return html`<div class="field">
      <label part="label" class="label" for=${name}>${label}</label>
      ${control} ${this.error(name, content)}
    </div>`;
  }

  private error(name: FieldName, content: CtaContent): TemplateResult | typeof nothing {
    const error = this.errors[name];
    if (!error) return nothing;
    return html`<p part="error" class="error" id="${name}-error">
      ${typeof error === 'string' ? content.errors[error] : error.text}
    </p>`;
  }

  private invalid(name: FieldName): 'true' | 'false' {
    return this.errors[name] ? 'true' : 'false';
  }

  private describedBy(name: FieldName, hint?: string): string | typeof nothing {
    const ids = [hint, this.errors[name] && `${name}-error`].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const name = input.name as keyof InquiryValues;
    if (!(name in this.values)) return;
    this.values = {...this.values, [name]: input.type === 'checkbox' ? input.checked : input.value};
    // An error describes what was there before; the person is fixing it.
    const field = name === 'contactMethod' ? undefined : (name as FieldName);
    if (field && this.errors[field]) {
      const errors = {...this.errors};
      delete errors[field];
      this.errors = errors;
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // A setting changed since the last render (e.g. the endpoint) is validated before it is used.
    if (this.isUpdatePending) await this.updateComplete;
    const action = this.inquiryUrl;
    if (this.status === 'sending' || !action) return;
    this.errors = validate(this.values);
    if (this.firstError()) {
      this.status = 'invalid';
      await this.focusFirstError();
      return;
    }
    this.status = undefined;
    // A robot filled the hidden field: pretend it worked, send nothing, tell no one.
    if (this.values.website) return this.succeed();
    const payload = toPayload(this.values, getLocale());
    if (!emit(this, 'dw-inquiry-submit', {payload}, true)) return;
    this.status = 'sending';
    const result = await sendInquiry(action, payload, this.sendEncoding, this.sendTimeout * 1000);
    if (result.ok) {
      await this.succeed();
      emit(this, 'dw-inquiry-success', {status: result.status});
      return;
    }
    const {status, reason} = result;
    if (reason === 'unconfirmed') this.warnUnconfirmed(action, result.redirected);
    this.errors = result.errors ?? {};
    this.status =
      reason === 'validation'
        ? 'invalid'
        : reason === 'network' || reason === 'timeout' || reason === 'unconfirmed'
          ? reason
          : reason === 'http' && status < 500
            ? 'rejected'
            : 'server';
    if (result.errors) await this.focusFirstError();
    emit(this, 'dw-inquiry-error', {status, reason});
  }

  /** Tells the integrator what the endpoint lacks; the person is only told the request is unconfirmed. */
  private warnUnconfirmed(action: string, redirected?: boolean): void {
    this.warn(
      `action "${action}" ` +
        (redirected
          ? 'redirected (not followed): answer with a 2xx.'
          : `gave no readable answer: offline, or it lacks "Access-Control-Allow-Origin: ${location.origin}"` +
            (this.sendEncoding === 'json'
              ? ' (preflight too, with "Access-Control-Allow-Headers: content-type")'
              : '') +
            '.')
    );
  }

  private async succeed(): Promise<void> {
    // Sent: the details are no longer needed, even in memory.
    this.values = emptyValues();
    this.errors = {};
    this.status = 'success';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.success')?.focus();
  }

  private firstError(): FieldName | undefined {
    return FIELDS.find((field) => this.errors[field]);
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const field = this.firstError();
    if (field) this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  /** A setting: the attribute (property) when given, else the page config key. */
  private config(
    key: 'clinicName' | 'phone' | 'contactUrl' | 'inquiryUrl' | 'privacyUrl'
  ): string | undefined {
    const own = {
      clinicName: this.clinicName,
      phone: this.phone,
      contactUrl: this.href,
      inquiryUrl: this.action,
      privacyUrl: this.privacyUrl,
    }[key];
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

  private validEncoding(): 'json' | 'form' {
    if (this.encoding === 'json' || this.encoding === 'form') return this.encoding;
    this.warn(`encoding="${cut(this.encoding)}" is not json or form; using json.`);
    return 'json';
  }

  private validTimeout(): number {
    const shown = cut(this.getAttribute('timeout') ?? this.timeout);
    if (!Number.isFinite(this.timeout) || this.timeout <= 0) {
      this.warn(`timeout="${shown}" is not a positive number of seconds; using ${DEFAULT_TIMEOUT}.`);
      return DEFAULT_TIMEOUT;
    }
    const clamped = Math.min(Math.max(this.timeout, MIN_TIMEOUT), MAX_TIMEOUT);
    if (clamped !== this.timeout) {
      this.warn(`timeout="${shown}" is outside ${MIN_TIMEOUT} to ${MAX_TIMEOUT} seconds; using ${clamped}.`);
    }
    return clamped;
  }
}
