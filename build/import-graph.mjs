// Writes dist/import-graph.json: each output file's static and dynamic
// imports, so the size check (scripts/size.mjs) can add up what a page really
// downloads for an entry (lazy chunks counted on their own). The browser
// builds (dist/, dist/elements/) add to one file; locale chunks are emitted
// as entries (build/self-contained-locales.mjs) but marked as not one, since
// they load lazily.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {posix} from 'node:path';

/**
 * @param {{dist?: string}} [options] the output root whose import-graph.json this writes (dist)
 */
export function importGraph({dist = 'dist'} = {}) {
  return {
    name: 'import-graph',
    writeBundle(options, bundle) {
      const file = `${dist}/import-graph.json`;
      const graph = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
      // File names relative to dist/: the per-element build writes to dist/elements/.
      const dir = posix.relative(dist, options.dir);
      const prefix = dir ? `${dir}/` : '';
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        graph[prefix + name] = {
          isEntry: chunk.isEntry && !chunk.fileName.startsWith('locales/'),
          imports: chunk.imports.map((i) => prefix + i),
          dynamicImports: chunk.dynamicImports.map((i) => prefix + i),
        };
      }
      mkdirSync(dist, {recursive: true});
      writeFileSync(file, `${JSON.stringify(graph, null, 2)}\n`);
    },
  };
}
