// build/localize-without-side-effects.mjs: with @lit/localize's modules
// marked free of side effects, a build that uses msg() only (as
// src/core/locale.ts does) leaves out configureLocalization()'s runtime.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {localizeWithoutSideEffects} from '../../build/localize-without-side-effects.mjs';
import {chunk, generate} from './rollup-fixture.mjs';

const files = {
  'src/entry.ts':
    "import {msg} from '@lit/localize';\n" +
    "import {_installMsgImplementation} from '@lit/localize/init/install.js';\n" +
    'export const install = (impl) => _installMsgImplementation(impl);\n' +
    "export const text = () => msg('Hello', {id: 'hello'});\n",
};
const build = (plugins) =>
  generate({input: 'src/entry.ts', files, plugins: [nodeResolve(), ...plugins]}).then((o) =>
    chunk(o, 'entry.js')
  );

describe('localize-without-side-effects', () => {
  it("drops configureLocalization()'s runtime (its Deferred, its promise) from a msg()-only build", async () => {
    const code = await build([localizeWithoutSideEffects()]);
    assert.doesNotMatch(code, /Promise|class Deferred|lit-localize-status/);
    assert.match(code, /_installMsgImplementation/);
  });

  it('is still needed: @lit/localize does not declare itself free of side effects', async () => {
    // If this fails, @lit/localize declares `sideEffects` itself: the step can go.
    assert.match(await build([]), /class Deferred/);
  });
});
