import {expect} from '@open-wc/testing';
import {localeReady, setLocale} from '../src/core/locale.js';
import {resetWarnings} from '../src/core/warn.js';
import {xliffUnits} from '../scripts/i18n/xliff-units.mjs';

/** Whitespace-normalized text, as a person reads it. */
export function textOf(node: Node | null | undefined): string {
  // FSI/PDI around host values (src/core/bidi.ts) are invisible: left out.
  return (node?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const xliffCache = new Map<string, Promise<Document>>();

function xliff(locale: string): Promise<Document> {
  let doc = xliffCache.get(locale);
  if (!doc) {
    doc = fetch(`/locales/${locale}.xlf`)
      .then((response) => {
        if (!response.ok) throw new Error(`/locales/${locale}.xlf: HTTP ${response.status}`);
        return response.text();
      })
      .then((text) => new DOMParser().parseFromString(text, 'application/xml'));
    xliffCache.set(locale, doc);
  }
  return doc;
}

/** A target's text as a person reads it: whitespace normalized, placeholders as `${clinic}`. */
function targetText(target: string): string {
  return target.replace(/\s+/g, ' ').trim();
}

/**
 * The translations shipped in locales/<locale>.xlf, by message id: what a
 * translator wrote, read from the file (by the scripts' own XLIFF reader),
 * not from the code. Placeholders read as their source expression
 * (`${clinic}`); see `fill()`.
 */
export async function shippedTranslations(locale: string): Promise<Map<string, string>> {
  const {units} = xliffUnits(await xliff(locale));
  const targets = new Map<string, string>();
  for (const {id, target} of units) if (target !== null) targets.set(id, targetText(target));
  return targets;
}

/** Sets `<html lang>` as a host page would and waits for the widgets to follow. */
export async function setPageLang(lang: string | null): Promise<void> {
  if (lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.lang = lang;
  // The lang observer reacts in a microtask; let it run, then wait for the load.
  await new Promise((resolve) => setTimeout(resolve));
  await localeReady();
}

/** Puts the page back to English with no override, config or remembered warnings. */
export async function resetPage(): Promise<void> {
  document.querySelectorAll('script[data-dystonia-widgets]').forEach((script) => script.remove());
  await setLocale(undefined);
  await setPageLang('en');
  resetWarnings();
}

/**
 * Records console warnings while still printing them (a spy, not a
 * replacement). Call `restore()` when done.
 */
export function recordWarnings(): {messages: string[]; restore: () => void} {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return {messages, restore: () => (console.warn = original)};
}

/** Adds a page config script with the given text. */
export function addPageConfig(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset.dystoniaWidgets = '';
  script.textContent = text;
  document.head.append(script);
  return script;
}

/** Puts values into a translation's placeholders: fill(t, {clinic: 'X'}). */
export function fill(text: string | undefined, values: Record<string, string>): string {
  return (text ?? '').replace(/\$\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Asserts the focused control shows a solid outline of at least 2px (WCAG 2.4.7). */
export function expectVisibleFocus(control: Element): void {
  const style = getComputedStyle(control);
  expect(style.outlineStyle, 'focus outline style').to.equal('solid');
  expect(parseFloat(style.outlineWidth), 'focus outline width').to.be.at.least(2);
}

/**
 * Renders `tag` inside another element's shadow root, as in a host app built
 * with web components, to check that events cross shadow boundaries.
 * Call `remove()` when done.
 */
export async function inAnotherShadowRoot<T extends HTMLElement & {updateComplete: Promise<unknown>}>(
  tag: string,
  attributes: Record<string, string> = {}
): Promise<{el: T; remove: () => void}> {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.attachShadow({mode: 'open'}).append(el);
  await el.updateComplete;
  return {el, remove: () => wrapper.remove()};
}

/**
 * A lookup of the translations shipped in locales/<locale>.xlf that fails
 * the test, naming the id, when a message has no target; placeholders are
 * filled from `values`.
 */
export async function shippedTarget(
  locale: string
): Promise<(id: string, values?: Record<string, string>) => string> {
  const targets = await shippedTranslations(locale);
  return (id, values = {}) => {
    const target = targets.get(id);
    expect(target, `${locale}.xlf has a target for ${id}`).to.be.a('string').and.not.equal('');
    return fill(target, values);
  };
}
