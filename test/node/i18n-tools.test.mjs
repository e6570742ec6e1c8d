// The translators' tools, run for real: the status report on fixture
// files, extraction on a copy of the project, and adding a locale.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, describe, it} from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/i18n-status');

function node(args, cwd = ROOT) {
  const run = spawnSync(process.execPath, args, {cwd, encoding: 'utf8'});
  return {status: run.status, out: `${run.stdout}${run.stderr}`, stdout: run.stdout};
}

const copies = [];
after(() => copies.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

/** A scratch copy of what extraction reads and writes, sharing node_modules. */
function copyProject() {
  const dir = mkdtempSync(join(tmpdir(), 'dw-i18n-'));
  copies.push(dir);
  for (const entry of [
    'src',
    'locales',
    'scripts',
    'lit-localize.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'package.json',
  ]) {
    cpSync(join(ROOT, entry), join(dir, entry), {
      recursive: true,
      filter: (p) => !p.includes('/src/generated'),
    });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function edit(path, from, to) {
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes(from), `${path} contains ${from}`);
  writeFileSync(path, text.replace(from, to));
}

function unit(xlf, id) {
  const match = readFileSync(xlf, 'utf8').match(
    new RegExp(`<trans-unit id="${id.replace(/\./g, '\\.')}">[\\s\\S]*?</trans-unit>`)
  );
  return match?.[0] ?? null;
}

describe('npm run i18n:status', () => {
  const status = (...args) =>
    node(['scripts/i18n-status.mjs', '--config', join(FIXTURES, 'lit-localize.json'), ...args]);

  it('counts translated, missing, stale and invalid units per locale', () => {
    const run = status('--json');
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout);
    const summary = (l) => {
      const s = report.locales[l];
      return [s.total, s.translated, s.missing.length, s.stale.length, s.invalid.length];
    };
    assert.deepEqual(summary('es'), [8, 3, 3, 1, 1]);
    assert.deepEqual(summary('ar'), [8, 7, 1, 0, 0]);
    assert.deepEqual(
      report.locales.es.missing.map((e) => e.id),
      ['missing.no-target', 'missing.empty-target', 'missing.state-new']
    );
    assert.deepEqual(
      report.locales.es.stale.map((e) => e.id),
      ['stale.changed']
    );
    assert.deepEqual(
      report.locales.es.invalid.map((e) => e.id),
      ['invalid.placeholder']
    );
    // ar.xlf lacks the unit altogether: still due, so missing.
    assert.deepEqual(
      report.locales.ar.missing.map((e) => e.id),
      ['ok.confirmed']
    );
  });

  it('prints the table and names each unit with its English source and note', () => {
    const run = status();
    assert.equal(run.status, 1);
    assert.match(run.out, /^es\s+8\s+3\s+3\s+1\s+1$/m);
    assert.match(run.out, /^ar\s+8\s+7\s+1\s+0\s+0$/m);
    assert.match(
      run.out,
      /stale\.changed\n\s+en:\s+affects a single body part\.\n\s+es:\s+Afecta a más de una parte del cuerpo\.\n\s+note:\s+The English changed/
    );
    assert.match(run.out, /missing\.no-target\n\s+en:\s+Vocal cords/);
    assert.match(run.out, /Incomplete: es, ar\./);
  });

  it('passes on the shipped locales', () => {
    const run = node(['scripts/i18n-status.mjs']);
    assert.equal(run.status, 0, run.out);
    assert.match(run.out, /Every locale is complete\./);
  });
});

describe('npm run i18n:extract', () => {
  it('keeps translations, marks changed English stale, archives and restores removed messages', () => {
    const dir = copyProject();
    const es = join(dir, 'locales/es.xlf');
    const untouched = unit(es, 'types.cervical.name');
    edit(
      join(dir, 'src/content/types.ts'),
      `'Focal dystonia affects a single body part.'`,
      `'Focal dystonia affects one body part only.'`
    );
    edit(join(dir, 'src/content/guide.ts'), `id: 'guide.nav.label'`, `id: 'guide.nav.contents'`);

    const check = node(['scripts/i18n-extract.mjs', '--check'], dir);
    assert.equal(check.status, 1);
    assert.match(check.out, /es: types\.focal\.description changed in the code/);
    assert.match(check.out, /es: guide\.nav\.label is no longer in the code/);

    const run = node(['scripts/i18n-extract.mjs'], dir);
    assert.equal(run.status, 0, run.out);
    assert.match(
      run.out,
      /es: 1 untranslated; 1 marked stale \(English changed\): types\.focal\.description; 1 removed from the code, translation kept in locales\/removed\.json: guide\.nav\.label/
    );
    assert.match(
      unit(es, 'types.focal.description'),
      /<source>Focal dystonia affects one body part only\.<\/source>\s*<target state="needs-review-translation">La distonía focal afecta a una sola parte del cuerpo\.<\/target>/
    );
    assert.equal(unit(es, 'types.cervical.name'), untouched);
    assert.equal(unit(es, 'guide.nav.label'), null);
    const archive = JSON.parse(readFileSync(join(dir, 'locales/removed.json'), 'utf8'));
    assert.equal(archive.es['guide.nav.label'].target, 'En esta página');
    assert.equal(archive.ar['guide.nav.label'].source, 'On this page');

    const status = node(['scripts/i18n-status.mjs', '--json'], dir);
    assert.equal(status.status, 1);
    const report = JSON.parse(status.stdout);
    assert.deepEqual(
      report.locales.es.stale.map((e) => e.id),
      ['types.focal.description']
    );
    assert.deepEqual(
      report.locales.es.missing.map((e) => e.id),
      ['guide.nav.contents']
    );

    // The message comes back: its translation is restored, nothing was lost.
    edit(join(dir, 'src/content/guide.ts'), `id: 'guide.nav.contents'`, `id: 'guide.nav.label'`);
    const back = node(['scripts/i18n-extract.mjs'], dir);
    assert.match(back.out, /es: 1 restored from removed\.json: guide\.nav\.label/);
    assert.match(unit(es, 'guide.nav.label'), /<target>En esta página<\/target>/);
    assert.equal(existsSync(join(dir, 'locales/removed.json')), false);
    assert.match(unit(es, 'types.focal.description'), /state="needs-review-translation"/);
  });

  it('--check passes when locales/ matches the source', () => {
    const run = node(['scripts/i18n-extract.mjs', '--check']);
    assert.equal(run.status, 0, run.out);
  });
});

describe('adding a locale (the steps of docs/translators.md, done for real on a copy)', () => {
  it('fr: config, extract, status, build and type check, with no code to edit; then removed again', () => {
    const dir = copyProject();
    const config = join(dir, 'lit-localize.json');
    const original = readFileSync(config, 'utf8');

    // Step 1: add the code to targetLocales. Locales load by URL (src/core/locale.ts),
    // so no loader is written by hand.
    edit(config, `"targetLocales": ["es", "ar"]`, `"targetLocales": ["es", "ar", "fr"]`);
    // Step 2: extract creates locales/fr.xlf with every message to translate.
    const extract = node(['scripts/i18n-extract.mjs'], dir);
    assert.equal(extract.status, 0, extract.out);
    const total = (readFileSync(join(dir, 'locales/es.xlf'), 'utf8').match(/<trans-unit /g) ?? []).length;
    assert.equal(
      (readFileSync(join(dir, 'locales/fr.xlf'), 'utf8').match(/<trans-unit /g) ?? []).length,
      total
    );
    assert.match(readFileSync(join(dir, 'locales/fr.xlf'), 'utf8'), /target-language="fr"/);
    // Step 3: status shows every fr message as missing.
    const status = JSON.parse(node(['scripts/i18n-status.mjs', '--json'], dir).stdout);
    assert.equal(status.locales.fr.missing.length, total);
    // Step 4: build the runtime modules; the project still type-checks.
    const build = node(['scripts/localize.mjs', 'build'], dir);
    assert.equal(build.status, 0, build.out);
    assert.ok(existsSync(join(dir, 'src/generated/locales/fr.ts')));
    const tsc = node(
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--noEmit'],
      dir
    );
    assert.equal(tsc.status, 0, tsc.out);

    // Removing it: config back, its file deleted; everything passes again.
    writeFileSync(config, original);
    rmSync(join(dir, 'locales/fr.xlf'));
    rmSync(join(dir, 'src/generated'), {recursive: true, force: true});
    assert.equal(node(['scripts/localize.mjs', 'build'], dir).status, 0);
    assert.equal(
      node([join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--noEmit'], dir)
        .status,
      0
    );
    assert.equal(node(['scripts/i18n-status.mjs'], dir).status, 0);
  });
});
