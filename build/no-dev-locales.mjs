// Rewrites src/core/dev-locales.ts to `export const devLoaders = undefined;`
// in the browser build. That module holds the development tools' locales (the
// pseudo-locale and the translation preview, which run from source on the
// dev server); src/core/locale.ts tests `devLoaders` before using it, so with
// it undefined the code that reads it folds away (35 to 45 bytes gzipped in
// each entry).

export function noDevLocales() {
  return {
    name: 'no-dev-locales',
    load(id) {
      return id.endsWith('/src/core/dev-locales.ts') ? 'export const devLoaders = undefined;' : null;
    },
  };
}
