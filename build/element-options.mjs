/**
 * The module `dw:element-options`: what the iframe embed (embed/embed.ts,
 * embed/query.ts) and the embed builder (demo/embed.ts) know about the
 * elements, baked in so neither fetches anything at run time: each tag's
 * summary and attributes from its schema (build/schema.mjs), and the
 * shipped locales (lit-localize.json).
 *   rollup (build/build-embed.mjs):        elementOptionsPlugin()
 *   dev server and test runner:            elementOptionsDevPlugin()
 * The embed's copy leaves the documentation out ({descriptions: false}): it
 * only checks values.
 */
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadSchemas} from './schema.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OPTIONS_ID = 'dw:element-options';

/**
 * @returns {Promise<{locales: string[], tags: Record<string, {summary: string, attributes: Array<{name: string,
 *   type: 'enum' | 'boolean' | 'number' | 'text', values?: string[], min?: number, max?: number, step?: number,
 *   default?: string | number | boolean, clinic: boolean, desc?: string}>}>}>}
 */
export async function elementOptions({descriptions = true} = {}) {
  const schemas = await loadSchemas();
  const tags = {};
  for (const [tag, {summary, attributes}] of Object.entries(schemas)) {
    tags[tag] = {
      summary: descriptions ? summary : '',
      attributes: attributes.map(({desc, ...attribute}) => (descriptions ? {...attribute, desc} : attribute)),
    };
  }
  const {sourceLocale, targetLocales} = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));
  return {locales: [sourceLocale, ...targetLocales], tags};
}

/** tag → the names of its attributes that are clinic settings (tags without any left out). */
export function clinicAttributes(options) {
  const out = {};
  for (const [tag, spec] of Object.entries(options.tags)) {
    const names = spec.attributes.filter((a) => a.clinic).map((a) => a.name);
    if (names.length) out[tag] = names;
  }
  return out;
}

const moduleCode = (options) => `export default ${JSON.stringify(options)};\n`;

/** Rollup: `import options from 'dw:element-options'`. */
export function elementOptionsPlugin({descriptions = true} = {}) {
  const id = '\0dw-element-options';
  return {
    name: 'element-options',
    resolveId: (source) => (source === OPTIONS_ID ? id : null),
    async load(loaded) {
      return loaded === id ? moduleCode(await elementOptions({descriptions})) : null;
    },
  };
}

/** @web/dev-server: the same module, for `npm start` and the tests. */
export function elementOptionsDevPlugin() {
  const path = '/__dw/element-options.js';
  return {
    name: 'element-options',
    resolveImport: ({source}) => (source === OPTIONS_ID ? path : undefined),
    async serve(context) {
      if (context.path !== path) return undefined;
      return {body: moduleCode(await elementOptions()), type: 'js'};
    },
  };
}
