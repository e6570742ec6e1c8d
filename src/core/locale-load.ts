import type {targetLocales} from '../generated/locale-codes.js';

/** A translation: plain text, or a str`` template's parts with its values' order. */
type Translation = string | {strings: TemplateStringsArray; values: number[]};
/** What a generated locale module exports. */
export type LocaleModule = {templates: Record<string, Translation | undefined>};

/**
 * How the CDN bundle (and the dev server) load a locale: by URL, relative to
 * this module. The dev server serves the TypeScript source; the CDN build
 * emits each as plain data at `locales/<locale>.js` next to its entry and
 * rewrites this literal for that layout (build/self-contained-locales.mjs),
 * so a bundle URL with a query string (`?ver=…`) still finds `locales/es.js`.
 * The npm package's build loads them through locale-load.package.ts instead,
 * whose literal import() paths bundlers follow.
 */
const LOCALE_URL = '../generated/locales/{}.ts';

/** Failed loads per locale: a retry imports the module under a fresh URL. */
const failures = new Map<string, number>();

/**
 * Translations a per-locale entry (`dystonia-widgets.es.js`, made by
 * build/locale-entries.mjs) hands over as the page's module graph is
 * evaluated, so the first render needs no import() of its own: that would
 * resolve a task later, after the browser may have painted the page without
 * the widgets.
 */
const provided = new Map<string, LocaleModule>();

/** Called by a per-locale entry, after the bundle it imports has been evaluated. */
export function provideLocale(locale: string, module: LocaleModule): void {
  provided.set(locale, module);
}

export function loadShipped(locale: (typeof targetLocales)[number]): Promise<LocaleModule> {
  // One microtask later: a per-locale entry evaluated in the same graph has provided its locale by then.
  return Promise.resolve().then(() => provided.get(locale) ?? importShipped(locale));
}

function importShipped(locale: (typeof targetLocales)[number]): Promise<LocaleModule> {
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
