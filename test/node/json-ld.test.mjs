// The structured data as the prerender (scripts/prerender.mjs) gets it: from
// the Node build (rollup.config.mjs nodeConfig, entry seo/json-ld), imported
// in Node without a DOM. Its content is checked in the browser
// (test/seo/json-ld.test.ts, every locale); here: that it loads and answers
// in Node, in English (the Node build's locale without a document).
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {after, before, describe, it} from 'node:test';
import {rollup} from 'rollup';

const ROOT = resolve(import.meta.dirname, '../..');
let dir;
let jsonLd;

before(async () => {
  assert.ok(
    existsSync(join(ROOT, 'src/generated/locale-codes.ts')),
    'src/generated/ is missing: run `npm run i18n:build` first'
  );
  dir = mkdtempSync(join(tmpdir(), 'dw-json-ld-'));
  // Lit and @lit/localize stay bare imports in the Node build: resolve them from here.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const {nodeConfig} = await import('../../rollup.config.mjs');
    const bundle = await rollup(nodeConfig);
    await bundle.write({...nodeConfig.output, dir: join(dir, 'node'), sourcemap: false});
    await bundle.close();
  } finally {
    process.chdir(cwd);
  }
  jsonLd = await import(pathToFileURL(join(dir, 'node/seo/json-ld.js')).href);
});

after(() => {
  if (dir) rmSync(dir, {recursive: true, force: true});
});

describe('structured data in Node (dist/node/seo/json-ld.js)', () => {
  it('gives each element with facts one ld+json script, and none for the others', () => {
    const script = jsonLd.structuredDataFor('dystonia-guide', 'en');
    const match = script.match(/^<script type="application\/ld\+json">(.*)<\/script>$/s);
    assert.ok(match, script.slice(0, 80));
    const page = JSON.parse(match[1]);
    assert.equal(page['@type'], 'MedicalWebPage');
    assert.equal(page.inLanguage, 'en');
    assert.equal(page.about.name, 'Dystonia');
    assert.ok(page.about.cause.some((cause) => cause.name === 'stroke'));
    assert.ok(page.mentions.some((type) => type.name === 'Focal dystonia'));
    for (const tag of ['patient-testimonial', 'clinic-approach', 'inquiry-cta']) {
      assert.equal(jsonLd.structuredDataFor(tag, 'en'), '', tag);
    }
  });
});
