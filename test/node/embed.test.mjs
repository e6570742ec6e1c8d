// The iframe embed's and the embed builder's build-time parts: the element
// options made from the elements' schemas (build/element-options.mjs), the
// iframe snippet (scripts/snippet.mjs) and the embed's place in the
// versioned copy (build/version-dist.mjs).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {readFileSync} from 'node:fs';
import {clinicAttributes, elementOptions} from '../../build/element-options.mjs';
import {checkClinicConfig, connectSource, embedPage, readClinicConfig} from '../../build/embed-config.mjs';
import {iframeSnippet, snippet as browserSafeSnippet} from '../../scripts/snippet.mjs';
import {isHashed, isServed, snippet} from '../../build/version-dist.mjs';

describe('element options from the schemas', () => {
  it('gives allowed values, switches, ranges and defaults, and the documentation only when asked', async () => {
    const {locales, tags} = await elementOptions();
    assert.deepEqual(locales, ['en', 'es', 'ar']);
    const option = (tag, name) => tags[tag].attributes.find((a) => a.name === name);
    assert.deepEqual(option('dystonia-types', 'filter').values, ['all', 'distribution', 'syndromes']);
    assert.equal(option('inquiry-cta', 'encoding').type, 'enum');
    assert.equal(option('symptom-areas', 'no-map').type, 'boolean');
    const level = option('dystonia-causes', 'heading-level');
    assert.deepEqual([level.type, level.min, level.max, level.step, level.default], ['number', 1, 6, 1, 2]);
    assert.equal(option('symptom-areas', 'selected').type, 'text');
    assert.match(option('symptom-areas', 'no-map').desc, /without the body map/);
    assert.match(tags['dystonia-guide'].summary, /guide/);
    // The embed's copy: values only.
    const bare = await elementOptions({descriptions: false});
    for (const spec of Object.values(bare.tags)) {
      assert.equal(spec.summary, '');
      for (const attribute of spec.attributes) assert.equal('desc' in attribute, false, attribute.name);
    }
  });
});

describe('the iframe snippet and the versioned copy', () => {
  const integrity = {
    version: '0.1.0',
    path: 'v0.1.0/',
    algorithm: 'sha384',
    files: {'dystonia-widgets.js': 'sha384-a', 'embed/resize.js': 'sha384-r'},
  };

  it('puts parameters in the URL and escapes what goes into attributes', () => {
    const html = iframeSnippet(integrity, {
      base: 'https://clinic.example/dw',
      tag: 'inquiry-cta',
      locale: 'es',
      attributes: {open: 'A "B" & <C>'},
      title: 'Say "hi" <now>',
    });
    assert.match(
      html,
      /src="https:\/\/clinic\.example\/dw\/v0\.1\.0\/embed\/index\.html\?tag=inquiry-cta&amp;locale=es&amp;open=A\+%22B%22\+%26\+%3CC%3E"/
    );
    assert.match(html, /title="Say &quot;hi&quot; &lt;now&gt;"/);
    assert.match(
      html,
      /<script src="https:\/\/clinic\.example\/dw\/v0\.1\.0\/embed\/resize\.js"\s+integrity="sha384-r"/
    );
    assert.doesNotMatch(iframeSnippet(integrity, {tag: 'dystonia-causes', withResize: false}), /<script/);
  });

  it('is one snippet() for the command line and the builder', () => {
    assert.equal(snippet, browserSafeSnippet);
  });

  it('pins the embed page with the scripts, and leaves the builder out', () => {
    assert.ok(isServed('embed/index.html') && isServed('embed/embed.css') && isHashed('embed/embed.js'));
    assert.ok(!isHashed('embed/index.html'));
    assert.ok(!isServed('builder/builder.js') && !isServed('builder/index.html'));
  });
});

describe("the embed's clinic settings (build/embed-config.mjs)", () => {
  const template = readFileSync(new URL('../../embed/index.html', import.meta.url), 'utf8');
  const clinicOf = async () => clinicAttributes(await elementOptions());

  it('has every attribute of every element declared a clinic setting or presentation', async () => {
    const {tags} = await elementOptions();
    for (const [tag, spec] of Object.entries(tags)) {
      for (const {name, clinic} of spec.attributes)
        assert.equal(typeof clinic, 'boolean', `<${tag}> ${name}: clinic: true or false in its schema`);
    }
    // Where data goes and whom a patient contacts (issue 17: the endpoint and how it is sent, the
    // contact link, the phone, the privacy link, the clinic's name, the attribution): never presentation.
    const clinic = await clinicOf();
    for (const name of ['action', 'encoding', 'timeout', 'href', 'phone', 'privacy-url', 'clinic-name'])
      assert.ok(clinic['inquiry-cta'].includes(name), `inquiry-cta ${name}`);
    assert.ok(clinic['patient-testimonial'].includes('attribution'));
    assert.ok(clinic['dystonia-guide'].includes('clinic-name'));
  });

  it('narrows connect-src to the endpoint: its origin, self, or none', () => {
    assert.equal(
      connectSource('https://forms.clinic.example/api/inquiry?x=1'),
      'https://forms.clinic.example'
    );
    assert.equal(connectSource('/api/inquiry'), "'self'");
    assert.equal(connectSource(undefined), "'none'");
    const none = embedPage(template);
    assert.match(none, /connect-src 'none';/);
    assert.doesNotMatch(none, /https:;|connect-src[^;]*https:(?!\/\/)/);
    const page = embedPage(template, {page: {inquiryUrl: 'https://forms.clinic.example/in'}, attributes: {}});
    assert.match(page, /connect-src https:\/\/forms\.clinic\.example;/);
  });

  it('writes the settings as data blocks that no value can close', async () => {
    const clinic = checkClinicConfig(
      {
        clinicName: 'A </script><script>alert(1)</script>',
        phone: '+00 000',
        inquiryUrl: 'https://clinic.example/in',
        elements: {'inquiry-cta': {encoding: 'form'}},
      },
      await clinicOf()
    );
    const page = embedPage(template, clinic);
    assert.equal(page.match(/<script/g).length, template.match(/<script/g).length + 2);
    assert.match(page, /"clinicName": "A \\u003c\/script>\\u003cscript>alert\(1\)\\u003c\/script>"/);
    assert.match(
      page,
      /<script type="application\/json" id="dw-embed-clinic">\s*\{\s*"inquiry-cta": \{\s*"encoding": "form"/
    );
  });

  it('refuses what would send data elsewhere than meant, saying what to fix', async () => {
    const clinic = await clinicOf();
    const refused = (config, pattern) => assert.throws(() => checkClinicConfig(config, clinic), pattern);
    refused({inquiryUrl: 'http://clinic.example/in'}, /"inquiryUrl" must be an https: URL/);
    refused({inquiryUrl: 'https://user:pw@clinic.example/in'}, /user name or password/);
    refused({contactUrl: 'javascript:alert(1)'}, /"contactUrl" must be an https: or mailto: URL/);
    refused({locale: 'es'}, /unknown key "locale"/);
    refused({phone: 42}, /"phone" must be a non-empty string/);
    refused({elements: {'inquiry-cta': {'heading-level': '3'}}}, /no clinic setting "heading-level"/);
    refused({elements: {'dystonia-causes': {}}}, /has no clinic settings/);
    refused([], /must be a JSON object/);
    // A polluted prototype adds no setting.
    Object.prototype.inquiryUrl = 'https://evil.example/';
    try {
      assert.deepEqual(Object.keys(checkClinicConfig({phone: '+00 000'}, clinic).page), ['phone']);
      assert.equal(checkClinicConfig({phone: '+00 000'}, clinic).page.inquiryUrl, undefined);
    } finally {
      delete Object.prototype.inquiryUrl;
    }
  });

  it('reads embed.config.json or DW_EMBED_CONFIG, and the example is valid', async () => {
    const clinic = await clinicOf();
    const example = new URL('../../embed/embed.config.example.json', import.meta.url).pathname;
    const read = readClinicConfig('/nonexistent', clinic, {DW_EMBED_CONFIG: example});
    assert.equal(read.page.inquiryUrl, 'https://clinic.example/api/inquiry');
    assert.equal(readClinicConfig('/nonexistent', clinic, {}), undefined);
    assert.throws(() => readClinicConfig('/nonexistent', clinic, {DW_EMBED_CONFIG: '/nope.json'}), /no file/);
  });
});
