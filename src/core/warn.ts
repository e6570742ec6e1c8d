const shown = new Set<string>();

/**
 * Logs a console warning once per page for the same element and message, so a
 * page with many widgets (or a re-rendering one) does not flood the console.
 */
export function warnOnce(tag: string, message: string): void {
  const text = `[dystonia-widgets] <${tag}>: ${message}`;
  if (shown.has(text)) return;
  shown.add(text);
  console.warn(text);
}

/** Forgets which warnings were shown, so tests can observe them again. */
export function resetWarnings(): void {
  shown.clear();
}
