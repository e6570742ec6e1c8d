// The iframe embed's and the embed builder's build-time parts: the element
// options made from custom-elements.json (scripts/element-options.mjs), the
// iframe snippet (scripts/snippet.mjs) and the embed's place in the
// versioned copy (scripts/version-dist.mjs).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {elementOptions, manifestFromSource} from '../../scripts/element-options.mjs';
import {iframeSnippet, snippet as browserSafeSnippet} from '../../scripts/snippet.mjs';
import {isHashed, isServed, snippet} from '../../scripts/version-dist.mjs';

describe('element options from custom-elements.json', () => {
  it('gives allowed values, switches and documented ranges', async () => {
    const {locales, tags} = elementOptions(await manifestFromSource());
    assert.deepEqual(locales, ['en', 'es', 'ar']);
    const option = (tag, name) => tags[tag].attributes.find((a) => a.name === name);
    // TypesFilter = 'all' | DystoniaTypeGroup, resolved through both aliases.
    assert.deepEqual(option('dystonia-types', 'filter').values, ['all', 'distribution', 'syndromes']);
    assert.equal(option('inquiry-cta', 'encoding').kind, 'enum');
    assert.equal(option('symptom-areas', 'no-map').kind, 'boolean');
    const level = option('dystonia-causes', 'heading-level');
    assert.deepEqual([level.kind, level.min, level.max, level.step, level.default], ['number', 1, 6, 1, '2']);
    assert.equal(option('symptom-areas', 'selected').kind, 'text');
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
      attributes: {'clinic-name': 'A "B" & <C>'},
      title: 'Say "hi" <now>',
    });
    assert.match(
      html,
      /src="https:\/\/clinic\.example\/dw\/v0\.1\.0\/embed\/index\.html\?tag=inquiry-cta&amp;locale=es&amp;clinic-name=A\+%22B%22\+%26\+%3CC%3E"/
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
