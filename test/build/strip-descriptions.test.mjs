// build/strip-descriptions.mjs: msg()'s translator notes and the schemas'
// documentation leave the bundle, and what is left is still valid code.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {transform} from 'esbuild';
import {stripDescriptions, withoutDescriptions} from '../../build/strip-descriptions.mjs';
import {chunk, generate, importCode, ROOT} from './rollup-fixture.mjs';

// The shapes a schema file (src/elements/<tag>/<tag>.schema.ts) may take.
const SCHEMA = `import type {Schema} from '../../core/schema.js';

export const schema = {
  'heading-level': {type: 'number', min: 1, max: 6, step: 1, default: 2, desc: 'Level of the top heading.'},
  filter: {
    type: 'enum',
    values: ['all', 'distribution'],
    default: 'all',
    desc: "Which group shows; the element's own \\"filter\\".",
  },
  open: {
    type: 'text',
    // A comment before it.
    desc: \`Ids to open, e.g. \\\`focal\\\`; costs $1.\`,
    default: undefined,
  },
  debug: {desc: 'First and only.'},
  rotate: {
    desc: 'First of two, on its own line.',
    type: 'boolean',
  },
  index: {type: 'number', default: 0, desc: 'Last, no trailing comma'},
} as const satisfies Schema;

interface Documented {
  readonly desc: string;
  kind?: {desc: 'a' | 'b'};
}
export const kept: Documented = {desc: \`not plain: \${String(1)}\`};
export const joined = {desc: 'two ' + 'strings'};
`;

/** TypeScript → JavaScript, failing on a syntax error. */
const js = async (code) => (await transform(code, {loader: 'ts', format: 'esm'})).code;

describe('strip-descriptions', () => {
  it('removes every plain string desc of a schema file, in every shape, leaving valid code', async () => {
    const stripped = withoutDescriptions(SCHEMA);
    for (const text of ['Level of', 'filter\\"', 'Ids to open', 'First and only', 'First of two', 'Last, no'])
      assert.ok(!stripped.includes(text), text);
    const {schema, kept, joined} = await importCode(await js(stripped));
    assert.deepEqual(schema, {
      'heading-level': {type: 'number', min: 1, max: 6, step: 1, default: 2},
      filter: {type: 'enum', values: ['all', 'distribution'], default: 'all'},
      open: {type: 'text', default: undefined},
      debug: {},
      rotate: {type: 'boolean'},
      index: {type: 'number', default: 0},
    });
    // Not plain strings: kept as they are, the code stays valid.
    assert.deepEqual([kept.desc, joined.desc], ['not plain: 1', 'two strings']);
  });

  it("removes msg()'s translator notes in a rollup build of src/ files, and only there", async () => {
    const files = {
      'src/content/areas.ts':
        "import {msg} from '../msg.ts';\n" +
        "export const eyes = () => msg('Eyes', {id: 'areas.eyes', desc: 'A body area.'});\n" +
        'export const neck = () => msg("Neck", {desc: "The neck, first.", id: "areas.neck"});\n',
      // Reassignable, as @lit/localize's msg is: rollup cannot see which options it reads.
      'src/msg.ts':
        'export let msg = (text, options) => `${options.id}: ${text}`;\n' +
        'export const install = (impl) => (msg = impl);\n',
      'lib/other.ts': "export const other = {desc: 'Outside src/: kept.'};\n",
      'src/entry.ts':
        "export * from './content/areas.ts';\nexport {install} from './msg.ts';\nexport {other} from '../lib/other.ts';\n",
    };
    const build = (plugins) =>
      generate({input: 'src/entry.ts', files, plugins}).then((o) => chunk(o, 'entry.js'));
    const code = await build([stripDescriptions()]);
    assert.doesNotMatch(code, /A body area|The neck, first/);
    const {eyes, neck, other} = await importCode(code);
    assert.deepEqual(
      [eyes(), neck(), other.desc],
      ['areas.eyes: Eyes', 'areas.neck: Neck', 'Outside src/: kept.']
    );
    // The check above would notice the step missing.
    assert.match(await build([]), /A body area/);
  });

  it('leaves every file of src/ valid, without a plain string desc', async () => {
    const walk = (dir) =>
      readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []
      );
    let changed = 0;
    for (const file of walk(join(ROOT, 'src'))) {
      const source = readFileSync(file, 'utf8');
      const stripped = withoutDescriptions(source);
      if (stripped !== source) changed++;
      const out = await js(stripped).catch((error) => assert.fail(`${file}: ${error.message}`));
      assert.doesNotMatch(out, /[{,]\s*desc\s*:\s*['"`]/, file);
    }
    // The content modules' notes, the schemas' documentation.
    assert.ok(changed >= 10, `${changed} files changed`);
  });
});

describe('a schema file in the browser build (withoutToolOnlyKeys)', () => {
  it('drops desc, clinic and step, keeping what the elements read', async () => {
    const {withoutToolOnlyKeys} = await import('../../build/strip-descriptions.mjs');
    const schema = `export const schema = {
  rotate: {desc: 'Seconds between changes.', step: 0.5, type: 'number', default: 3, max: 9, clinic: false, min: 1},
  action: {clinic: true, type: 'text', default: undefined, desc: "Where it's sent."},
};`;
    const out = withoutToolOnlyKeys(schema);
    assert.doesNotMatch(out, /clinic|step|desc/);
    // Still the same object, less those keys.
    const values = new Function(`${out.replace('export const', 'const')}; return schema;`)();
    assert.deepEqual(values, {
      rotate: {type: 'number', default: 3, max: 9, min: 1},
      action: {type: 'text', default: undefined},
    });
  });
});
