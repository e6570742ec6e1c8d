// The dependencies' internals the project relies on outside build/'s steps
// (docs/contributors.md, "Dependencies we reach into"): each check fails when an update of the dependency
// changes what we use, before a browser test or a user notices.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {importSource} from '../../build/source-module.mjs';
import {ROOT} from './rollup-fixture.mjs';

const read = (path) => readFileSync(join(ROOT, path), 'utf8');

describe('dependency internals we reach into', () => {
  it("@lit/localize: msg()'s installer and the str-tag helpers src/core/locale.ts imports", async () => {
    const install = await import('@lit/localize/init/install.js');
    const {joinStringsAndValues, str} = await import('@lit/localize/internal/str-tag.js');
    assert.equal(typeof install._installMsgImplementation, 'function');
    // A translation's own order of the values (src/core/locale.ts translate()).
    const template = str`${'Ana'} de ${'Lima'}`;
    assert.equal(joinStringsAndValues(['', ' en ', ''], template.values, [1, 0]), 'Lima en Ana');
    // Installing twice throws: src/core/locale.ts catches it (another copy configured first).
    install._installMsgImplementation((t) => t);
    assert.throws(() => install._installMsgImplementation((t) => t), /only be configured once/);
    assert.equal(install.msg('x'), 'x');
  });

  it("@lit/localize: the generated locale modules have the shape build/'s steps rewrite", async () => {
    for (const locale of ['es', 'ar']) {
      const path = `src/generated/locales/${locale}.ts`;
      const text = read(path);
      // build/self-contained-locales.mjs: this import, and no other.
      assert.equal(text.match(/\bimport\b/g).length, 1, path);
      assert.match(text, /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/, path);
      // build/short-message-ids.mjs: one `'<id>':` at the start of a line per message.
      const keys = text.match(/^(\s*)'([^'\\\n]+)':/gm).length;
      const {templates} = await importSource(path);
      assert.equal(keys, Object.keys(templates).length, path);
    }
  });

  it('@lit-labs/ssr-client: the hydration flag src/core/hydration.ts reads and clears', () => {
    // Production (what rollup's default conditions pick): Lit's mangled `_$AG`.
    assert.match(read('node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js'), /\._\$AG=!0/);
    assert.match(
      read('node_modules/@lit-labs/ssr-client/development/lit-element-hydrate-support.js'),
      /\._\$needsHydration = true/
    );
  });

  it('@lit/localize-tools: the library modules scripts/i18n/locale-module.mjs builds with', async () => {
    // Linking fails if a named import is gone.
    const {buildLocaleModule} = await import('../../scripts/i18n/locale-module.mjs');
    assert.equal(typeof buildLocaleModule, 'function');
    const {RuntimeLitLocalizer} = await import('@lit/localize-tools/lib/modes/runtime.js');
    // Overridden there to reuse extracted messages: it must still be the method build() calls.
    assert.equal(typeof RuntimeLitLocalizer.prototype.extractSourceMessages, 'function');
    assert.match(RuntimeLitLocalizer.prototype.build.toString(), /this\.extractSourceMessages\(\)/);
  });
});
