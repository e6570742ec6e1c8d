/**
 * The elements' schemas (src/elements/<tag>/<tag>.schema.ts: each attribute's
 * type, values, range, default, whether it is a clinic setting, and its
 * documentation; see src/core/schema.ts), read in Node for the tools that
 * need an element's options: the iframe embed and the builder
 * (build/element-options.mjs), custom-elements.json and the framework types
 * (build/cem-schema.mjs), the docs tables (scripts/docs.mjs).
 *
 * The schema files are TypeScript that import only each other (and types),
 * loaded through build/source-module.mjs (esbuild, in memory).
 */
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {elementTags} from './elements.mjs';
import {importBundled} from './source-module.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const cache = new Map();

/** `heading-level` → `headingLevel`, the property an attribute sets (as src/core/schema.ts's camel). */
export const camel = (name) => name.replace(/-(.)/g, (_, c) => c.toUpperCase());

/** The schema files, read once per project root. */
function load(root) {
  if (!cache.has(root)) cache.set(root, read(root));
  return cache.get(root);
}

/**
 * tag → {summary, attributes: [{name, type, values?, min?, max?, step?, default?, clinic?, desc}]},
 * attributes in the schema's order (the element's own first, then the common ones).
 * @param {string} [root] the project (a fixture's, in tests)
 * @returns {Promise<Record<string, {summary: string, attributes: Array<Record<string, unknown> & {name: string}>}>>}
 */
export async function loadSchemas(root = ROOT) {
  return (await load(root)).tags;
}

/**
 * The names of the attributes every element has (src/core/element.schema.ts's `common`).
 * @param {string} [root]
 * @returns {Promise<string[]>}
 */
export async function commonNames(root = ROOT) {
  return (await load(root)).common;
}

async function read(root) {
  const tags = elementTags(root);
  const contents = [
    "export {common} from './src/core/element.schema.ts';",
    ...tags.map(
      (tag, i) => `export {schema as s${i}, summary as m${i}} from './src/elements/${tag}/${tag}.schema.ts';`
    ),
  ].join('\n');
  const module = await importBundled(contents, root);
  const out = {};
  tags.forEach((tag, i) => {
    const schema = module[`s${i}`];
    if (!schema || typeof module[`m${i}`] !== 'string')
      throw new Error(`src/elements/${tag}/${tag}.schema.ts must export schema and summary`);
    out[tag] = {
      summary: module[`m${i}`],
      attributes: Object.entries(schema).map(([name, attribute]) => {
        const {default: fallback, ...rest} = attribute;
        return {name, ...rest, ...(fallback === undefined ? {} : {default: fallback})};
      }),
    };
  });
  return {tags: out, common: Object.keys(module.common)};
}
