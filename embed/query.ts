/**
 * What the iframe embed takes from its address, as data: no DOM, so the
 * fuzz suite (test/fuzz/embed-query.test.ts) drives it with any query.
 *
 * Anyone can write a link to the embed page, so the address sets
 * presentation only: the element, its language, and the attributes the
 * element's schema declares for it, less the clinic's settings (where a
 * patient's data goes, whom they contact: `clinic: true` in the schema,
 * src/core/schema.ts). Everything else is ignored, each with one
 * warning that quotes the value through cut().
 */
import type {AttributeOption, ElementOptions} from 'dw:element-options';
import {cut} from '../src/core/warn.js';

export interface EmbedRequest {
  /** The element to show; undefined when the address names none of ours. */
  tag?: string;
  /** The page's language (a shipped one, as given, e.g. `es-MX`). */
  locale?: string;
  /** Presentation attributes to set, checked against the element's options. */
  attributes: Record<string, string>;
  /** One line per ignored parameter. */
  warnings: string[];
}

/** The attribute value to set, or undefined (the parameter is ignored) and why. */
function accepted(option: AttributeOption, value: string): {value?: string; why?: string} {
  switch (option.type) {
    case 'enum':
      return option.values!.includes(value) ? {value} : {why: `must be one of ${option.values!.join(', ')}`};
    case 'boolean':
      if (value === '' || value === 'true' || value === option.name) return {value: ''};
      return value === 'false' ? {} : {why: 'is a switch: give it without a value (or "true")'};
    case 'number': {
      const n = value.trim() === '' ? NaN : Number(value);
      const range =
        option.max !== undefined ? `from ${option.min} to ${option.max}` : `of at least ${option.min ?? 0}`;
      const whole = option.step === 1 ? 'a whole number' : 'a number';
      if (
        !Number.isFinite(n) ||
        (option.step === 1 && !Number.isInteger(n)) ||
        (option.min !== undefined && n < option.min) ||
        (option.max !== undefined && n > option.max)
      )
        return {why: `must be ${whole} ${range}`};
      return {value};
    }
    default:
      return {value};
  }
}

export function fromQuery(params: URLSearchParams, options: ElementOptions): EmbedRequest {
  const warnings: string[] = [];
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  const tag = params.get('tag') ?? '';
  const spec = Object.hasOwn(options.tags, tag) ? options.tags[tag] : undefined;
  if (!spec) {
    warnings.push(
      `ignoring query parameter "tag" ("${cut(tag)}"): not an element of dystonia-widgets; ` +
        `use one of ${Object.keys(options.tags).join(', ')}.`
    );
    // Every key its own (a polluted prototype's `tag` is never read through it).
    return {tag: undefined, locale: undefined, attributes, warnings};
  }
  let locale: string | undefined;
  const asked = params.get('locale');
  if (asked !== null) {
    const language = asked.toLowerCase().split('-')[0];
    if (/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(asked) && options.locales.includes(language)) locale = asked;
    else
      warnings.push(
        `ignoring query parameter "locale" ("${cut(asked)}"): not a shipped locale; ` +
          `use one of ${options.locales.join(', ')}.`
      );
  }
  const seen = new Set<string>(['tag', 'locale']);
  for (const [name, value] of params) {
    if (seen.has(name)) continue;
    seen.add(name);
    const option = spec.attributes.find((a) => a.name === name);
    if (!option) {
      warnings.push(
        `ignoring query parameter "${cut(name)}": <${tag}> has no such attribute; ` +
          `its attributes: ${spec.attributes
            .filter((a) => !a.clinic)
            .map((a) => a.name)
            .join(', ')}.`
      );
    } else if (option.clinic) {
      warnings.push(
        `ignoring query parameter "${name}": <${tag}>'s ${name} is the clinic's setting, taken from ` +
          "the embed's configuration (embed.config.json), never from its address."
      );
    } else {
      const result = accepted(option, value);
      if (result.value !== undefined) attributes[name] = result.value;
      else if (result.why)
        warnings.push(
          `ignoring query parameter "${name}" ("${cut(value)}"): it ${result.why}; using the default.`
        );
    }
  }
  return {tag, locale, attributes, warnings};
}
