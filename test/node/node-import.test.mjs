// Importing the package in Node (an SSR framework's server render) must not
// throw. Builds the Node build (rollup.config.mjs, packageConfig) into a temp
// dir laid out as an installed package, node_modules/dystonia-widgets with
// this package.json, so every import below goes through the `exports` map
// and its `node` condition; each check runs in a fresh `node` process.
import assert from 'node:assert/strict';
import {cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {writePackageBuild} from '../../build/package-build.mjs';
import {elementTags} from '../../build/elements.mjs';
import {classOf, importInNode} from '../../scripts/node-import-check.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const tags = elementTags(ROOT);
// The copy of the shim Lit's Node build imports (resolved from this repository's node_modules).
const shim = import.meta.resolve('@lit-labs/ssr-dom-shim');
const FULL = 'dystonia-widgets';
const elementEntry = (tag) => ({specifier: `${FULL}/elements/${tag}.js`, tag, className: classOf(tag)});
const everyEntry = [{specifier: FULL}, ...tags.map(elementEntry)];
const API = ['VERSION', 'getLocale', 'setLocale', 'shippedLocales', ...tags.map(classOf)].sort();

let consumer;

before(async () => {
  // npm test builds the translations before the node tests; alone, say what is missing.
  assert.ok(
    existsSync(join(ROOT, 'src/generated/locale-codes.ts')),
    'src/generated/ is missing: run `npm run i18n:build` first'
  );
  consumer = mkdtempSync(join(tmpdir(), 'dw-node-import-'));
  const pkg = join(consumer, 'node_modules', FULL);
  mkdirSync(pkg, {recursive: true});
  writeFileSync(join(consumer, 'package.json'), '{"private": true, "type": "module"}\n');
  cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  // Its dependencies (lit, @lit/localize) as installed here.
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  // rollup.config.mjs names its inputs relative to the repository.
  await writePackageBuild(join(pkg, 'dist/lib'), {sourcemap: false});
});

after(() => {
  if (consumer) rmSync(consumer, {recursive: true, force: true});
});

describe('importing the package in Node (no DOM)', () => {
  it('each entry alone: no error or warning, its exports, its element in the registry Lit defines', async () => {
    // One process per entry, side by side.
    const runs = everyEntry.map((entry) => importInNode({cwd: consumer, entries: [entry], tags, shim}));
    for (const [i, entry] of everyEntry.entries()) {
      const {report, stderr} = await runs[i];
      assert.equal(stderr, '', `${entry.specifier} printed`);
      assert.equal(report.before, 'undefined', 'the child starts without customElements');
      // Lit's Node build defines globalThis.customElements (@lit-labs/ssr-dom-shim's
      // registry), where @lit-labs/ssr looks elements up to render them.
      assert.equal(report.registry, 'lit', entry.specifier);
      if (entry.tag) {
        assert.ok(report.entries[entry.specifier].includes(entry.className), entry.specifier);
        assert.ok(report.registered.includes(entry.tag), `${entry.tag} registered`);
        assert.deepEqual(report.classes, {[entry.tag]: true});
      } else {
        assert.deepEqual(report.entries[FULL], API);
        assert.deepEqual(report.registered, tags);
      }
    }
  });

  it('every entry in one process: each element defined once, no loaded-twice warning', async () => {
    const {report, stderr} = await importInNode({cwd: consumer, entries: everyEntry, tags, shim});
    assert.equal(stderr, '');
    assert.deepEqual(report.registered, tags);
    assert.deepEqual(
      report.classes,
      Object.fromEntries(tags.map((t) => [t, true])),
      'the full entry and the per-element entries share one class per element'
    );
  });

  it('where customElements stays absent: every entry imports, nothing is registered, nothing printed', async () => {
    const {report, stderr} = await importInNode({
      cwd: consumer,
      entries: everyEntry,
      tags,
      shim,
      registry: 'absent',
    });
    assert.equal(stderr, '');
    assert.equal(report.registry, 'none');
    assert.deepEqual(report.registered, []);
    assert.deepEqual(report.inLitRegistry, [], 'nothing registered behind the missing global');
    assert.deepEqual(report.entries[FULL], API);
  });

  it('with a registry installed first (as a DOM shim does): the elements are registered in it', async () => {
    const {report, stderr} = await importInNode({
      cwd: consumer,
      entries: everyEntry,
      tags,
      shim,
      registry: 'own',
    });
    assert.equal(stderr, '');
    assert.equal(report.registry, 'own', 'Lit keeps an existing customElements');
    assert.deepEqual(report.registered, tags);
    assert.deepEqual(report.inLitRegistry, []);
  });

  it('the locale code is inert: setLocale("es") resolves, English stays, nothing printed', async () => {
    const {report, stderr} = await importInNode({
      cwd: consumer,
      entries: [{specifier: FULL}],
      tags,
      shim,
      setLocale: FULL,
    });
    assert.equal(stderr, '');
    assert.equal(report.locale, 'en');
  });
});
