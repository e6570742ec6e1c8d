// build/short-message-ids.mjs: one short id per extracted message, the same
// in the msg() calls and in the locale modules; a message the translators'
// files do not have fails the build.
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {shortId, shortMessageIds} from '../../build/short-message-ids.mjs';
import {chunk, generate, importCode, ROOT} from './rollup-fixture.mjs';

const xliffDir = join(ROOT, 'test/build/fixtures/short-message-ids');

const files = (content) => ({
  'src/msg.ts':
    'export let msg = (text, options) => options.id;\n' +
    'export const str = (strings, ...values) => strings;\n',
  'src/content.ts': content,
  'src/generated/locales/es.ts':
    "export const templates = {\n  'areas.eyes': 'Ojos',\n  'greeting': 'Hola',\n  'areas.neck': 'Cuello',\n};\n",
  'src/entry.ts': "export * from './content.ts';\nexport {templates} from './generated/locales/es.ts';\n",
});
const CONTENT =
  "import {msg, str} from './msg.ts';\n" +
  'export const texts = (name) => [\n' +
  "  msg('Eyes', {id: 'areas.eyes'}),\n" +
  '  msg(str`Hello, ${name}`, {id: "greeting"}),\n' +
  "  msg(`Neck`, {id: 'areas.neck'}),\n" +
  '];\n';

const build = (content, plugins = [shortMessageIds({xliffDir})]) =>
  generate({input: 'src/entry.ts', files: files(content), plugins}).then((o) => chunk(o, 'entry.js'));

describe('short-message-ids', () => {
  it('gives msg() calls and locale keys the same short id, by sorted position', async () => {
    const {texts, templates} = await importCode(await build(CONTENT));
    // Sorted: areas.eyes → a, areas.neck → b, greeting → c.
    assert.deepEqual(texts('Ana'), ['a', 'c', 'b']);
    assert.deepEqual(templates, {a: 'Ojos', c: 'Hola', b: 'Cuello'});
    // Without the step the long ids stay (the check above notices).
    assert.deepEqual((await importCode(await build(CONTENT, []))).texts('Ana')[0], 'areas.eyes');
  });

  it('fails the build on a msg() id the translators do not have, or a msg() without an id', async () => {
    await assert.rejects(
      build("import {msg} from './msg.ts';\nexport const t = () => msg('New', {id: 'areas.new'});\n"),
      /1 msg\(\) calls but 0 ids from locales\/\*\.xlf/
    );
    await assert.rejects(
      build("import {msg} from './msg.ts';\nexport const t = () => msg('No id at all');\n"),
      /every msg\(\) needs an extracted id/
    );
  });

  it('fails the build on a locale key the translators do not have', async () => {
    const gone = {
      ...files(CONTENT),
      'src/generated/locales/es.ts': "export const templates = {\n  'areas.gone': 'Ido',\n};\n",
    };
    await assert.rejects(
      generate({input: 'src/entry.ts', files: gone, plugins: [shortMessageIds({xliffDir})]}),
      /message id "areas\.gone" is not in locales\/\*\.xlf; run npm run i18n:extract/
    );
  });

  it('names a..z, then aA..zZ: distinct and never quoted, for 702 messages', () => {
    const names = Array.from({length: 702}, (_, i) => shortId(i));
    assert.equal(new Set(names).size, 702);
    assert.deepEqual([names[0], names[25], names[26], names[701]], ['a', 'z', 'aA', 'zZ']);
    assert.ok(names.every((n) => /^[a-z][A-Z]?$/.test(n)));
  });
});
