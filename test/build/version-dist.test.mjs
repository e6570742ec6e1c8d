// build/version-dist.mjs: the versioned copy and dist/integrity.json that
// `npm run build` writes, and the snippet `npm run snippet` prints (the
// snippets the docs show are checked against it by test/node/docs.test.mjs,
// at their `<!-- check: snippet -->` markers).
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {describe, it} from 'node:test';
import {snippet, sri, versionDist} from '../../build/version-dist.mjs';

// A build's files as rollup names them (the chunk names carry hashes that change).
const built = new Map([
  ['dystonia-widgets.js', 'export const a = 1;\n//# sourceMappingURL=dystonia-widgets.js.map\n'],
  ['dystonia-widgets.js.map', '{"version":3}'],
  ['dystonia-widgets.es.js', 'export const a = 1; const templates = {s1: "Tipos de distonía"};'],
  ['dystonia-widgets.hydrate.js', 'export const b = 1;'],
  ['locales/es.js', 'export const templates = {s1: "Tipos de distonía"};'],
  ['locales/ar.js', new Uint8Array([0x65, 0x78, 0xd8, 0xa7])],
  ['chunks/form-AbC123.js', 'export const form = 1;'],
  ['elements/dystonia-types.js', 'import "./chunks/define-X1.js";'],
  ['elements/chunks/define-X1.js', 'import "./core-Y2.js";'],
  ['elements/chunks/core-Y2.js', 'export {};'],
  ['elements/locales/es.js', 'export const templates = {};'],
  ['types/define.d.ts', 'export {};'],
  ['lib/dystonia-widgets.js', 'import "lit";'],
  ['custom-elements.json', '{}'],
  [
    'import-graph.json',
    JSON.stringify({
      'dystonia-widgets.js': {isEntry: true, imports: [], dynamicImports: ['chunks/form-AbC123.js']},
      'dystonia-widgets.es.js': {isEntry: true, imports: [], dynamicImports: ['chunks/form-AbC123.js']},
      'elements/dystonia-types.js': {
        isEntry: true,
        imports: ['elements/chunks/define-X1.js'],
        dynamicImports: [],
      },
      'elements/chunks/define-X1.js': {
        isEntry: false,
        imports: ['elements/chunks/core-Y2.js'],
        dynamicImports: [],
      },
      'elements/chunks/core-Y2.js': {isEntry: false, imports: [], dynamicImports: []},
      'lib/dystonia-widgets.js': {isEntry: true, imports: ['lib/chunks/x.js'], dynamicImports: []},
    }),
  ],
  ['v0.0.9/dystonia-widgets.js', 'an earlier release'],
]);

describe('versionDist', () => {
  const {files, integrity} = versionDist(built, '0.1.0');

  it('copies every file a browser loads under v<version>/, in the same layout, with the same bytes', () => {
    const served = [...built.keys()].filter(
      (p) => /\.js(\.map)?$/.test(p) && !/^(types\/|lib\/|v\d)/.test(p)
    );
    assert.deepEqual([...files.keys()].sort(), served.map((p) => `v0.1.0/${p}`).sort());
    for (const path of served) assert.equal(files.get(`v0.1.0/${path}`), built.get(path));
  });

  it('leaves out the declarations, the npm package build, the manifest, the bookkeeping and earlier versions', () => {
    for (const path of files.keys()) assert.doesNotMatch(path, /types\/|lib\/|\.json$|v0\.0\.9/);
  });

  it('hashes every script, and only scripts, with sha384 in the SRI format', () => {
    const scripts = [...files.keys()].filter((p) => p.endsWith('.js')).map((p) => p.slice('v0.1.0/'.length));
    assert.deepEqual(Object.keys(integrity.files).sort(), scripts.sort());
    for (const [path, hash] of Object.entries(integrity.files)) {
      const bytes = built.get(path);
      const expected = createHash('sha384')
        .update(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes)
        .digest('base64');
      assert.equal(hash, `sha384-${expected}`, path);
      assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/);
    }
    assert.equal(integrity.version, '0.1.0');
    assert.equal(integrity.path, 'v0.1.0/');
    assert.equal(integrity.algorithm, 'sha384');
  });

  it('takes a plain object as well as a Map, and refuses a version that is not one', () => {
    assert.deepEqual(versionDist(Object.fromEntries(built), '0.1.0').integrity, integrity);
    assert.throws(() => versionDist(built, '../x'), /not a version/);
  });

  it('sri() of a known input', () => {
    // printf abc | openssl dgst -sha384 -binary | base64
    assert.equal(sri('abc'), 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn');
  });
});

describe('snippet', () => {
  const {integrity} = versionDist(built, '0.1.0');

  it("preloads a per-element entry's static imports, transitively: no request chain before its first render", () => {
    // From import-graph.json: only entries that import something, only files the copy hashes (not lib/).
    assert.deepEqual(integrity.preload, {
      'elements/dystonia-types.js': ['elements/chunks/core-Y2.js', 'elements/chunks/define-X1.js'],
    });
    const html = snippet(integrity, {
      base: 'https://cdn.example/dw/',
      element: 'dystonia-types',
      locale: 'es',
    });
    const preloads = [
      ...html.matchAll(
        /<link rel="modulepreload" href="https:\/\/cdn\.example\/dw\/v0\.1\.0\/([^"]+)"\s+integrity="([^"]+)"/g
      ),
    ];
    assert.deepEqual(
      preloads.map(([, file, hash]) => [file, hash === integrity.files[file]]),
      [
        ['elements/chunks/core-Y2.js', true],
        ['elements/chunks/define-X1.js', true],
        ['elements/locales/es.js', true],
      ]
    );
    assert.ok(
      html.endsWith(
        `<script type="module" blocking="render" src="https://cdn.example/dw/v0.1.0/elements/dystonia-types.js"\n` +
          `        integrity="${integrity.files['elements/dystonia-types.js']}" crossorigin="anonymous"></script>\n`
      )
    );
    // Its import map: the per-element build's chunks and locales, not the whole bundle's.
    const map = JSON.parse(html.slice(html.indexOf('{'), html.indexOf('</script>')));
    assert.deepEqual(
      Object.keys(map.integrity).map((url) => url.split('/v0.1.0/')[1]),
      ['elements/chunks/core-Y2.js', 'elements/chunks/define-X1.js', 'elements/locales/es.js']
    );
    // The whole bundle imports nothing before it runs: without a locale, no preload.
    assert.doesNotMatch(snippet(integrity), /modulepreload/);
    assert.throws(
      () => snippet(integrity, {element: 'nope'}),
      /elements\/nope\.js is not in integrity\.json/
    );
  });

  it("pastes a translated page's own bundle, the translation inside: one file, its text at the first render", () => {
    const html = snippet(integrity, {base: 'https://cdn.example/dw', locale: 'es'});
    assert.ok(
      html.endsWith(
        `</script>\n<script type="module" blocking="render" src="https://cdn.example/dw/v0.1.0/dystonia-widgets.es.js"\n` +
          `        integrity="${integrity.files['dystonia-widgets.es.js']}" crossorigin="anonymous"></script>\n`
      ),
      html
    );
    // Nothing else to fetch before it runs: no preload, not the locale chunk either.
    assert.doesNotMatch(html, /modulepreload/);
    assert.doesNotMatch(snippet(integrity, {locale: 'es', withImportMap: false}), /modulepreload|importmap/);
    // A locale without a file of its own (none built): the bundle, and the locale chunk preloaded.
    const ar = snippet(integrity, {base: 'https://cdn.example/dw', locale: 'ar'});
    assert.match(
      ar,
      /<link rel="modulepreload" href="https:\/\/cdn\.example\/dw\/v0\.1\.0\/locales\/ar\.js"/
    );
    assert.match(ar, /<script type="module" blocking="render" src="[^"]*\/dystonia-widgets\.js"/);
    // The source locale: the bundle itself.
    assert.doesNotMatch(snippet(integrity, {locale: 'en'}), /modulepreload|\.en\.js/);
  });

  it('blocks the first paint only where no prerendered text can show first', () => {
    const plain = snippet(integrity, {base: 'https://cdn.example/dw/', locale: 'es', prerendered: true});
    assert.doesNotMatch(plain, /blocking/);
    assert.match(plain, /<script type="module" src="[^"]*\/dystonia-widgets\.es\.js"/);
    // The hydrate bundle (declarative shadow DOM): its own entry, the locale chunk preloaded, never blocking.
    const hydrate = snippet(integrity, {base: 'https://cdn.example/dw/', locale: 'es', hydrate: true});
    assert.doesNotMatch(hydrate, /blocking/);
    assert.match(hydrate, /<link rel="modulepreload" href="[^"]*\/locales\/es\.js"/);
    assert.ok(
      hydrate.endsWith(
        `<script type="module" src="https://cdn.example/dw/v0.1.0/dystonia-widgets.hydrate.js"\n` +
          `        integrity="${integrity.files['dystonia-widgets.hydrate.js']}" crossorigin="anonymous"></script>\n`
      )
    );
  });

  it("lists the full bundle's lazily loaded chunks (locales, chunks/) in the import map, not elements/", () => {
    const html = snippet(integrity, {base: 'https://cdn.example/dw/'});
    const map = JSON.parse(html.slice(html.indexOf('{'), html.indexOf('</script>')));
    assert.deepEqual(map, {
      integrity: {
        'https://cdn.example/dw/v0.1.0/chunks/form-AbC123.js': integrity.files['chunks/form-AbC123.js'],
        'https://cdn.example/dw/v0.1.0/locales/ar.js': integrity.files['locales/ar.js'],
        'https://cdn.example/dw/v0.1.0/locales/es.js': integrity.files['locales/es.js'],
      },
    });
    assert.doesNotMatch(html, /modulepreload/, 'no preload without a locale');
    assert.doesNotMatch(snippet(integrity, {withImportMap: false}), /importmap/);
  });
});
