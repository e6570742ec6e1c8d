import {isServer, type ReactiveControllerHost} from 'lit';
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
import {loadShipped, type LocaleModule} from './locale-load.js';
import {cut, warnOnce} from './warn.js';

export type Locale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];
type Templates = LocaleModule['templates'];

/**
 * How long the widgets wait for the page's translation before showing
 * English (with one warning); the translation replaces it when it arrives.
 */
export const LOCALE_TIMEOUT_MS = 3000;

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
/**
 * The page's locale: what widgets without a language of their own (their
 * `lang`, or an ancestor's below `<html>`) show. On a server, the render's
 * default (runWithDefaultLocale).
 */
let active: Locale = sourceLocale;
/** The translations msg() uses now: the page's, or an element's while it renders (withLocale). */
let templates: Templates | undefined;
/** Each loaded locale's translations (null prototype); the source locale has none. */
const loaded = new Map<Locale, Templates>();
/** Loads in flight or done, per locale: each locale's chunk loads once. */
const loads = new Map<Locale, Promise<void>>();
/** Locales whose load failed: loaded again only when the page asks for one anew. */
const failed = new Set<Locale>();
/** Per locale, while its translation loads and LOCALE_TIMEOUT_MS has not passed: what renders wait on. */
const waits = new Map<Locale, Promise<void>>();
/** The locale the page asked for last, and a number per request: only the latest request is applied. */
let request = 0;
let override: string | undefined;
let pending: Promise<void> = Promise.resolve();
let starter = 'dystonia-widgets';
let appliedTag: string | undefined;

/** Widgets on the page, re-rendered when a locale has loaded or a language changed. */
const hosts = new Set<ReactiveControllerHost>();

/** Re-renders `host` whenever a locale has loaded or the page's language changed, until unwatch(). */
export function watch(host: ReactiveControllerHost): void {
  hosts.add(host);
}

export function unwatch(host: ReactiveControllerHost): void {
  hosts.delete(host);
}

/** Asks every widget to render again: each resolves its language anew. */
function updateAll(): void {
  for (const host of hosts) host.requestUpdate();
}

/**
 * msg() with the current translations (the page's, or the rendering
 * element's): a message by its id, a str`` template with its values in the
 * translation's order; English (the source) where the locale has no
 * translation for it. Messages here are strings or str`` templates, never
 * html`` ones (build/short-message-ids.mjs fails the build on any other
 * msg() call).
 */
function translate(template: string | StrResult, options?: {id?: string}): string {
  const translation = templates?.[options?.id ?? ''];
  if (typeof translation === 'string') return translation;
  if (typeof template === 'string') return template;
  return joinStringsAndValues(translation?.strings ?? template.strings, template.values, translation?.values);
}

/** Installs msg() once; false when another copy of @lit/localize was configured first. */
function install(tag: string): boolean {
  if (installed) return true;
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
    return false;
  }
  return (installed = true);
}

/**
 * Runs `render` with `locale`'s translations as msg()'s (the source
 * locale's, English, where they have not loaded): how each element renders
 * in its own language. Synchronous, so renders of different languages,
 * on a page or in concurrent server renders, never mix.
 */
export function withLocale<T>(locale: Locale, render: () => T): T {
  const previous = templates;
  templates = loaded.get(locale);
  try {
    return render();
  } finally {
    templates = previous;
  }
}

/**
 * Whether `locale` can be shown: the source locale always; another once its
 * translations are here and msg() is ours (next to an app that configured
 * @lit/localize first, English only).
 */
export function isLoaded(locale: Locale): boolean {
  return locale === sourceLocale || (loaded.has(locale) && (installed || !started));
}

/**
 * Loads `locale`'s translations once (a failure warns once and may be
 * retried by a later request). In a browser, renders that need it wait on
 * localeWait(locale) for at most LOCALE_TIMEOUT_MS; when it arrives later,
 * every widget renders again.
 */
export function loadLocale(locale: Locale, tag?: string): Promise<void> {
  if (isLoaded(locale)) return Promise.resolve();
  let load = loads.get(locale);
  if (load) return load;
  const module = (devLoaders?.get(locale)?.() ??
    loadShipped(locale as TargetLocale)) as Promise<LocaleModule>;
  load = module.then(
    ({templates: translations}) => {
      // No prototype: a message the locale lacks is English, never a value on a polluted Object.prototype.
      loaded.set(locale, {__proto__: null, ...translations} as unknown as Templates);
      if (locale === active) templates = loaded.get(locale);
      waits.delete(locale);
      updateAll();
    },
    (error: unknown) => {
      // Not tried again until the page asks for it again (apply()): a render does not retry.
      failed.add(locale);
      // A translation that came too late has warned already (one warning).
      if (waits.delete(locale) || isServer)
        warnOnce(
          tag ?? starter,
          `could not load the "${cut(locale)}" translation (${cut(error)}); showing English.`
        );
      updateAll();
    }
  );
  loads.set(locale, load);
  if (!isServer) {
    waits.set(
      locale,
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          if (!waits.delete(locale)) return;
          warnOnce(
            tag ?? starter,
            `the "${cut(locale)}" translation is not here after ${LOCALE_TIMEOUT_MS} ms; showing English until it is.`
          );
          resolve();
        }, LOCALE_TIMEOUT_MS);
        void load.then(() => {
          clearTimeout(timer);
          resolve();
        });
      })
    );
  }
  return load;
}

/** What a lang watcher observes: `lang` anywhere below its target. */
const LANG: MutationObserverInit = {attributes: true, attributeFilter: ['lang'], subtree: true};

/**
 * Starts locale handling the first time any widget connects: installs
 * msg(), follows `lang` changes in the page (of `<html>` and of any element)
 * and loads the page's locale. Later calls are cheap no-ops.
 */
export function startLocalization(tag: string): void {
  // No page, no locale to follow (a server render): each render says its language.
  if (isServer) return;
  if (started) {
    // A widget added later may come with (or after) a changed page config.
    if (installed && requestedLocale().tag !== appliedTag) void apply();
    return;
  }
  started = true;
  starter = tag;
  if (!install(tag)) return;
  new MutationObserver(() => {
    void apply();
    updateAll();
  }).observe(document.documentElement, LANG);
  void apply();
}

/**
 * Follows `lang` changes in the shadow roots between `host` and the page
 * (the page's own are followed by startLocalization): the observer, for the
 * widget to disconnect when it leaves, so that it never keeps a removed
 * shadow root alive; none for a widget in the page itself.
 */
export function followLang(host: Node): MutationObserver | undefined {
  let observer: MutationObserver | undefined;
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
    (observer ??= new MutationObserver(updateAll)).observe(root, LANG);
  return observer;
}

/**
 * The locale the page asks for (setLocale(), page config, `<html lang>`),
 * shipped or else English: what a widget without a language of its own
 * waits for and renders in. On a server, the render's default.
 */
export function pageLocale(): Locale {
  return isServer ? active : (matchLocale(requestedLocale().tag) ?? sourceLocale);
}

/** The page's locale: what widgets without a language of their own render in. */
export function getLocale(): Locale {
  return active;
}

/**
 * Sets the page's locale, overriding the page config and `<html lang>`, for
 * every widget without a language of its own. Pass `undefined` to follow them
 * again. Resolves when the translation has loaded (or fallen back to
 * English). On a server it does nothing and resolves. Anything but a string
 * or `undefined` warns once and changes nothing.
 */
export function setLocale(locale: string | undefined): Promise<void> {
  // A host script may pass anything: what is not a locale changes nothing
  // (and never reaches the lang watcher, which reads `override`).
  if (locale !== undefined && typeof locale !== 'string') {
    warnOnce(starter, `setLocale(${cut(locale)}) ignored: not a string.`);
    return Promise.resolve();
  }
  override = locale;
  if (!started) startLocalization(starter);
  return apply();
}

/**
 * The shipped locale `tag` names, or the source locale (English) with one
 * warning when it names none or is not a string; `what` says where it came
 * from, for the warning, with `%s` where the value goes.
 */
export function localeFor(tag: unknown, what: string, warnAs = starter): Locale {
  const locale = typeof tag === 'string' ? matchLocale(tag) : undefined;
  if (!locale && (typeof tag !== 'string' || tag.trim())) {
    warnOnce(
      warnAs,
      `no translation for ${what.replace('%s', `"${cut(tag)}"`)}; showing English. ` +
        `Shipped locales: ${knownLocales().join(', ')}.`
    );
  }
  return locale ?? sourceLocale;
}

/**
 * Server renders only (src/server.ts; never imported by a browser entry):
 * runs `render` with `locale` as the default language, the one elements
 * without their own `lang` render in; `locale`'s translations must have
 * loaded (loadLocale). Synchronous: concurrent renders each pass their own.
 */
export function runWithDefaultLocale<T>(locale: Locale, render: () => T): T {
  install(starter);
  const previous = active;
  active = locale;
  try {
    return withLocale(locale, render);
  } finally {
    active = previous;
  }
}

/**
 * Server renders only: makes `locale` the default language of every later
 * render in this process. Prefer renderToString(markup, {locale}), which
 * has no global state. A locale that is not a string, or not shipped, gives
 * English with one warning.
 */
export async function useServerLocale(locale: unknown): Promise<Locale> {
  const target = localeFor(locale, 'useServerLocale(%s)');
  install(starter);
  await loadLocale(target);
  active = target;
  templates = loaded.get(target);
  return target;
}

/** Resolves once the most recently requested page locale is rendered. */
export function localeReady(): Promise<void> {
  return pending;
}

/** The locale asked for, and where from (also shown by the debug panel). */
export function requestedLocale(): {tag: string; source: string} {
  if (override !== undefined) return {tag: override, source: 'setLocale()'};
  const configured = pageConfig(starter).locale;
  if (configured !== undefined) return {tag: configured, source: 'page config "locale"'};
  // A root that is not an HTML element (replaced by a script) has no `lang`: nothing asked for.
  return {tag: (!isServer && document.documentElement?.lang) || '', source: '<html lang>'};
}

function apply(): Promise<void> {
  if (!installed) return pending;
  const {tag, source} = requestedLocale();
  appliedTag = tag;
  const target = localeFor(tag, `locale %s (from ${source})`);
  const id = ++request;
  // Asked again: a failed translation is tried again, under a fresh URL (loadShipped).
  if (failed.delete(target)) loads.delete(target);
  pending = loadLocale(target).then(() => {
    // A newer request supersedes this one: whoever waits on this waits on that.
    if (id !== request) return pending;
    active = isLoaded(target) ? target : sourceLocale;
    templates = loaded.get(active);
    updateAll();
    return undefined;
  });
  return pending;
}

/**
 * Until `locale` has loaded (or failed, or LOCALE_TIMEOUT_MS has passed),
 * a render in it waits on this, so no English text is painted and then
 * replaced; undefined when it may render now.
 */
export function localeWait(locale: Locale): Promise<void> | undefined {
  // Asked for before any render needed it: start loading it now.
  if (!failed.has(locale)) void loadLocale(locale);
  return waits.get(locale);
}

/**
 * Runs when this module is evaluated: starts loading the page's locale
 * (page config `locale`, else `<html lang>`; module scripts run after the
 * document is parsed) so it downloads alongside the rest of the page.
 */
function loadPageLocaleEarly(): void {
  // A server: no page, so nothing to load (and no timer keeping a process alive).
  if (isServer) return;
  const locale = matchLocale(requestedLocale().tag) as TargetLocale;
  if (!targetLocales.includes(locale)) return;
  // apply() warns about a failure.
  loadLocale(locale).catch(() => {});
}

loadPageLocaleEarly();
