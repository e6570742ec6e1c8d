import {isServer} from 'lit';
import {cut, cutList, warnOnce} from './warn.js';

/**
 * Page-wide settings from
 * `<script type="application/json" data-dystonia-widgets>`. Element
 * attributes override them.
 */
export interface PageConfig {
  /** Locale for every widget on the page, e.g. `es`. Overrides `<html lang>`. */
  locale?: string;
  /** The clinic's name, inserted into translated sentences. */
  clinicName?: string;
  /** The clinic's phone number. */
  phone?: string;
  /** Endpoint that receives the inquiry form. */
  inquiryUrl?: string;
  /** The clinic's privacy policy. */
  privacyUrl?: string;
  /** The clinic's contact page. */
  contactUrl?: string;
  /** Who a testimonial is attributed to (default "Patient"). */
  attribution?: string;
  /** Shows the debug panel inside every widget on the page (like each one's `debug` attribute). */
  debug?: boolean;
}

/** The page config keys whose value is text (all but `debug`). */
export type TextKey = Exclude<keyof PageConfig, 'debug'>;

/** Every page config key (exported for the fuzz test). */
export const KEYS: ReadonlyArray<keyof PageConfig> = [
  'locale',
  'clinicName',
  'phone',
  'inquiryUrl',
  'privacyUrl',
  'contactUrl',
  'attribution',
  'debug',
];

const SELECTOR = 'script[type="application/json"][data-dystonia-widgets]';

let cached: {text: string | null; config: PageConfig} | undefined;

/**
 * Reads the page config. Parsed again only when the script's text changes;
 * malformed JSON, a non-object, unknown keys and values of the wrong type
 * (text, but a boolean for `debug`) each warn once and are ignored. Never throws.
 * The result has no prototype: only the page's own keys are in it.
 */
export function pageConfig(tag: string): Readonly<PageConfig> {
  // No page in a server render (Node, with or without a DOM shim's `document`): the defaults.
  const text = isServer ? null : (document.querySelector(SELECTOR)?.textContent ?? null);
  if (cached?.text !== text) cached = {text, config: parse(text, tag)};
  return cached.config;
}

function parse(text: string | null, tag: string): PageConfig {
  // Null-prototype: a key the page did not set reads as undefined, never as a
  // value another script put on Object.prototype (DESIGN.md, security).
  const config = {__proto__: null} as PageConfig;
  let data: unknown;
  try {
    // No script: an empty config.
    data = JSON.parse(text ?? '{}');
  } catch (error) {
    warnOnce(tag, `the page config (${SELECTOR}) is not valid JSON (${cut(error)}); using defaults.`);
    return config;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    warnOnce(tag, `the page config (${SELECTOR}) must be a JSON object; using defaults.`);
    return config;
  }
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const type = key === 'debug' ? 'boolean' : 'string';
    if (!(KEYS as readonly string[]).includes(key)) {
      unknown.push(key);
    } else if (typeof value !== type) {
      warnOnce(tag, `page config "${cut(key)}" must be a ${type}; ignoring it.`);
    } else {
      (config as Record<string, unknown>)[key] = value;
    }
  }
  if (unknown.length > 0) {
    warnOnce(tag, `page config has unknown key(s) ${cutList(unknown)}; ` + `known keys: ${KEYS.join(', ')}.`);
  }
  return config;
}

/**
 * An element's setting: its own attribute when given (even empty, which
 * switches the page value off), else the page config value.
 */
export function setting(tag: string, attribute: string | null | undefined, key: TextKey): string | undefined {
  // String(): a script may set the property to a number; never throw over it.
  if (attribute !== null && attribute !== undefined) return String(attribute).trim() || undefined;
  return pageConfig(tag)[key]?.trim() || undefined;
}
