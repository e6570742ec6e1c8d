import type {CtaErrorCode} from '../../content/cta.js';
import {isPhoneNumber} from '../../core/url.js';

/**
 * The inquiry form's logic without any rendering: what was typed,
 * validation, the payload and the request. Kept apart so the element only
 * renders and moves focus.
 */

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
  if (!values.consent) errors.consent = 'consent-missing';
  return errors;
}

export function toPayload(values: InquiryValues, locale: string): InquiryPayload {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    contactMethod: values.contactMethod,
    message: values.message.trim(),
    consent: true,
    locale,
  };
}

/**
 * Field errors from a 4xx body `{"errors": {"email": "…"}}`: known fields
 * with string messages only, as text, capped in length.
 */
function serverErrors(body: unknown): FieldErrors | undefined {
  const errors = (body as {errors?: unknown} | null)?.errors;
  if (typeof errors !== 'object' || errors === null) return undefined;
  const found: FieldErrors = {};
  for (const field of FIELDS) {
    const text = (errors as Record<string, unknown>)[field];
    if (typeof text === 'string' && text.trim()) found[field] = {text: text.trim().slice(0, 300)};
  }
  return Object.keys(found).length ? found : undefined;
}

/**
 * POSTs the payload to `url` (already allow-listed) as JSON or as
 * `application/x-www-form-urlencoded`, without cookies, without following
 * redirects (the data goes to the configured URL only), aborted after
 * `timeoutMs`. Success is a 2xx whose body is empty or JSON; a 2xx with
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
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
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
    });
    const {status} = response;
    if (response.type === 'opaqueredirect')
      return {ok: false, status, reason: 'unconfirmed', redirected: true};
    // Reading the body is part of the request: the timeout covers it too.
    const text = await response.text();
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
