import type {html as litHtml, nothing as litNothing, ReactiveElement, TemplateResult} from 'lit';
import type {msg as litMsg} from '@lit/localize';
import {formContent, type CtaErrorCode, type CtaStatus, type FormContent} from '../../content/cta-form.js';
import type {ifDefined as litIfDefined} from 'lit/directives/if-defined.js';
import type {emit as dwEmit} from '../../core/events.js';
import type {isPhoneNumber as dwIsPhoneNumber} from '../../core/url.js';
import type {cut as dwCut, warnOnce as dwWarnOnce} from '../../core/warn.js';
import type {schema as elementSchema} from './inquiry-cta.schema.js';

/**
 * The inquiry form: what was typed, validation, the payload, the request and
 * the form's markup. `<inquiry-cta>` loads this module with `import()` only
 * when a form is configured, so a page with a link or phone call to action
 * never downloads it.
 *
 * It imports types only. Built, it is a chunk of its own; a static import
 * of Lit or of the core would make that chunk import the bundle back by
 * its plain URL, and a bundle loaded as `dystonia-widgets.js?ver=…` would
 * then run twice (build/lazy-chunks-import-nothing.mjs, fails the
 * build if it does). What it needs from the bundle is handed over by
 * {@link init} instead.
 */

export {formStyles} from './inquiry-form.styles.js';

/** What this module uses from the bundle that loaded it. */
export interface FormDeps {
  html: typeof litHtml;
  nothing: typeof litNothing;
  ifDefined: typeof litIfDefined;
  emit: typeof dwEmit;
  isPhoneNumber: typeof dwIsPhoneNumber;
  cut: typeof dwCut;
  warnOnce: typeof dwWarnOnce;
}

let html: FormDeps['html'];
let nothing: FormDeps['nothing'];
let ifDefined: FormDeps['ifDefined'];
let emit: FormDeps['emit'];
let isPhoneNumber: FormDeps['isPhoneNumber'];
let cut: FormDeps['cut'];
let warnOnce: FormDeps['warnOnce'];

/** Called by the loader before anything else here runs. */
export function init(deps: FormDeps): void {
  ({html, nothing, ifDefined, emit, isPhoneNumber, cut, warnOnce} = deps);
}

export type ContactMethod = '' | 'email' | 'phone';

/** What a person typed, kept in memory only. */
export interface InquiryValues {
  name: string;
  email: string;
  phone: string;
  contactMethod: ContactMethod;
  message: string;
  consent: boolean;
  /** The honeypot: only robots fill it in. */
  website: string;
}

/** What is sent to the endpoint (and given to `dw-inquiry-submit` listeners). */
export interface InquiryPayload {
  name: string;
  /** Empty when not given. */
  email: string;
  /** Empty when not given. */
  phone: string;
  /** The preferred way to reply, or empty when the person did not choose. */
  contactMethod: ContactMethod;
  /** Empty when not given. */
  message: string;
  /** Always true: the form is not sent without consent. */
  consent: true;
  /** The language the person used the form in, e.g. `es`. */
  locale: string;
}

/** Fields that can carry an error, in the order they appear. */
export const FIELDS = ['name', 'email', 'phone', 'message', 'consent'] as const;
export type FieldName = (typeof FIELDS)[number];

/** An error of our own (translated at render time) or the server's text. */
export type FieldError = CtaErrorCode | {text: string};
export type FieldErrors = Partial<Record<FieldName, FieldError>>;

/**
 * Why sending failed. `unconfirmed`: the request may have reached the
 * endpoint but its answer could not be read — it redirected, or it is on
 * another origin and the answer was blocked (CORS) or never came.
 */
export type InquiryErrorReason =
  'network' | 'timeout' | 'http' | 'invalid-response' | 'validation' | 'unconfirmed';

export type SendResult =
  | {ok: true; status: number}
  | {ok: false; status: number; reason: InquiryErrorReason; errors?: FieldErrors; redirected?: boolean};

export const emptyValues = (): InquiryValues => ({
  name: '',
  email: '',
  phone: '',
  contactMethod: '',
  message: '',
  consent: false,
  website: '',
});

/**
 * The longest message, in UTF-16 code units (as `maxlength` counts). Longer
 * text is kept as typed, with a count and an error, never cut (GOV.UK's
 * character count does the same); the endpoint never receives more.
 */
export const MAX_MESSAGE = 2000;

/** One `@`, no spaces, a dot in the domain: permissive, so that no real address is refused. */
const isEmail = (value: string) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);

/**
 * The form's rules: a name; an e-mail address or a phone number (the
 * preferred one when a preference is chosen), each well-formed when given;
 * consent. The message is optional, and nothing asks for health data.
 */
export function validate(values: InquiryValues): FieldErrors {
  const errors: FieldErrors = {};
  const email = values.email.trim();
  const phone = values.phone.trim();
  if (!values.name.trim()) errors.name = 'name-missing';
  if (email && !isEmail(email)) errors.email = 'email-invalid';
  else if (!email && values.contactMethod === 'email') errors.email = 'email-missing';
  else if (!email && !phone && !values.contactMethod) errors.email = 'reply-missing';
  if (phone && !isPhoneNumber(phone)) errors.phone = 'phone-invalid';
  else if (!phone && values.contactMethod === 'phone') errors.phone = 'phone-missing';
  if (values.message.trim().length > MAX_MESSAGE) errors.message = 'message-long';
  if (!values.consent) errors.consent = 'consent-missing';
  return errors;
}

export function toPayload(values: InquiryValues, locale: string): InquiryPayload {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    contactMethod: values.contactMethod,
    // At most MAX_MESSAGE: validate() refuses a longer one before anything is sent.
    message: values.message.trim(),
    consent: true,
    locale,
  };
}

/**
 * `value[key]` when `value` has it as its own property; undefined otherwise,
 * whatever another script put on Object.prototype (DESIGN.md, security).
 */
const own = (value: unknown, key: string): unknown =>
  value != null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/**
 * Field errors from a 4xx body `{"errors": {"email": "…"}}`: known fields
 * with string messages only, as text, capped in length.
 */
function serverErrors(body: unknown): FieldErrors | undefined {
  const errors = own(body, 'errors');
  if (typeof errors !== 'object' || errors === null) return undefined;
  const found: FieldErrors = {};
  for (const field of FIELDS) {
    const text = own(errors, field);
    if (typeof text === 'string' && text.trim()) found[field] = {text: text.trim().slice(0, 300)};
  }
  return Object.keys(found).length ? found : undefined;
}

/**
 * POSTs the payload to `url` (already allow-listed) as JSON or as
 * `application/x-www-form-urlencoded`, without cookies, without following
 * redirects (the data goes to the configured URL only), given up after
 * `timeoutMs` by its own timer (and aborted). Success is a 2xx whose body is empty or JSON; a 2xx with
 * another body (an HTML page, broken JSON) cannot be trusted to mean the
 * request arrived, so it is an `invalid-response` failure.
 *
 * fetch rejects a blocked cross-origin answer and a failed connection
 * alike, so a rejection is `network` only for a same-origin URL; for
 * another origin the request may have arrived (only its answer blocked),
 * so it is `unconfirmed`. A redirect is seen (`redirect: 'manual'` gives
 * an opaque-redirect response, not followed) and is `unconfirmed` too: the
 * endpoint did receive the request.
 */
export async function sendInquiry(
  url: string,
  payload: InquiryPayload,
  encoding: 'json' | 'form',
  timeoutMs: number
): Promise<SendResult> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Our own timer decides, whatever fetch does (a host's fetch wrapper may drop the signal): it
  // aborts, and rejects the race below, which the catch reads as a timeout (the signal is aborted).
  const timedOut = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(controller.abort()), timeoutMs))
  );
  try {
    // No prototype: fetch() reads every option it knows (mode, integrity…), inherited ones too.
    const request = fetch(url, {
      __proto__: null,
      method: 'POST',
      headers:
        encoding === 'json'
          ? {Accept: 'application/json', 'Content-Type': 'application/json'}
          : {Accept: 'application/json'},
      body:
        encoding === 'json'
          ? JSON.stringify(payload)
          : new URLSearchParams(Object.entries(payload).map(([key, value]) => [key, String(value)])),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      signal: controller.signal,
    } as RequestInit);
    const response = await Promise.race([request, timedOut]);
    const {status} = response;
    if (response.type === 'opaqueredirect')
      return {ok: false, status, reason: 'unconfirmed', redirected: true};
    // Reading the body is part of the request: the timeout covers it too.
    const text = await Promise.race([response.text(), timedOut]);
    let body: unknown;
    let readable = true;
    try {
      body = text.trim() ? JSON.parse(text) : null;
    } catch {
      readable = false;
    }
    if (response.ok) return readable ? {ok: true, status} : {ok: false, status, reason: 'invalid-response'};
    const errors = status < 500 ? serverErrors(body) : undefined;
    return errors ? {ok: false, status, reason: 'validation', errors} : {ok: false, status, reason: 'http'};
  } catch {
    const reason = controller.signal.aborted
      ? 'timeout'
      : new URL(url, location.href).origin === location.origin
        ? 'network'
        : 'unconfirmed';
    return {ok: false, status: 0, reason};
  } finally {
    clearTimeout(timer);
  }
}

/** The `<inquiry-cta>` attributes only a form uses; {@link InquiryForm.check} validates them. */
export interface FormHost extends ReactiveElement {
  encoding: string;
  timeout: number;
}

/**
 * The form's state and markup, owned by one `<inquiry-cta>`. What was typed
 * lives here, in memory only, for as long as the element does.
 */
export class InquiryForm {
  values: InquiryValues = emptyValues();
  /** Read through errorOf(): own keys only. */
  errors: FieldErrors = {};
  // Initialized, so that it is the form's own property even before it is first set.
  status: CtaStatus | 'success' | undefined = undefined;

  /** The validated settings (see check). */
  private encoding: 'json' | 'form' = 'json';
  /** Seconds; set by check(). */
  private timeout = 0;

  constructor(
    private readonly host: FormHost,
    /** The element's validated endpoint, read when the form is sent. */
    private readonly action: () => string | undefined,
    /** The element's schema, for the limits of `encoding` and `timeout` (handed over: this chunk imports nothing). */
    private readonly schema: typeof elementSchema,
    /** The element's language (its own, or the page's): sent with the inquiry. */
    private readonly locale: () => string
  ) {}

  private warn(message: string): void {
    warnOnce(this.host.localName, message);
  }

  /**
   * Validates the form's settings; the element calls it before each render
   * that shows the form, so bad values warn then, not on the first submit.
   */
  check(): void {
    const {encoding, timeout} = this.host;
    const {encoding: encodings, timeout: range} = this.schema;
    this.encoding = encodings.values.find((value) => value === encoding) ?? encodings.default;
    if (encoding !== this.encoding)
      this.warn(
        `encoding="${cut(encoding)}" is not ${encodings.values.join(' or ')}; using ${this.encoding}.`
      );
    const shown = cut(this.host.getAttribute('timeout') ?? timeout);
    if (!Number.isFinite(timeout) || timeout <= 0) {
      this.warn(`timeout="${shown}" is not a positive number of seconds; using ${range.default}.`);
      this.timeout = range.default;
      return;
    }
    this.timeout = Math.min(Math.max(timeout, range.min), range.max);
    if (this.timeout !== timeout) {
      this.warn(`timeout="${shown}" is outside ${range.min} to ${range.max} seconds; using ${this.timeout}.`);
    }
  }

  /** Changes state and renders again, as Lit's @state would. */
  private set(state: Partial<Pick<InquiryForm, 'values' | 'errors' | 'status'>>): void {
    Object.assign(this, state);
    this.host.requestUpdate();
  }

  /**
   * `msg` is @lit/localize's, passed at each render: it is a live binding
   * that src/core/locale.ts replaces (_installMsgImplementation) when
   * localization starts, so a copy taken in init() could be the English-only
   * one. The text is its own module (content/cta-form.ts), part of this chunk.
   */
  render(privacy: string | undefined, msg: typeof litMsg): TemplateResult {
    const content = formContent(msg);
    if (this.status === 'success')
      return html`<p part="success" class="success" tabindex="-1">${content.success}</p>`;
    const {values, status} = this;
    const sending = status === 'sending';
    const left = MAX_MESSAGE - values.message.trim().length;
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
          aria-describedby=${this.describedBy('message', 'message-hint message-count')}
        ></textarea>
        <p part="hint" class="hint" id="message-hint">${content.messageHint}</p>
        <p part="hint" class="hint" id="message-count">
          ${left < 0 ? content.charactersOver : content.charactersLeft} <bdi>${Math.abs(left)}</bdi>
        </p>`
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
      <button part="submit" class="button primary submit" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? content.status.sending : content.submit}
      </button>
      <p part="status" class="status" role="status">${status ? content.status[status] : ''}</p>
    </form>`;
  }

  /** A one-line text field; e-mail addresses and phone numbers stay left to right in any language. */
  private input(
    content: FormContent,
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
    content: FormContent,
    name: FieldName,
    label: string,
    control: TemplateResult
  ): TemplateResult {
    return html`<div class="field">
      <label part="label" class="label" for=${name}>${label}</label>
      ${this.error(name, content)} ${control}
    </div>`;
  }

  /** A field's error, if it has one of its own (never one from a polluted Object.prototype). */
  private errorOf(name: FieldName): FieldError | undefined {
    return own(this.errors, name) as FieldError | undefined;
  }

  private error(name: FieldName, content: FormContent): TemplateResult | typeof nothing {
    const error = this.errorOf(name);
    if (!error) return nothing;
    return html`<p part="error" class="error" id="${name}-error">
      ${typeof error === 'string' ? content.errors[error] : error.text}
    </p>`;
  }

  private invalid(name: FieldName): 'true' | 'false' {
    return this.errorOf(name) ? 'true' : 'false';
  }

  private describedBy(name: FieldName, hint?: string): string | typeof nothing {
    const ids = [hint, this.errorOf(name) && `${name}-error`].filter(Boolean).join(' ');
    return ids || nothing;
  }

  // Arrow functions: Lit calls listeners with the element as `this`.
  private onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const name = input.name as keyof InquiryValues;
    if (!Object.hasOwn(this.values, name)) return;
    const values = {...this.values, [name]: input.type === 'checkbox' ? input.checked : input.value};
    // An error describes what was there before; the person is fixing it.
    const field = name === 'contactMethod' ? undefined : (name as FieldName);
    let {errors} = this;
    if (field && this.errorOf(field)) {
      errors = {...errors};
      delete errors[field];
    }
    this.set({values, errors});
  };

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const {host} = this;
    // A setting changed since the last render (e.g. the endpoint) is validated before it is used.
    if (host.isUpdatePending) await host.updateComplete;
    const {encoding, timeout} = this;
    const action = this.action();
    if (this.status === 'sending' || !action) return;
    this.set({errors: validate(this.values)});
    if (this.firstError()) {
      this.set({status: 'invalid'});
      await this.focusFirstError();
      return;
    }
    this.set({status: undefined});
    // A robot filled the hidden field: pretend it worked, send nothing, tell no one.
    if (this.values.website) return this.succeed();
    const payload = toPayload(this.values, this.locale());
    if (!emit(host, 'dw-inquiry-submit', {payload}, true)) return;
    this.set({status: 'sending'});
    const result = await sendInquiry(action, payload, encoding, timeout * 1000);
    if (result.ok) {
      await this.succeed();
      emit(host, 'dw-inquiry-success', {status: result.status});
      return;
    }
    const {status, reason} = result;
    // Own keys only: a failure without them must not take `errors` or `redirected` from Object.prototype.
    const errors = own(result, 'errors') as FieldErrors | undefined;
    if (reason === 'unconfirmed') this.warnUnconfirmed(action, encoding, !!own(result, 'redirected'));
    this.set({
      errors: errors ?? {},
      status:
        reason === 'validation'
          ? 'invalid'
          : reason === 'network' || reason === 'timeout' || reason === 'unconfirmed'
            ? reason
            : reason === 'http' && status < 500
              ? 'rejected'
              : 'server',
    });
    if (errors) await this.focusFirstError();
    emit(host, 'dw-inquiry-error', {status, reason});
  };

  /** Tells the integrator what the endpoint lacks; the person is only told the request is unconfirmed. */
  private warnUnconfirmed(action: string, encoding: 'json' | 'form', redirected?: boolean): void {
    this.warn(
      `action "${cut(action, 200 /* MAX_QUOTED_URL */)}" ` +
        (redirected
          ? 'redirected (not followed): answer with a 2xx.'
          : `gave no readable answer: offline, or it lacks "Access-Control-Allow-Origin: ${location.origin}"` +
            (encoding === 'json'
              ? ' (preflight too, with "Access-Control-Allow-Headers: content-type")'
              : '') +
            '.')
    );
  }

  private async succeed(): Promise<void> {
    // Sent: the details are no longer needed, even in memory.
    this.set({values: emptyValues(), errors: {}, status: 'success'});
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.success')?.focus();
  }

  private firstError(): FieldName | undefined {
    return FIELDS.find((field) => this.errorOf(field));
  }

  private async focusFirstError(): Promise<void> {
    await this.host.updateComplete;
    const field = this.firstError();
    if (field) this.host.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }
}
