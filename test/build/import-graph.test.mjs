// build/import-graph.mjs: dist/import-graph.json, the size check's view of
// what each entry loads, written by two builds into one file.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {rollup} from 'rollup';
import {importGraph} from '../../build/import-graph.mjs';
import {virtualFiles} from './rollup-fixture.mjs';

const dist = mkdtempSync(join(tmpdir(), 'dw-import-graph-'));
after(() => rmSync(dist, {recursive: true, force: true}));

const files = {
  'src/bundle.ts': "export const open = () => import('./lazy.ts');\n",
  'src/lazy.ts': "export const lazy = 'lazy';\n",
  'src/es.ts': "export const templates = {a: 'Hola'};\n",
  'src/shared.ts': 'export const shared = (x) => [x];\n',
  'src/one.ts': "import {shared} from './shared.ts';\nexport const one = shared(1);\n",
  'src/two.ts': "import {shared} from './shared.ts';\nexport const two = shared(2);\n",
};

async function write(input, dir) {
  const bundle = await rollup({input, plugins: [virtualFiles(files), importGraph({dist})]});
  await bundle.write({dir, format: 'es', chunkFileNames: 'chunks/[name].js'});
  await bundle.close();
}

describe('import-graph', () => {
  it("records each file's imports, relative to dist/, from both builds into one file", async () => {
    await write({bundle: 'src/bundle.ts', 'locales/es': 'src/es.ts'}, dist);
    await write({one: 'src/one.ts', two: 'src/two.ts'}, join(dist, 'elements'));
    const graph = JSON.parse(readFileSync(join(dist, 'import-graph.json'), 'utf8'));
    assert.deepEqual(graph, {
      'bundle.js': {isEntry: true, imports: [], dynamicImports: ['chunks/lazy.js']},
      'chunks/lazy.js': {isEntry: false, imports: [], dynamicImports: []},
      // A locale chunk is an entry to rollup, but loads lazily.
      'locales/es.js': {isEntry: false, imports: [], dynamicImports: []},
      'elements/one.js': {isEntry: true, imports: ['elements/chunks/shared.js'], dynamicImports: []},
      'elements/two.js': {isEntry: true, imports: ['elements/chunks/shared.js'], dynamicImports: []},
      'elements/chunks/shared.js': {isEntry: false, imports: [], dynamicImports: []},
    });
  });
});
