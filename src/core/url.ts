/**
 * URLs that come from attributes or the page config are allow-listed by
 * scheme before they reach an `href` or `fetch()`: a host page is not ours,
 * and a `javascript:` or `data:` value must never become a link or a target.
 */
import {isServer} from 'lit';

/**
 * Schemes a setting may accept. `https` also admits `http:` on the local
 * machine (`localhost`, `127.0.0.1`, `[::1]`), where there is no network to
 * protect the data from.
 */
export type UrlScheme = 'https' | 'tel' | 'mailto';

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * A server render's stand-in for the page's address, which it does not know:
 * a relative URL is checked against it (as on an `https:` page) and kept as
 * written, for the browser to resolve.
 */
const SERVER_BASE = 'https://localhost/';

/**
 * `value` as an absolute URL (relative ones resolve against `base`, by
 * default `document.baseURI`) when its scheme is one of `schemes`; otherwise
 * null. URLs with credentials (`https://user:pass@…`) are refused too: fetch
 * rejects them, and they leak a secret into the page. In a server render
 * (no page) a relative URL comes back as written.
 */
export function allowedUrl(
  value: string,
  schemes: readonly UrlScheme[] = ['https'],
  base: string = isServer ? SERVER_BASE : document.baseURI
): string | null {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const scheme = url.protocol.slice(0, -1);
  const allowed =
    scheme === 'http'
      ? schemes.includes('https') && LOCAL_HOSTS.includes(url.hostname)
      : (schemes as readonly string[]).includes(scheme);
  // A server render does not know the page's address: a relative URL stays as written, for the browser to resolve.
  return allowed
    ? isServer && base === SERVER_BASE && !URL.canParse(value.trim())
      ? value.trim()
      : url.href
    : null;
}

/** Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits as ASCII 0–9. */
function asciiDigits(value: string): string {
  return value.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/**
 * A phone number written the way people do: digits (ASCII or Arabic-Indic,
 * as typed on an Arabic keyboard), spaces and `+ ( ) - .` only, `+` only
 * first, 3 to 20 digits.
 */
export function isPhoneNumber(value: string): boolean {
  const ascii = asciiDigits(value.trim());
  const digits = ascii.replace(/\D/g, '').length;
  return /^\+?[\d\s().-]+$/.test(ascii) && digits >= 3 && digits <= 20;
}

/** The `tel:` URL of a phone number (ASCII digits), or null when it is not one. */
export function phoneHref(value: string): string | null {
  return isPhoneNumber(value) ? `tel:${asciiDigits(value).replace(/\s/g, '')}` : null;
}
