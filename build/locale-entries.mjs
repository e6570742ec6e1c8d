// One entry per shipped translation next to the CDN bundle:
// dist/dystonia-widgets.<locale>.js is the bundle (src/define.ts) with the
// locale's translations inside (the same data as dist/locales/<locale>.js),
// handed to the locale loader (provideLocale in src/core/locale-load.ts) as
// the file is evaluated. On a page in that language, snippet() pastes it
// instead of dystonia-widgets.js: one file, one request, and the first render
// has its text in the same task the bundle runs in, instead of after an
// import() of the locale chunk, which resolves a task later — after the
// browser may have painted the page without the widgets and then moved
// everything below them (bench/RESULTS.md). rollup.config.mjs builds each
// on its own (localeConfigs), so it is as self-contained as the bundle.
//
// The entries are virtual modules; their translations are the generated
// locale module read under an id of its own (`\0locale-data:…/es.ts`), so the
// other steps rewrite it as they rewrite the locale chunks (short message
// ids, the local str tag) and rollup bundles it into the entry instead of
// importing the emitted locale chunk.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {translations} from './self-contained-locales.mjs';

const PREFIX = '\0locale-entry:';
const DATA = '\0locale-data:';

/** The per-locale files' names, without `.js`: `dystonia-widgets.es`, one per shipped translation. */
export const localeEntryNames = (dir) => translations(dir).map((locale) => `dystonia-widgets.${locale}`);

/** Rollup input: `{'dystonia-widgets.es': <virtual entry>}` per shipped translation. */
export const localeEntryInputs = (dir) =>
  Object.fromEntries(localeEntryNames(dir).map((name) => [name, PREFIX + name.split('.').pop()]));

/**
 * @param {{entry?: string, dir?: string}} [options] the bundle's source entry, the generated locale modules
 */
export function localeEntries({entry = 'src/define.ts', dir = 'src/generated/locales'} = {}) {
  const bundle = resolve(entry);
  const provider = resolve('src/core/locale-load.ts');
  return {
    name: 'locale-entries',
    resolveId(source) {
      if (source.startsWith(PREFIX)) return source;
      if (source.startsWith(DATA)) return source;
      return null;
    },
    load(id) {
      if (id.startsWith(PREFIX)) {
        const locale = id.slice(PREFIX.length);
        const data = DATA + resolve(dir, `${locale}.ts`);
        return [
          `import ${JSON.stringify(bundle)};`,
          `import {provideLocale} from ${JSON.stringify(provider)};`,
          `import {templates} from ${JSON.stringify(data)};`,
          `provideLocale(${JSON.stringify(locale)}, {templates});`,
        ].join('\n');
      }
      if (id.startsWith(DATA)) return readFileSync(id.slice(DATA.length), 'utf8');
      return null;
    },
  };
}
