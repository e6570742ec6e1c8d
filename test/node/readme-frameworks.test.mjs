// The "Frameworks" snippets of docs/developers.md are the code that `npm run test:types`
// checks: each block after a `<!-- test/types/<file> -->` comment must equal
// that file's `#region readme` (dedented). The Vue config's tag list must
// name every element, and with it Vue's template compiler must leave the
// tags to the browser instead of resolving them as components (the warning
// users see without it).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, it} from 'node:test';
import {compileTemplate} from '@vue/compiler-sfc';
import {regions} from '../../scripts/apps-docs.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (file) => readFileSync(join(ROOT, file), 'utf8');

/** The lines between `#region readme` and `#endregion readme`, in any comment syntax: one region. */
function region(file) {
  const found = regions(file, 'readme');
  assert.equal(found.length, 1, `${file} has one "#region readme" … "#endregion readme"`);
  return found[0];
}

const PAGE = 'docs/developers.md';
const quotes = [...read(PAGE).matchAll(/<!-- (test\/types\/\S+) -->\n+```\w*\n([\s\S]*?)\n```/g)].map(
  ([, file, code]) => ({file, code})
);

/** The tags the full bundle registers, from src/define.ts's one import per element. */
const tags = [...read('src/define.ts').matchAll(/^import '\.\/elements\/([a-z-]+)\/define\.js';$/gm)].map(
  ([, tag]) => tag
);

describe(`${PAGE} Frameworks section`, () => {
  it('quotes a tested file for React, Vue, Svelte and Lit', () => {
    for (const framework of ['react', 'vue', 'svelte', 'lit']) {
      assert.ok(
        quotes.some((q) => q.file.startsWith(`test/types/${framework}/`)),
        `${PAGE} quotes test/types/${framework}/`
      );
    }
  });

  for (const {file, code} of quotes) {
    it(`quotes ${file} as it is`, () => {
      assert.equal(code, region(file));
    });
  }
});

describe("Vue's isCustomElement", () => {
  const config = region('test/types/vue/vite.config.mjs');
  const listed = [...config.match(/const widgets = \[([^\]]*)\]/)[1].matchAll(/'([a-z-]+)'/g)].map(
    ([, tag]) => tag
  );
  const isCustomElement = (tag) => listed.includes(tag);
  // Every tag of test/types/vue/App.vue, which uses every element.
  const template = read('test/types/vue/App.vue').match(/<template>([\s\S]*)<\/template>/)[1];
  const compile = (compilerOptions) =>
    compileTemplate({source: template, filename: 'App.vue', id: 'app', compilerOptions}).code;

  it('names every element', () => {
    assert.equal(tags.length, 8);
    assert.deepEqual([...listed].sort(), [...tags].sort());
  });

  it('leaves the tags to the browser', () => {
    // Without it, each tag is resolved as a component (and warns at run time).
    assert.match(compile({}), /resolveComponent\("dystonia-types"\)/);
    assert.doesNotMatch(compile({isCustomElement}), /resolveComponent/);
  });
});
