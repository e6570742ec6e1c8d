// build/lazy-chunks-import-nothing.mjs: a lazily imported chunk that imports
// anything (and so would import the bundle back by its plain URL) fails the build.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {lazyChunksImportNothing} from '../../build/lazy-chunks-import-nothing.mjs';
import {generate} from './rollup-fixture.mjs';

const files = (lazy) => ({
  'src/shared.ts': 'export const shared = (x) => [x];\n',
  'src/main.ts':
    "import {shared} from './shared.ts';\n" +
    "export const open = () => import('./lazy.ts').then((m) => m.run(shared));\n",
  'src/lazy.ts': lazy,
});
const build = (lazy, plugins = [lazyChunksImportNothing()]) =>
  generate({input: 'src/main.ts', files: files(lazy), plugins, output: {chunkFileNames: 'chunks/[name].js'}});

describe('lazy-chunks-import-nothing', () => {
  it('passes a lazy chunk that gets what it needs through its arguments', async () => {
    const output = await build('export const run = (shared) => shared(1);\n');
    assert.deepEqual(output.find((o) => o.fileName === 'chunks/lazy.js').imports, []);
  });

  it('fails the build when a lazy chunk imports the entry', async () => {
    const importing = "import {shared} from './shared.ts';\nexport const run = () => shared(1);\n";
    await assert.rejects(build(importing), /chunks\/lazy\.js is loaded lazily but imports chunks\/main\.js/);
    // Without the step rollup builds it (the check above notices).
    const lazy = (await build(importing, [])).find((o) => o.fileName === 'chunks/lazy.js');
    assert.deepEqual(lazy.imports, ['chunks/main.js']);
  });
});
