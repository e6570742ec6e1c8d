// build/self-contained-locales.mjs: each locale chunk is plain data at
// locales/<locale>.js that imports nothing, its str`` templates shaped as
// @lit/localize's, and the bundle loads it from there.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {after, describe, it} from 'node:test';
import {str} from '@lit/localize/internal/str-tag.js';
import {chunkFileNames, selfContainedLocales} from '../../build/self-contained-locales.mjs';
import {chunk, generate, importCode} from './rollup-fixture.mjs';

// On disk: the step lists the generated locale modules' folder.
const root = mkdtempSync(join(tmpdir(), 'dw-locales-'));
after(() => rmSync(root, {recursive: true, force: true}));
const write = (base, files) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), {recursive: true});
    writeFileSync(join(base, path), text);
  }
};
write(root, {
  'src/generated/locales/es.ts':
    "import {str} from '@lit/localize';\n" +
    "export const templates = {a: 'Hola', b: str`Hola, ${0}, ${1}`};\n",
  'src/generated/locales/ar.ts': "export const templates = {a: 'مرحبا'};\n",
  'src/core/locale-load.ts':
    "const LOCALE_URL = '../generated/locales/{}.ts';\n" +
    "export const localeUrl = (locale) => LOCALE_URL.replace('{}', locale);\n",
  'src/define.ts': "export {localeUrl} from './core/locale-load.ts';\n",
  'src/elements/one.ts': "export {localeUrl} from '../core/locale-load.ts';\nexport const one = 1;\n",
  'src/elements/two.ts': "export {localeUrl} from '../core/locale-load.ts';\nexport const two = 2;\n",
});
const dir = join(root, 'src/generated/locales');
const build = (input, plugins = [selfContainedLocales({dir})]) =>
  generate({input, plugins, output: {entryFileNames: '[name].js', chunkFileNames}});

describe('self-contained-locales', () => {
  it('emits each locale as locales/<locale>.js, importing nothing, and points the bundle there', async () => {
    const output = await build({'dystonia-widgets': join(root, 'src/define.ts')});
    for (const name of ['locales/es.js', 'locales/ar.js']) {
      const locale = output.find((o) => o.fileName === name);
      assert.deepEqual([locale.imports, locale.dynamicImports], [[], []], name);
      assert.doesNotMatch(locale.code, /\bimport\b/, name);
    }
    const {localeUrl} = await importCode(chunk(output, 'dystonia-widgets.js'));
    assert.equal(localeUrl('es'), './locales/es.js');
  });

  it("gives str`` templates the shape of @lit/localize's str", async () => {
    const output = await build({'dystonia-widgets': join(root, 'src/define.ts')});
    const {templates} = await importCode(chunk(output, 'locales/es.js'));
    // What the package's own str makes (src/core/locale.ts reads its strings and values).
    assert.deepEqual(templates.b, str`Hola, ${0}, ${1}`);
  });

  it('rewrites the locale URL for a chunk in a folder (the per-element build)', async () => {
    const output = await build({
      'elements/one': join(root, 'src/elements/one.ts'),
      'elements/two': join(root, 'src/elements/two.ts'),
    });
    const shared = output.find((o) => o.fileName.startsWith('chunks/locale-'));
    assert.match(shared.code, /'\.\.\/locales\/\{\}\.js'/);
  });

  it('without the step, a locale chunk imports @lit/localize (the checks above notice)', async () => {
    const output = await build({'dystonia-widgets': join(root, 'src/define.ts')}, []);
    assert.ok(!output.some((o) => o.fileName === 'locales/es.js'));
  });

  it('fails the build when a locale module imports anything else, or LOCALE_URL is gone', async () => {
    const other = mkdtempSync(join(tmpdir(), 'dw-locales-bad-'));
    try {
      write(other, {
        'src/generated/locales/es.ts': "export const templates = {a: 'Hola'};\n",
        'src/core/locale-load.ts': 'export const localeUrl = (locale) => `./l10n/${locale}.js`;\n',
      });
      const plugins = [selfContainedLocales({dir: join(other, 'src/generated/locales')})];
      await assert.rejects(
        build({x: join(other, 'src/core/locale-load.ts')}, plugins),
        /src\/core\/locale-load\.ts: LOCALE_URL not found/
      );
      write(other, {
        'src/generated/locales/es.ts':
          "import {extra} from '../../core/locale-load.ts';\nexport const templates = {a: extra};\n",
      });
      await assert.rejects(
        build({x: join(other, 'src/core/locale-load.ts')}, plugins),
        /a locale module may import only str/
      );
    } finally {
      rmSync(other, {recursive: true, force: true});
    }
  });
});
