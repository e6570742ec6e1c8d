import {stripBidi} from './bidi.js';

/**
 * Warnings remembered so that each shows once; beyond this many the oldest
 * is forgotten, so a page that keeps producing new bad values (or a fuzzer)
 * cannot grow this set without end.
 */
export const MAX_REMEMBERED = 200;

/** Longest part of a value quoted in a warning, in characters; longer ones are cut with "…". */
export const MAX_QUOTED = 60;

/** Longest URL quoted (a script's address, an endpoint): long enough to tell two apart. */
export const MAX_QUOTED_URL = 200;

/** The warnings shown, as logged (the debug panel lists its element's). */
export const shown = new Set<string>();

/**
 * Logs a console warning once per page for the same element and message, so a
 * page with many widgets (or a re-rendering one) does not flood the console.
 */
export function warnOnce(tag: string, message: string): void {
  const text = `[dystonia-widgets] <${tag}>: ${message}`;
  if (shown.has(text)) return;
  if (shown.size >= MAX_REMEMBERED) shown.delete(shown.values().next().value as string);
  shown.add(text);
  console.warn(text);
}

/**
 * A value as quoted in a warning: at most MAX_QUOTED characters (then "…"),
 * without bidi control characters, so that a hostile value can neither
 * flood the console nor reorder the message around it. Every attribute or
 * config value quoted in a warning or the debug panel goes through here
 * (test/node/quoted-values.test.mjs checks the source for it); it never throws.
 * URLs get `max` = MAX_QUOTED_URL, enough to tell two apart.
 */
export function cut(value: unknown, max = MAX_QUOTED): string {
  let text: string;
  try {
    text = stripBidi(String(value));
  } catch {
    // No string form (Object.create(null), a throwing toString): its type.
    text = typeof value;
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Most values a warning lists (e.g. unknown ids); the rest are counted. */
export const MAX_LISTED = 5;

/** Values listed in a warning, each quoted and cut: `"a", "b" and 3 more`. */
export function cutList(values: readonly unknown[]): string {
  const listed = values
    .slice(0, MAX_LISTED)
    .map((v) => `"${cut(v)}"`)
    .join(', ');
  return values.length > MAX_LISTED ? `${listed} and ${values.length - MAX_LISTED} more` : listed;
}

/** Forgets which warnings were shown, so tests can observe them again. */
export function resetWarnings(): void {
  shown.clear();
}
