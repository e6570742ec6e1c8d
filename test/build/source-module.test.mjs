// build/source-module.mjs: a module of src/ (TypeScript, with its imports)
// loaded in Node, so the build applies the library's own rules.
import assert from 'node:assert/strict';
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {importBundled, importSource} from '../../build/source-module.mjs';

describe('source-module', () => {
  it("imports a TypeScript module of the project with what it imports (src/core/config.ts's KEYS)", async () => {
    const {KEYS} = await importSource('src/core/config.ts');
    assert.ok(KEYS.includes('inquiryUrl') && KEYS.includes('locale'));
  });

  it('bundles TypeScript and its relative imports from the root it is given', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dw-source-'));
    try {
      mkdirSync(join(root, 'src'));
      writeFileSync(join(root, 'src/a.ts'), "import {b} from './b.js';\nexport const a: string = `a${b}`;\n");
      writeFileSync(join(root, 'src/b.ts'), 'export const b: number = 1;\n');
      assert.equal((await importSource('src/a.ts', root)).a, 'a1');
      assert.equal((await importBundled("export {b as c} from './src/b.ts';", root)).c, 1);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  });
});
