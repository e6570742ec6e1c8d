// build/elements.mjs: the one list of elements, and the builds made from it.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {elementTags} from '../../build/elements.mjs';
import configs, {packageConfig} from '../../rollup.config.mjs';
import {ROOT} from './rollup-fixture.mjs';

describe('the list of elements (build/elements.mjs)', () => {
  it('is each folder of src/elements/ with a define.ts, sorted; other folders and files are not elements', () => {
    const root = mkdtempSync(join(tmpdir(), 'dw-elements-'));
    try {
      for (const [path, text] of Object.entries({
        'src/elements/zeta-card/define.ts': '',
        'src/elements/alpha-card/define.ts': '',
        'src/elements/alpha-card/alpha-card.ts': '',
        'src/elements/shared/helpers.ts': '',
        'src/elements/README.ts': '',
      })) {
        mkdirSync(join(root, path, '..'), {recursive: true});
        writeFileSync(join(root, path), text);
      }
      assert.deepEqual(elementTags(root), ['alpha-card', 'zeta-card']);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  });

  it("lists this repository's elements", () => {
    const tags = elementTags();
    assert.ok(tags.length >= 8 && tags.includes('dystonia-causes') && tags.includes('inquiry-cta'));
    assert.deepEqual(tags, readdirSync(join(ROOT, 'src/elements')).sort());
  });

  it('is what the per-element build and the Node build take as entries', () => {
    const tags = elementTags();
    assert.deepEqual(Object.keys(configs[1].input), tags);
    assert.deepEqual(
      Object.keys(packageConfig.input).filter((name) => name.startsWith('elements/')),
      tags.map((tag) => `elements/${tag}`)
    );
    for (const tag of tags) assert.equal(configs[1].input[tag], `src/elements/${tag}/define.ts`);
  });
});
