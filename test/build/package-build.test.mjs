// The npm package's build (rollup.config.mjs packageConfig, dist/lib) as a
// partner's bundler meets it, built fresh from the source into
// node_modules/.cache/ (no earlier `npm run build` needed): translations load
// through literal import() paths that esbuild and Rollup split into chunks
// of the app's own build (build/package-build.mjs packageLocales), nothing
// uses import.meta (noImportMeta), no path of this machine is in the output,
// and hydrate.js evaluates Lit's hydration support before anything imports
// Lit. Vite, webpack and Turbopack are the apps of test/apps/.
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {build as esbuild} from 'esbuild';
import {rollup} from 'rollup';
import {noImportMeta, packageLocales, PACKAGE_SOURCE, writePackageBuild} from '../../build/package-build.mjs';
import {chunk, generate, ROOT} from './rollup-fixture.mjs';

const CACHE = join(ROOT, 'node_modules/.cache/dw-package-build-test');
const LIB = join(CACHE, 'lib');

/** A message's translation, from the committed XLIFF. */
function translation(locale, id) {
  const unit = readFileSync(join(ROOT, `locales/${locale}.xlf`), 'utf8').match(
    new RegExp(
      `<trans-unit id="${id.replace('.', '\\.')}">\\s*<source>[^<]+</source>\\s*<target>([^<]+)</target>`
    )
  );
  assert.ok(unit, `${id} not found in locales/${locale}.xlf`);
  return unit[1];
}
const HEADING = {es: translation('es', 'types.heading'), ar: translation('ar', 'types.heading')};

/** Whether `code` holds `text`, as written or with esbuild's ASCII escapes (`\xE1`, `\u0627`). */
const holds = (code, text) =>
  code.includes(text) ||
  code.includes(
    text.replace(/[^\x00-\x7f]/g, (c) => {
      const hex = c.charCodeAt(0).toString(16).toUpperCase();
      return c.charCodeAt(0) < 0x100 ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
    })
  );

/** Every file under `dir`, path → text. */
function files(dir) {
  const out = {};
  for (const name of readdirSync(dir, {recursive: true})) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out[relative(dir, path)] = readFileSync(path, 'utf8');
  }
  return out;
}

/** What a bundle of `import '<lib>/dystonia-widgets.js'` emitted: file name → code. */
function assertLocaleChunks(outputs, bundler) {
  const entry = Object.entries(outputs).find(([name]) => name.startsWith('app'));
  assert.ok(entry, `${bundler}: no entry chunk`);
  for (const locale of ['es', 'ar']) {
    const holders = Object.keys(outputs).filter((name) => holds(outputs[name], HEADING[locale]));
    assert.equal(holders.length, 1, `${bundler}: ${locale}'s heading in ${holders.length} chunks`);
    assert.notEqual(
      holders[0],
      entry[0],
      `${bundler}: ${locale} is in the entry chunk, not a chunk of its own`
    );
  }
  for (const [name, code] of Object.entries(outputs)) {
    assert.ok(!code.includes(ROOT.replace(/\/$/, '')), `${bundler}: ${name} holds this machine's path`);
    assert.doesNotMatch(code, /file:\/\//, `${bundler}: ${name} holds a file URL`);
  }
}

before(async () => {
  rmSync(CACHE, {recursive: true, force: true});
  await writePackageBuild(LIB, {sourcemap: false});
  writeFileSync(join(CACHE, 'app.js'), "import './lib/dystonia-widgets.js';\n");
});
after(() => rmSync(CACHE, {recursive: true, force: true}));

describe('the npm package build (dist/lib)', () => {
  it('emits each locale as locales/<locale>.js, imported by a literal path, and has no import.meta', () => {
    const lib = files(LIB);
    for (const locale of ['es', 'ar']) {
      assert.ok(holds(lib[`locales/${locale}.js`] ?? '', HEADING[locale]), `locales/${locale}.js`);
      assert.ok(
        Object.values(lib).some((code) => code.includes(`import('../locales/${locale}.js')`)),
        `no literal import of ../locales/${locale}.js`
      );
    }
    for (const [name, code] of Object.entries(lib)) assert.doesNotMatch(code, /\bimport\.meta\b/, name);
    assert.ok(
      Object.values(lib).some((code) => code.includes(JSON.stringify(PACKAGE_SOURCE))),
      'define.ts names the copy PACKAGE_SOURCE'
    );
  });

  it("hydrate.js: the guard, then Lit's hydration support, then our adjustments, before any element", () => {
    const imports = [...readFileSync(join(LIB, 'hydrate.js'), 'utf8').matchAll(/^import '([^']+)';$/gm)].map(
      (m) => m[1]
    );
    assert.deepEqual(imports.slice(0, 3), [
      './internal/trusted-types-guard.js',
      '@lit-labs/ssr-client/lit-element-hydrate-support.js',
      './internal/hydration.js',
    ]);
    // The guard imports nothing (in particular not Lit).
    assert.doesNotMatch(readFileSync(join(LIB, 'internal/trusted-types-guard.js'), 'utf8'), /^import /m);
  });

  it('esbuild (splitting) puts Spanish and Arabic in chunks of their own, with no path of this machine', async () => {
    const result = await esbuild({
      entryPoints: [join(CACHE, 'app.js')],
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: join(CACHE, 'esbuild'),
      write: false,
      logLevel: 'silent',
    });
    assert.deepEqual(result.warnings, []);
    assertLocaleChunks(
      Object.fromEntries(result.outputFiles.map((f) => [relative(join(CACHE, 'esbuild'), f.path), f.text])),
      'esbuild'
    );
  });

  it('Rollup does too', async () => {
    const warnings = [];
    const bundle = await rollup({
      input: join(CACHE, 'app.js'),
      plugins: [nodeResolve()],
      onwarn: (warning) => warnings.push(warning.message),
    });
    const {output} = await bundle.generate({format: 'es'});
    await bundle.close();
    assert.deepEqual(warnings, []);
    assertLocaleChunks(Object.fromEntries(output.map((o) => [o.fileName, o.code ?? ''])), 'rollup');
  });
});

describe('package-build steps', () => {
  it('packageLocales fails the build when locale-load.ts is never imported', async () => {
    await assert.rejects(
      generate({input: {x: 'x.ts'}, files: {'x.ts': 'export const x = 1;\n'}, plugins: [packageLocales()]}),
      /locale-load\.ts was never imported/
    );
  });

  it('noImportMeta names the copy, and fails on any other import.meta', async () => {
    const named = await generate({
      input: {x: 'src/core/define.ts'},
      files: {'src/core/define.ts': 'const SOURCE = import.meta.url;\nexport const source = SOURCE;\n'},
      plugins: [noImportMeta()],
    });
    assert.ok(chunk(named, 'x.js').includes(JSON.stringify(PACKAGE_SOURCE)));
    await assert.rejects(
      generate({
        input: {x: 'src/other.ts'},
        files: {'src/other.ts': 'export const url = import.meta.url;\n'},
        plugins: [noImportMeta()],
      }),
      /x\.js uses import\.meta/
    );
  });
});
