// build/build-embed.mjs: the iframe embed and the embed builder, as
// `npm run build` writes them to dist/embed/ and dist/builder/ (the browser
// tests in test/embed/ load the same files from test/server/embed.mjs).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {buildEmbed} from '../../build/build-embed.mjs';
import {checkClinicConfig} from '../../build/embed-config.mjs';
import {clinicAttributes, elementOptions} from '../../build/element-options.mjs';

describe('build-embed', () => {
  it('builds the embed page with the clinic settings, its scripts, and the builder pointed at dist/', async () => {
    const clinic = checkClinicConfig(
      {clinicName: 'Clínica', inquiryUrl: 'https://forms.clinic.example/in'},
      clinicAttributes(await elementOptions())
    );
    const files = await buildEmbed(clinic);
    assert.deepEqual([...files.keys()].sort(), [
      'builder/builder.js',
      'builder/clinic.css',
      'builder/embed.css',
      'builder/index.html',
      'embed/embed.css',
      'embed/embed.js',
      'embed/index.html',
      'embed/resize.js',
    ]);
    const page = files.get('embed/index.html');
    assert.match(page, /"clinicName": "Clínica"/);
    assert.match(page, /connect-src https:\/\/forms\.clinic\.example;/);
    // The builder page runs from dist/builder/: the built script, dist/ as its parent.
    const builder = files.get('builder/index.html');
    assert.match(builder, /<meta name="dw-dist" content="\.\.\/" \/>/);
    assert.match(builder, /src="\.\/builder\.js"/);
    assert.doesNotMatch(builder, /embed\.ts/);
    // Each script one self-contained file: nothing left to import, no TypeScript.
    for (const name of ['embed/embed.js', 'embed/resize.js', 'builder/builder.js'])
      assert.doesNotMatch(files.get(name), /^import\b|\bimport\s*\{|from\s*['"]/m, name);
    // resize.js is a classic script (pasted with <script src>), the others modules.
    assert.doesNotMatch(files.get('embed/resize.js'), /\bexport\b/);
  });
});
