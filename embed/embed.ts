/**
 * The iframe embed's script (README, "Iframe embed"): renders one element
 * from the page's query parameters, for a CMS that strips scripts from what
 * an editor pastes (the frame is all it keeps).
 *
 *   ?tag=<element>&locale=<locale>&<attribute>=<value>…
 *
 * Only the attributes custom-elements.json declares for that tag are read
 * (the build bakes the list in: scripts/element-options.mjs); anything else,
 * and a value the attribute does not allow, is ignored with one console
 * warning. Values reach the element through setAttribute() only, never as
 * HTML. The element is added before the bundle (the next module script)
 * defines it, so it renders once, in the right locale.
 *
 * The page's height goes to the parent as {type: 'dystonia-widgets:height',
 * height} on load and whenever it changes; dist/embed/resize.js applies it.
 */
import options, {type AttributeOption} from 'dw:element-options';
import {HEIGHT_MESSAGE} from '../scripts/snippet.mjs';

const params = new URLSearchParams(location.search);
const main = document.querySelector('main') ?? document.body;

/** A value as quoted in a warning: short, without bidi controls (as src/core/warn.ts's cut()). */
const cut = (value: string): string => {
  const text = value.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};
const warn = (message: string): void => console.warn(`[dystonia-widgets] embed: ${message}`);

/** The attribute value to set, or undefined (the parameter is ignored) and why. */
function accepted(option: AttributeOption, value: string): {value?: string; why?: string} {
  switch (option.kind) {
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

function render(): void {
  const tag = params.get('tag') ?? '';
  const spec = Object.hasOwn(options.tags, tag) ? options.tags[tag] : undefined;
  if (!spec) {
    warn(
      `ignoring query parameter "tag" ("${cut(tag)}"): not an element of dystonia-widgets; ` +
        `use one of ${Object.keys(options.tags).join(', ')}.`
    );
    // For the editor who pasted a wrong URL (a visitor never sees it with a snippet from the builder).
    const message = document.createElement('p');
    message.className = 'dw-embed-message';
    message.textContent =
      'This embed does not name an element to show. Copy the embed again from the builder.';
    main.append(message);
    return;
  }
  const element = document.createElement(tag);
  const locale = params.get('locale');
  if (locale !== null) {
    const language = locale.toLowerCase().split('-')[0];
    if (/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(locale) && options.locales.includes(language)) {
      // The bundle follows <html lang> (es-MX shows es); the frame is a page of that language.
      document.documentElement.lang = locale;
    } else {
      warn(
        `ignoring query parameter "locale" ("${cut(locale)}"): not a shipped locale; ` +
          `use one of ${options.locales.join(', ')}.`
      );
    }
  }
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (name === 'tag' || name === 'locale' || seen.has(name)) continue;
    seen.add(name);
    const option = spec.attributes.find((a) => a.name === name);
    if (!option) {
      warn(
        `ignoring query parameter "${cut(name)}": <${tag}> has no such attribute; ` +
          `its attributes: ${spec.attributes.map((a) => a.name).join(', ')}.`
      );
      continue;
    }
    const result = accepted(option, value);
    if (result.value !== undefined) element.setAttribute(name, result.value);
    else if (result.why)
      warn(`ignoring query parameter "${name}" ("${cut(value)}"): it ${result.why}; using the default.`);
  }
  main.append(element);
}

let posted = -1;

/** Tells the parent the page's height, when it changed. Only the height: '*' sends nothing else. */
function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === posted || window.parent === window) return;
  posted = height;
  window.parent.postMessage({type: HEIGHT_MESSAGE, height}, '*');
}

render();
new ResizeObserver(postHeight).observe(document.documentElement);
addEventListener('load', postHeight);
