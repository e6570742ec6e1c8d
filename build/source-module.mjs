// Loads a module of src/ (TypeScript) in Node: esbuild bundles it with what it
// imports into one ES module in memory, imported from a data: URL; nothing is
// written to disk. So a build step applies the library's own rules instead of
// a copy of them (build/embed-config.mjs: the URL rules of src/core/url.ts and
// the page config keys of src/core/config.ts). Only for modules that touch no
// DOM when they load.
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles `contents` (a module's JavaScript, its imports relative to `root`) and imports it.
 * @param {string} contents
 * @param {string} [root] the folder its relative imports start from (the project)
 */
export async function importBundled(contents, root = ROOT) {
  const result = await build({
    stdin: {contents, resolveDir: root, loader: 'js', sourcefile: 'bundled.js'},
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/**
 * The exports of a module of the project, e.g. `await importSource('src/core/url.ts')`.
 * @param {string} path relative to `root`
 * @param {string} [root] the project
 */
export const importSource = (path, root = ROOT) => importBundled(`export * from './${path}';`, root);
