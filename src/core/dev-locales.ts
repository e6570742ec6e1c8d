/** How tooling loads a locale: the pseudo-locale, or the translation preview's marked copy. */
export type LocaleLoader = () => Promise<{templates: unknown}>;

/**
 * Locales added or replaced by development tools (pseudo-locale, translation
 * preview), which run from source. The browser build replaces this module with
 * `devLoaders = undefined` (build/no-dev-locales.mjs), so their code
 * drops out of every entry: the widgets a page loads know only the shipped
 * locales. Typed as possibly undefined so src/core/locale.ts handles both.
 */
export const devLoaders: Map<string, LocaleLoader> | undefined = new Map();
