// Runs rollup on a few modules given as text (never written to disk), for the
// tests of the build steps (build/*.mjs). Paths are relative to a fixture
// project at test/build/fixture/ (which does not exist) or to `root`; a bare
// import resolves from the repository's node_modules with nodeResolve, as in
// the real build.
import {dirname, isAbsolute, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {rollup} from 'rollup';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE = join(ROOT, 'test/build/fixture');

/** Serves `files` (path under `root` → text) before the file system is asked. */
export function virtualFiles(files, root = FIXTURE) {
  const byId = new Map(Object.entries(files).map(([path, code]) => [join(root, path), code]));
  return {
    name: 'virtual-files',
    resolveId: {
      order: 'pre',
      handler(source, importer) {
        const id = isAbsolute(source)
          ? source
          : source.startsWith('.') && importer
            ? resolve(dirname(importer), source)
            : join(root, source);
        return byId.has(id) ? id : null;
      },
    },
    // Last: a step under test that loads a module itself (no-dev-locales) goes first.
    load: {order: 'post', handler: (id) => byId.get(id) ?? null},
  };
}

/**
 * Builds `input` from `files` with `plugins` and returns rollup's output
 * (chunks and assets, in memory). Warnings are collected in `warnings`.
 */
export async function generate({files = {}, root, plugins = [], output = {}, warnings = [], ...options}) {
  const bundle = await rollup({
    ...options,
    plugins: [virtualFiles(files, root), ...plugins],
    onwarn: (warning) => warnings.push(warning),
  });
  try {
    return (await bundle.generate({format: 'es', ...output})).output;
  } finally {
    await bundle.close();
  }
}

/** The code of one output file. */
export function chunk(output, fileName) {
  const found = output.find((o) => o.fileName === fileName);
  if (!found) throw new Error(`no ${fileName} in ${output.map((o) => o.fileName).join(', ')}`);
  return found.code;
}

/** Imports a module from its code (which must import nothing relative). */
export const importCode = (code) =>
  import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
