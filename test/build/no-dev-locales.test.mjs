// build/no-dev-locales.mjs: the development tools' locales stay out of the
// browser build, and the code that reads them folds away.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {noDevLocales} from '../../build/no-dev-locales.mjs';
import {chunk, generate, importCode} from './rollup-fixture.mjs';

const files = {
  'src/core/dev-locales.ts':
    "export const devLoaders = new Map([['en-XA', () => 'PSEUDO-LOCALE-MODULE']]);\n" +
    "devLoaders.set('es', () => 'TRANSLATION-PREVIEW');\n",
  'src/core/locale.ts':
    "import {devLoaders} from './dev-locales.ts';\n" +
    "export const known = () => (devLoaders ? ['en', ...devLoaders.keys()] : ['en']);\n",
};
const build = (plugins) =>
  generate({input: 'src/core/locale.ts', files, plugins}).then((o) => chunk(o, 'locale.js'));

describe('no-dev-locales', () => {
  it('replaces src/core/dev-locales.ts with `devLoaders = undefined`', async () => {
    const code = await build([noDevLocales()]);
    assert.doesNotMatch(code, /PSEUDO-LOCALE-MODULE|TRANSLATION-PREVIEW|new Map/);
    assert.deepEqual((await importCode(code)).known(), ['en']);
    // Without the step the development locales are in the build (the checks above notice).
    const withDev = await build([]);
    assert.match(withDev, /PSEUDO-LOCALE-MODULE/);
    assert.deepEqual((await importCode(withDev)).known(), ['en', 'en-XA', 'es']);
  });
});
