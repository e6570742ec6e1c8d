// Makes each locale chunk (dist/locales/<locale>.js) plain data that imports
// nothing, and points the bundle at it:
// - emits every generated locale module (src/generated/locales/*.ts) as a
//   chunk with a stable name, locales/<locale>.js, next to its entry;
// - rewrites their `import {str} from '@lit/localize'` to a local equivalent
//   of the same shape as @lit/localize's str tag (internal/str-tag.js). With
//   the import, dist/locales/es.js would import the bundle, and a bundle
//   loaded as `dystonia-widgets.js?ver=…` would then load a second copy of
//   itself by its plain URL (which Trusted Types refuses);
// - rewrites the locale URL that src/core/locale-load.ts loads (LOCALE_URL,
//   '../generated/locales/{}.ts' for the dev server) for the output layout;
// - fails the build if a locale module imports anything else or a locale
//   chunk imports anything.
import {readdirSync} from 'node:fs';
import {posix} from 'node:path';

/** The shipped translations (es, ar…): the generated locale modules in `dir`, sorted. */
export const translations = (dir = 'src/generated/locales') =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();

/** Whether a module is a generated locale module. */
export const isLocaleModule = (id) => id.includes('/src/generated/locales/');

/** Rollup output.chunkFileNames: locale chunks keep their names (locales/es.js); others get a hash. */
export const chunkFileNames = (chunk) =>
  chunk.facadeModuleId && isLocaleModule(chunk.facadeModuleId)
    ? 'locales/[name].js'
    : 'chunks/[name]-[hash].js';

/**
 * @param {{dir?: string}} [options] the generated locale modules (src/generated/locales)
 */
export function selfContainedLocales({dir = 'src/generated/locales'} = {}) {
  const strImport = /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/;
  return {
    name: 'self-contained-locales',
    buildStart() {
      // src/core/locale.ts imports them by URL (one URL per retry), so they are emitted here.
      for (const name of translations(dir))
        this.emitFile({type: 'chunk', id: `${dir}/${name}.ts`, fileName: `locales/${name}.js`});
    },
    transform(code, id) {
      if (!isLocaleModule(id)) return null;
      if (/\bimport\b/.test(code.replace(strImport, '')))
        this.error(`${id}: a locale module may import only str from @lit/localize`);
      // Same shape as @lit/localize's str tag (internal/str-tag.js).
      const local = 'const str = (strings, ...values) => ({strTag: true, strings, values});';
      return {code: code.replace(strImport, local), map: null};
    },
    renderChunk(code, chunk) {
      if (!chunk.moduleIds.some((id) => id.endsWith('/src/core/locale-load.ts'))) return null;
      const literal = /(['"])\.\.\/generated\/locales\/\{\}\.ts\1/;
      if (!literal.test(code)) this.error('src/core/locale-load.ts: LOCALE_URL not found');
      const relative = posix.relative(posix.dirname(chunk.fileName), 'locales');
      return {code: code.replace(literal, `'./${relative}/{}.js'`.replace('./../', '../')), map: null};
    },
    generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId || !isLocaleModule(chunk.facadeModuleId))
          continue;
        if (chunk.imports.length || chunk.dynamicImports.length)
          this.error(`${chunk.fileName} imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}`);
      }
    },
  };
}
