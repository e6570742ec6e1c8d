// What the iframe embed (embed/embed.ts) and the embed builder (demo/embed.ts)
// know about the elements: each tag's attributes from custom-elements.json,
// as a form needs them (a union of literals → its values; boolean; number
// with the range its documentation states; text), and the shipped locales.
// Baked into both at build time as the module `dw:element-options`, so
// neither fetches the manifest at run time:
//   rollup: elementOptionsPlugin()            (scripts/build-embed.mjs)
//   dev server and test runner: elementOptionsDevPlugin()
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OPTIONS_ID = 'dw:element-options';

/**
 * Attributes that decide where a patient's data goes or whom they contact:
 * the clinic's settings. The iframe embed never takes them from its URL,
 * only from the clinic's own configuration (scripts/embed-config.mjs).
 */
export const CLINIC_SETTINGS = [
  'clinic-name',
  'href',
  'phone',
  'action',
  'privacy-url',
  'encoding',
  'timeout',
  'attribution',
];

/**
 * Every other attribute: presentation, which the embed's URL may set. A new
 * attribute fails test/node/embed.test.mjs until it is in one of the two lists.
 */
export const PRESENTATION = [
  'heading-level',
  'debug',
  'filter',
  'open',
  'selected',
  'no-map',
  'no-areas',
  'index',
  'rotate',
];

/**
 * custom-elements.json as `npm run analyze` writes it, made in memory from
 * src/ (the same globs and the analyzer's Lit support), for the dev server
 * and the tests, which must not need a build.
 */
let fromSource;
export function manifestFromSource() {
  fromSource ??= analyzeSource();
  return fromSource;
}

async function analyzeSource() {
  const {create, ts} = await import('@custom-elements-manifest/analyzer');
  const {litPlugin} =
    await import('@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js');
  const walk = (dir) =>
    readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
    );
  // custom-elements-manifest.config.mjs: globs src/**/*.ts, without src/generated/ and *.styles.ts.
  const files = walk(join(ROOT, 'src'))
    .map((file) => relative(ROOT, file))
    .filter((f) => f.endsWith('.ts') && !f.startsWith('src/generated/') && !f.endsWith('.styles.ts'));
  const modules = files.map((f) =>
    ts.createSourceFile(f, readFileSync(join(ROOT, f), 'utf8'), ts.ScriptTarget.ES2015, true)
  );
  return create({modules, plugins: litPlugin(), context: {dev: false}});
}

/** Type aliases of src/ (`type TypesFilter = 'all' | DystoniaTypeGroup;`), by name. */
function typeAliases() {
  const aliases = new Map();
  const walk = (dir) => {
    for (const e of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/\btype\s+(\w+)\s*=\s*([^;{}]+);/g)) {
          aliases.set(m[1], m[2]);
        }
      }
    }
  };
  walk(join(ROOT, 'src'));
  return aliases;
}

/** A type's string literals when it is (through aliases) a union of them only; else undefined. */
function literals(type, aliases, depth = 0) {
  const values = [];
  for (const part of type.split('|').map((p) => p.trim())) {
    if (part === 'undefined' || part === '') continue;
    const literal = part.match(/^'([^'\\]*)'$|^"([^"\\]*)"$/);
    if (literal) values.push(literal[1] ?? literal[2]);
    else if (aliases.has(part) && depth < 5) {
      const inner = literals(aliases.get(part), aliases, depth + 1);
      if (!inner) return undefined;
      values.push(...inner);
    } else return undefined;
  }
  return values.length ? values : undefined;
}

/** A JavaScript default as the manifest writes it (`'all'`, `false`), when it is a plain literal. */
function literalDefault(text) {
  const m = text?.match(/^'([^'\\]*)'$|^"([^"\\]*)"$|^(-?\d+(?:\.\d+)?)$|^(true|false)$/);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
}

/**
 * The elements' options from a manifest.
 * @returns {{locales: string[], tags: Record<string, {summary: string, attributes: Array<{name: string,
 *   kind: 'enum' | 'boolean' | 'number' | 'text', values?: string[], min?: number, max?: number,
 *   step?: number, default?: string, clinic?: true, description: string}>}>}}
 */
export function elementOptions(manifest, {descriptions = true} = {}) {
  const aliases = typeAliases();
  const tags = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      tags[declaration.tagName] = {
        summary: descriptions ? (declaration.summary ?? '') : '',
        attributes: (declaration.attributes ?? []).map((attribute) => {
          const type = attribute.type?.text ?? 'string';
          const description = (attribute.description ?? '').replace(/\s+/g, ' ').trim();
          const option = {name: attribute.name, kind: 'text', description};
          if (CLINIC_SETTINGS.includes(attribute.name)) option.clinic = true;
          const values = literals(type, aliases);
          const fallback = literalDefault(attribute.default);
          // A default the code names (DEFAULT_HEADING_LEVEL) is read from the documentation: "(default 2".
          const documented = description.match(/\(default (\w+)/)?.[1];
          if (fallback !== undefined || documented !== undefined) option.default = fallback ?? documented;
          if (values) Object.assign(option, {kind: 'enum', values});
          else if (/^boolean(\s*\|\s*undefined)?$/.test(type)) option.kind = 'boolean';
          else if (/^number(\s*\|\s*undefined)?$/.test(type)) {
            option.kind = 'number';
            // The range as the JSDoc states it ("a whole number from 1 to 6").
            const range = description.match(/from (\d+(?:\.\d+)?) to (\d+(?:\.\d+)?)?/);
            if (range) {
              option.min = Number(range[1]);
              if (range[2] !== undefined) option.max = Number(range[2]);
            }
            if (/whole number/.test(description)) option.step = 1;
          }
          if (!descriptions) delete option.description;
          return option;
        }),
      };
    }
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

/**
 * Rollup: `import options from 'dw:element-options'` from the given
 * manifest (dist/custom-elements.json on disk), or from src/.
 * descriptions: false leaves the documentation out (the embed only checks values).
 */
export function elementOptionsPlugin(manifest, {descriptions = true} = {}) {
  const id = '\0dw-element-options';
  return {
    name: 'element-options',
    resolveId: (source) => (source === OPTIONS_ID ? id : null),
    async load(loaded) {
      if (loaded !== id) return null;
      return moduleCode(elementOptions(manifest ?? (await manifestFromSource()), {descriptions}));
    },
  };
}

/** @web/dev-server: the same module from src/, for `npm start` and the tests. */
export function elementOptionsDevPlugin() {
  const path = '/__dw/element-options.js';
  return {
    name: 'element-options',
    resolveImport: ({source}) => (source === OPTIONS_ID ? path : undefined),
    async serve(context) {
      if (context.path !== path) return undefined;
      return {body: moduleCode(elementOptions(await manifestFromSource())), type: 'js'};
    },
  };
}
