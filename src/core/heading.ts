import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {common} from './element.schema.js';
import {cut} from './warn.js';

/**
 * The level `value` (the `heading-level` property; `shown` as written)
 * gives: itself when a whole number within the attribute's range, else the
 * default, with one warning through `warn`.
 */
export function levelOf(value: number, shown: unknown, warn: (message: string) => void): number {
  const {min, max, default: fallback} = common['heading-level'];
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  warn(`heading-level="${cut(shown)}" is not a whole number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}

/**
 * A real `<h1>`–`<h6>` at `level`, clamped to 6 so nested headings never
 * fall off the scale; `part` is also its class. Arguments, not an options
 * object: an option left out could not be read from a polluted Object.prototype.
 */
export function heading(level: number, content: unknown, part: string, id?: string): TemplateResult {
  // One template per level rather than lit/static-html (a tag cannot be a
  // binding): six short templates cost less than the static-html runtime.
  switch (Math.min(Math.max(level, 1), 6)) {
    case 1:
      return html`<h1 part=${part} id=${ifDefined(id)} class=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)} class=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)} class=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)} class=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)} class=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${ifDefined(id)} class=${part}>${content}</h6>`;
  }
}
