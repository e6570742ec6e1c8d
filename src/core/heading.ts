import {html, literal, type StaticValue} from 'lit/static-html.js';
import type {TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

const TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

export const DEFAULT_HEADING_LEVEL = 2;

/** True for the integers 1–6. */
export function isHeadingLevel(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6;
}

/**
 * A real `<h1>`–`<h6>` at `level`, clamped to 6 so nested headings never
 * fall off the scale.
 */
export function heading(
  level: number,
  content: unknown,
  options: {part: string; id?: string; className?: string}
): TemplateResult {
  const tag = TAGS[Math.min(Math.max(level, 1), 6) - 1];
  // Static html: the tag is one of six literals above, never user input.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${options.part} id=${ifDefined(options.id)} class=${options.className ?? options.part}>${content}</${tag}>`;
}
