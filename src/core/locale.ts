import type {ReactiveControllerHost} from 'lit';
// @lit/localize's runtime mode, without its configureLocalization(): this
// module already decides which locale to load, retries, waits and falls back,
// so it keeps the state and installs msg() itself (about 0.4 KB less in every
// entry). The package has no exports map; these are its own building blocks,
// the ones configureLocalization() uses (0.12.x, pinned by package-lock.json).
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import {joinStringsAndValues, type StrResult} from '@lit/localize/internal/str-tag.js';
import {sourceLocale, targetLocales, allLocales} from '../generated/locale-codes.js';
import {pageConfig} from './config.js';
import {devLoaders, type LocaleLoader} from './dev-locales.js';
import {cut, warnOnce} from './warn.js';

export type Locale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];
/** A translation: plain text, or a str`` template's parts with its values' order. */
type Translation = string | {strings: TemplateStringsArray; values: number[]};
type Templates = Record<string, Translation | undefined>;
type LocaleModule = {templates: Templates};

/**
 * Where a locale module is, relative to this module. The dev server serves
 * the TypeScript source; the build emits each as plain data at
 * `locales/<locale>.js` next to its entry and rewrites this literal for that
 * layout (build/self-contained-locales.mjs), so a bundle URL with a
 * query string (`?ver=…`) still finds `locales/es.js`.
 */
const LOCALE_URL = '../generated/locales/{}.ts';

/**
 * How long the widgets wait for the page's translation before showing
 * English (with one warning); the translation replaces it when it arrives.
 */
export const LOCALE_TIMEOUT_MS = 3000;

/** Failed loads per locale: a retry imports the module under a fresh URL. */
const failures = new Map<string, number>();

/** The page's locale, requested when this module is evaluated: taken by the first load. */
let early: {locale: string; load: Promise<LocaleModule>} | undefined;

function loadShipped(locale: TargetLocale): Promise<LocaleModule> {
  if (early?.locale === locale) {
    const {load} = early;
    early = undefined;
    return load;
  }
  const tries = failures.get(locale) ?? 0;
  // Firefox keeps a failed dynamic import for the life of the page (the
  // module map caches the failure), so a retry needs a URL of its own. The
  // chunk imports nothing, so a second instance of it is harmless.
  const url = new URL(LOCALE_URL.replace('{}', locale), import.meta.url);
  if (tries) url.search = `retry=${tries}`;
  const load = import(url.href) as Promise<LocaleModule>;
  return load.catch((error: unknown) => {
    failures.set(locale, tries + 1);
    throw error;
  });
}

/** Right-to-left languages, by primary language subtag. */
const RTL = /^(ar|fa|he|ur)(-|$)/i;

/** The shipped locales, source first. */
export const shippedLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

/**
 * For development tools only: adds a locale (e.g. the pseudo-locale
 * `en-XA`) or replaces how a shipped one loads (e.g. a preview that marks
 * fallbacks). Must run before the first widget connects.
 */
export function registerDevLocale(locale: string, loader: LocaleLoader): void {
  if (started) {
    warnOnce(starter, `registerDevLocale("${cut(locale)}") came after the widgets started; ignored.`);
    return;
  }
  devLoaders?.set(locale, loader);
}

function knownLocales(): readonly string[] {
  return devLoaders
    ? [...shippedLocales, ...[...devLoaders.keys()].filter((l) => !shippedLocales.includes(l as Locale))]
    : shippedLocales;
}

/**
 * Maps a BCP 47 tag to a shipped locale: exact match first, then the
 * language alone (`es-MX` → `es`). Returns undefined when nothing matches.
 */
export function matchLocale(tag: string): Locale | undefined {
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  const find = (w: string): Locale | undefined =>
    w ? (knownLocales().find((l) => l.toLowerCase() === w) as Locale | undefined) : undefined;
  return find(wanted) ?? find(wanted.split('-')[0]);
}

/** Text direction of a locale. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.test(locale) ? 'rtl' : 'ltr';
}

/** Whether locale handling has started (the first widget connected), and whether msg() is ours. */
let started = false;
let installed = false;
/** The locale rendered now, and its translations (none for the source locale). */
let active: Locale = sourceLocale;
let templates: Templates | undefined;
/** The locale being loaded, and a number per request: only the latest request is applied. */
let loading: Locale | undefined;
let request = 0;
let override: string | undefined;
let pending: Promise<void> = Promise.resolve();
let starter = 'dystonia-widgets';
let appliedTag: string | undefined;

/** Widgets on the page, re-rendered when a locale has loaded. */
const hosts = new Set<ReactiveControllerHost>();

/** Re-renders `host` whenever the page's locale changes, until unwatch(). */
export function watch(host: ReactiveControllerHost): void {
  hosts.add(host);
}

export function unwatch(host: ReactiveControllerHost): void {
  hosts.delete(host);
}

/**
 * msg() with the active locale's translations: a message by its id, a str``
 * template with its values in the translation's order; English (the source)
 * where the locale has no translation for it. Messages here are strings or
 * str`` templates, never html`` ones (build/short-message-ids.mjs
 * fails the build on any other msg() call).
 */
function translate(template: string | StrResult, options?: {id?: string}): string {
  const translation = templates?.[options?.id ?? ''];
  if (typeof translation === 'string') return translation;
  if (typeof template === 'string') return template;
  return joinStringsAndValues(translation?.strings ?? template.strings, template.values, translation?.values);
}

/**
 * Starts locale handling the first time any widget connects: installs
 * msg(), follows `<html lang>` changes and loads the page's locale. Later
 * calls are cheap no-ops.
 */
export function startLocalization(tag: string): void {
  // No page, no locale to follow (Node, e.g. a server render importing the
  // package): English only.
  if (typeof document === 'undefined') return;
  if (started) {
    // A widget added later may come with (or after) a changed page config.
    if (installed && requestedLocale().tag !== appliedTag) void apply();
    return;
  }
  started = true;
  starter = tag;
  try {
    _installMsgImplementation(translate as Parameters<typeof _installMsgImplementation>[0]);
  } catch (error) {
    // Another copy of @lit/localize in the same module graph was configured
    // first (a host app using it too): its settings govern, we show English.
    warnOnce(
      tag,
      `could not set up translations (${cut(error)}); showing English. ` +
        'Use the bundled dist/dystonia-widgets.js next to an app that uses @lit/localize.'
    );
    return;
  }
  installed = true;
  new MutationObserver(() => void apply()).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  void apply();
}

/** The locale the widgets are rendering now. */
export function getLocale(): Locale {
  return active;
}

/**
 * Sets the locale of every widget on the page, overriding the page config
 * and `<html lang>`. Pass `undefined` to follow them again. Resolves when
 * the translation has loaded (or fallen back to English). Without a
 * document (Node) it does nothing and resolves: English only. Anything but
 * a string or `undefined` warns once and changes nothing.
 */
export function setLocale(locale: string | undefined): Promise<void> {
  // A host script may pass anything: what is not a locale changes nothing
  // (and never reaches the <html lang> watcher, which reads `override`).
  if (locale !== undefined && typeof locale !== 'string') {
    warnOnce(starter, `setLocale(${cut(locale)}) ignored: not a string.`);
    return Promise.resolve();
  }
  override = locale;
  if (!started) startLocalization(starter);
  return apply();
}

/**
 * Server renders only (src/server.ts, in the Node build; never imported by a
 * browser entry, so it is not in the bundle): makes `locale` the one msg()
 * and getLocale() give, with its translations loaded from the build's
 * locales/ (the same module a page loads), so a server can render the
 * widgets in that locale without a document. An unknown locale gives English.
 */
export async function useServerLocale(locale: string): Promise<Locale> {
  const target = matchLocale(locale) ?? sourceLocale;
  if (!installed) {
    _installMsgImplementation(translate as Parameters<typeof _installMsgImplementation>[0]);
    installed = true;
  }
  show(target, target === sourceLocale ? undefined : (await loadShipped(target as TargetLocale)).templates);
  return target;
}

/** Resolves once the most recently requested locale is rendered. */
export function localeReady(): Promise<void> {
  return pending;
}

/** The locale asked for, and where from (also shown by the debug panel). */
export function requestedLocale(): {tag: string; source: string} {
  if (override !== undefined) return {tag: override, source: 'setLocale()'};
  const configured = pageConfig(starter).locale;
  if (configured !== undefined) return {tag: configured, source: 'page config "locale"'};
  // A root that is not an HTML element (replaced by a script) has no `lang`: nothing asked for.
  return {tag: document.documentElement?.lang ?? '', source: '<html lang>'};
}

/** Makes `locale` the rendered one and re-renders every widget. */
function show(locale: Locale, translations?: Templates): void {
  active = locale;
  // No prototype: a message the locale lacks is English, never a value on a polluted Object.prototype.
  templates = {__proto__: null, ...translations} as unknown as Templates;
  loading = undefined;
  for (const host of hosts) host.requestUpdate();
  settle();
}

function apply(): Promise<void> {
  if (!installed) return pending;
  const {tag, source} = requestedLocale();
  appliedTag = tag;
  let locale = matchLocale(tag);
  if (!locale) {
    if (tag.trim()) {
      warnOnce(
        starter,
        `no translation for locale "${cut(tag)}" (from ${source}); showing English. ` +
          `Shipped locales: ${knownLocales().join(', ')}.`
      );
    }
    locale = sourceLocale;
  }
  // Already shown (the page may stop waiting), or on its way.
  if (locale === (loading ?? active)) {
    if (!loading) settle();
    return pending;
  }
  const target = locale;
  const id = ++request;
  loading = target;
  const load =
    target === sourceLocale
      ? Promise.resolve(undefined)
      : ((devLoaders?.get(target)?.() ?? loadShipped(target as TargetLocale)) as Promise<LocaleModule>).then(
          (module) => module.templates
        );
  // A newer request supersedes this one: whoever waits on this waits on that.
  pending = load.then(
    (translations) => (id === request ? show(target, translations) : pending),
    (error: unknown) => {
      if (id !== request) return pending;
      // A translation that came too late has warned already (one warning).
      if (late !== target) {
        warnOnce(
          starter,
          `could not load the "${cut(target)}" translation (${cut(error)}); showing English.`
        );
      }
      return show(sourceLocale);
    }
  );
  return pending;
}

/**
 * Until the page's locale is active (or has failed, or LOCALE_TIMEOUT_MS
 * has passed), every widget's first render waits on this, so no English
 * text is painted and then replaced. Later locale changes re-render in place.
 */
let waiting: Promise<void> | undefined;
let endWait = (): void => {};
/** The locale whose wait timed out and warned. */
let late: string | undefined;

function settle(): void {
  waiting = undefined;
  late = undefined;
  endWait();
}

/** Resolves when widgets may render their text; undefined when they may now. */
export function localeWait(): Promise<void> | undefined {
  return waiting;
}

/**
 * Runs when this module is evaluated: starts loading the page's locale
 * (page config `locale`, else `<html lang>`; module scripts run after the
 * document is parsed) so it downloads alongside the rest of the page.
 */
function loadPageLocaleEarly(): void {
  // Node: no page, so nothing to load (and no timer keeping a process alive).
  if (typeof document === 'undefined') return;
  const locale = matchLocale(requestedLocale().tag) as TargetLocale;
  if (!targetLocales.includes(locale)) return;
  const load = loadShipped(locale);
  // apply() handles a failure; this keeps it from counting as unhandled
  // when it comes before the first widget connects.
  load.catch(() => {});
  early = {locale, load};
  waiting = new Promise((resolve) => (endWait = resolve));
  setTimeout(() => {
    if (!waiting) return;
    warnOnce(
      starter,
      `the "${cut(locale)}" translation is not here after ${LOCALE_TIMEOUT_MS} ms; showing English until it is.`
    );
    settle();
    late = locale;
  }, LOCALE_TIMEOUT_MS);
}

loadPageLocaleEarly();
