// Imports package entries in a fresh `node` process, as a server render
// would: no DOM, nothing preloaded. Used by test/node/node-import.test.mjs
// (against a Node build made in a temp dir) and scripts/pack-check.mjs
// (against the packed tarball installed in a scratch project).
import {execFile} from 'node:child_process';

/**
 * Runs in the child. Bare specifiers resolve from the child's working
 * directory (an --eval script's base), so the package is found as a
 * consumer finds it: through node_modules and its `exports` map, with
 * Node's own conditions (`node`, `import`).
 */
const CHILD = `
const options = JSON.parse(process.env.DW_IMPORT_CHECK);
const out = {before: typeof globalThis.customElements, entries: {}, classes: {}};
const shim = await import(options.shim);
let own;
if (options.registry === 'absent') {
  // An environment without a registry, which stays without one: Lit's Node
  // build would otherwise define the global (from @lit-labs/ssr-dom-shim).
  Object.defineProperty(globalThis, 'customElements', {get: () => undefined, set() {}, configurable: true});
} else if (options.registry === 'own') {
  // A registry installed before the package loads, as a DOM shim does.
  globalThis.customElements = own = new shim.CustomElementRegistry();
}
const modules = {};
for (const {specifier, json} of options.entries) {
  modules[specifier] = json ? await import(specifier, {with: {type: 'json'}}) : await import(specifier);
  out.entries[specifier] = Object.keys(modules[specifier]).sort();
}
const registry = globalThis.customElements;
out.registry =
  registry === undefined ? 'none' : registry === shim.customElements ? 'lit' : registry === own ? 'own' : 'other';
out.registered = options.tags.filter((tag) => registry?.get(tag));
out.inLitRegistry = options.tags.filter((tag) => shim.customElements.get(tag));
// Each registered tag's class is the class its entry exports.
for (const {specifier, tag, className} of options.entries) {
  if (tag) out.classes[tag] = registry?.get(tag) === modules[specifier][className];
}
if (options.setLocale) {
  const {setLocale, getLocale} = modules[options.setLocale];
  await setLocale('es');
  out.locale = getLocale();
}
process.stdout.write(JSON.stringify(out));
`;

/** PascalCase class name of a tag: dystonia-types → DystoniaTypes. */
export const classOf = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

/**
 * The runtime entries of a package's `exports` map for Node: each key with
 * a target for the `node`, `import` or `default` condition, `*` patterns
 * expanded with `expand(key)`. Types-only keys are left out (Node cannot
 * import them) and returned as `typesOnly`.
 */
export function nodeEntries(pkg, expand) {
  const target = (value) => {
    if (typeof value === 'string') return value;
    if (!value || typeof value !== 'object') return undefined;
    for (const condition of ['node', 'import', 'default']) {
      const found = target(value[condition]);
      if (found) return found;
    }
    return undefined;
  };
  const entries = [];
  const typesOnly = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    const file = target(value);
    if (!file) {
      typesOnly.push(key);
      continue;
    }
    const json = file.endsWith('.json');
    const subpaths = key.includes('*') ? expand(key) : [key];
    for (const subpath of subpaths) entries.push({specifier: pkg.name + subpath.slice(1), json, subpath});
  }
  return {entries, typesOnly};
}

/**
 * Imports `entries` ({specifier, json?, tag?, className?}) in a fresh node
 * (this process's binary) working in `cwd`. `registry`: 'lit' (plain Node:
 * Lit's Node build defines the global), 'absent' (kept undefined) or 'own'
 * (one installed first). `shim`: how the child imports @lit-labs/ssr-dom-shim
 * (the copy Lit uses). Resolves with the child's report and its stderr;
 * rejects when it fails.
 */
export function importInNode({cwd, entries, tags, shim, registry = 'lit', setLocale}) {
  const options = {entries, tags, shim, registry, setLocale};
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '--eval', CHILD],
      {cwd, env: {...process.env, DW_IMPORT_CHECK: JSON.stringify(options)}, timeout: 60_000},
      (error, stdout, stderr) => {
        // Node quotes the failing source line: a whole minified bundle.
        const shown = stderr.replace(/^(.{300}).+$/gm, '$1…');
        if (error) reject(new Error(`node import failed (exit ${error.code ?? error.signal}):\n${shown}`));
        else resolve({report: JSON.parse(stdout), stderr});
      }
    );
  });
}
