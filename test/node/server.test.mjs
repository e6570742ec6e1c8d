// renderToString() of `dystonia-widgets/server` (src/server.ts), run from a
// fresh Node build of the source into node_modules/.cache/ (so this needs no
// earlier `npm run build`): every call in its own language however many run at
// once, an element's own lang and an ancestor's, the markup of @lit-labs/ssr,
// the DOM shim, the call to action's URLs, locales that are not one, and
// hostile markup kept inert.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readFileSync, rmSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {after, before, beforeEach, describe, it} from 'node:test';
import {pathToFileURL} from 'node:url';
import {promisify} from 'node:util';
import {parseFragment} from 'parse5';
import {writePackageBuild} from '../../build/package-build.mjs';
import {elementTags} from '../../build/elements.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = join(ROOT, 'node_modules/.cache/dw-server-node-test');
const NODE = join(CACHE, 'node');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const tags = elementTags(ROOT);

/** A message's English source and its translations, from the committed XLIFF. */
function message(id) {
  const texts = {};
  for (const locale of ['es', 'ar']) {
    const unit = readFileSync(join(ROOT, `locales/${locale}.xlf`), 'utf8').match(
      new RegExp(
        `<trans-unit id="${id.replace('.', '\\.')}">\\s*<source>([^<]+)</source>\\s*<target>([^<]+)</target>`
      )
    );
    assert.ok(unit, `${id} not found in locales/${locale}.xlf`);
    texts.en = unit[1];
    texts[locale] = unit[2];
  }
  return texts;
}
const CAUSES = message('causes.heading');
const TYPES = message('types.heading');
const DIR = {en: 'ltr', es: 'ltr', ar: 'rtl'};

let renderToString;
let styleHashes;
/** console.warn while a test runs. */
let warnings = [];
const warn = console.warn;

before(async () => {
  rmSync(CACHE, {recursive: true, force: true});
  await writePackageBuild(NODE);
  ({renderToString, styleHashes} = await import(pathToFileURL(join(NODE, 'server.js')).href));
});

beforeEach(() => {
  warnings = [];
  console.warn = (...args) => warnings.push(args.join(' '));
});

after(() => {
  console.warn = warn;
});

const text = (node) =>
  node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(text).join('').trim();

/** Every element in `html` (through declarative shadow roots), in document order. */
function elements(html) {
  const out = [];
  const walk = (node) => {
    if (node.tagName) out.push(node);
    node.childNodes?.forEach(walk);
    if (node.content) walk(node.content);
  };
  walk(parseFragment(html));
  return out;
}

const attr = (node, name) => node.attrs.find((a) => a.name === name)?.value;

/** Each top-level element of ours in `html`: its tag, its shadow root's base lang and dir, and its first heading. */
function rendered(html) {
  return parseFragment(html)
    .childNodes.flatMap(function find(node) {
      if (tags.includes(node.tagName)) return [node];
      return (node.childNodes ?? []).flatMap(find);
    })
    .map((host) => {
      const root = host.childNodes.find((n) => n.tagName === 'template' && attr(n, 'shadowrootmode'));
      assert.ok(root, `<${host.tagName}> has no declarative shadow root`);
      const inside = [];
      const walk = (node) => {
        if (node.tagName) inside.push(node);
        node.childNodes?.forEach(walk);
      };
      walk(root.content);
      const base = inside.find((n) => attr(n, 'class') === 'base');
      const heading = inside.find((n) => /^h[1-6]$/.test(n.tagName));
      return {
        tag: host.tagName,
        version: attr(host, 'data-dw-version'),
        lang: attr(base, 'lang'),
        dir: attr(base, 'dir'),
        heading: heading && text(heading),
      };
    });
}

describe('renderToString()', () => {
  it('60 calls at once in en, es and ar: each in its own language, nested elements too', async () => {
    const locales = ['en', 'es', 'ar'];
    const calls = Array.from({length: 60}, (_, i) => {
      const locale = locales[i % 3];
      const markup =
        i % 2
          ? '<dystonia-causes></dystonia-causes><p>between</p><dystonia-types></dystonia-types>'
          : '<dystonia-guide></dystonia-guide>';
      return {locale, guide: i % 2 === 0, result: renderToString(markup, {locale})};
    });
    for (const {locale, guide, result} of calls) {
      const html = await result;
      if (guide) {
        // The guide's own base and every element it composes, in the call's language.
        const bases = elements(html).filter((n) => attr(n, 'class') === 'base');
        assert.ok(bases.length >= 6, `${bases.length} bases`);
        for (const base of bases)
          assert.deepEqual([attr(base, 'lang'), attr(base, 'dir')], [locale, DIR[locale]]);
        const nested = elements(html).filter((n) => tags.includes(n.tagName));
        assert.ok(nested.every((n) => attr(n, 'data-dw-version') === VERSION));
        assert.ok(html.includes(`>${CAUSES[locale]}<`), `${locale}: the causes' heading`);
      } else {
        assert.deepEqual(rendered(html), [
          {tag: 'dystonia-causes', version: VERSION, lang: locale, dir: DIR[locale], heading: CAUSES[locale]},
          {tag: 'dystonia-types', version: VERSION, lang: locale, dir: DIR[locale], heading: TYPES[locale]},
        ]);
      }
    }
    assert.deepEqual(
      warnings.filter((w) => !w.includes('<dystonia-guide>: Visitors have no way')),
      []
    );
  });

  it("an element's own lang wins over the call's locale, and an ancestor's lang in the markup is its default", async () => {
    const html = await renderToString(
      '<dystonia-causes lang="es-MX"></dystonia-causes>' +
        '<div lang="ar"><dystonia-types></dystonia-types><dystonia-causes lang="en"></dystonia-causes></div>' +
        '<dystonia-types></dystonia-types>',
      {locale: 'es'}
    );
    assert.deepEqual(
      rendered(html).map(({tag, lang, dir, heading}) => [tag, lang, dir, heading]),
      [
        ['dystonia-causes', 'es', 'ltr', CAUSES.es],
        ['dystonia-types', 'ar', 'rtl', TYPES.ar],
        ['dystonia-causes', 'en', 'ltr', CAUSES.en],
        ['dystonia-types', 'es', 'ltr', TYPES.es],
      ]
    );
    // The element's lang stays as written; its structured data is in the language its text is in.
    assert.match(html, /^<dystonia-causes\s+lang="es-MX" data-dw-version=/);
    const data = elements(html)
      .filter((n) => attr(n, 'type') === 'application/ld+json')
      .map((n) => JSON.parse(text(n)).inLanguage);
    assert.deepEqual(data, ['es', 'ar', 'en', 'es']);
    assert.deepEqual(warnings, []);
  });

  it("an element's markup is @lit-labs/ssr's, as the hydrate bundle expects, followed by its JSON-LD", async () => {
    const {render} = await import('@lit-labs/ssr');
    const {collectResult} = await import('@lit-labs/ssr/lib/render-result.js');
    const {html: staticHtml, unsafeStatic} = await import('lit/static-html.js');
    const {useServerLocale} = await import(pathToFileURL(join(NODE, 'server.js')).href);
    const {structuredDataFor} = await import(pathToFileURL(join(NODE, 'seo/json-ld.js')).href);
    for (const tag of tags) {
      const ours = await renderToString(`<${tag} heading-level="3"></${tag}>`, {locale: 'ar'});
      // The same element rendered directly (the process's locale, set for this comparison only).
      await useServerLocale('ar');
      const name = unsafeStatic(tag);
      let direct;
      try {
        direct = await collectResult(render(staticHtml`<${name} heading-level="3"></${name}>`));
        direct = direct.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
        const data = structuredDataFor(tag, 'ar');
        if (data) direct += `\n${data}`;
      } finally {
        await useServerLocale('en');
      }
      // Only the spaces the attributes leave in the tag differ (a binding's more than a static one's).
      const tagSpace = (html) => html.replace(/^(<[a-z-]+)\s+/, '$1 ');
      assert.ok(tagSpace(ours) === tagSpace(direct), `${tag}: not the markup @lit-labs/ssr renders`);
    }
  });

  it('keeps the rest of the markup, an element’s children and a whole document; renders again what it rendered', async () => {
    const html = await renderToString(
      '<section class="intro"><h1>Dystonia</h1><dystonia-causes><p>Plain text for readers without scripts</p></dystonia-causes></section><unknown-widget a="1"></unknown-widget>'
    );
    assert.match(
      html,
      /^<section class="intro"><h1>Dystonia<\/h1><dystonia-causes data-dw-version="[^"]+"><template /
    );
    assert.ok(
      html.includes(
        '</template><p>Plain text for readers without scripts</p></dystonia-causes>\n<script type="application/ld+json">'
      ),
      'the children after the shadow root, the JSON-LD after the element'
    );
    assert.ok(html.endsWith('</script></section><unknown-widget a="1"></unknown-widget>'), html.slice(-120));
    // Its own output again: one shadow root, not two.
    const again = await renderToString(html);
    assert.equal(
      elements(again).filter((n) => n.tagName === 'template' && attr(n, 'shadowrootmode')).length,
      1
    );
    const page = await renderToString(
      '<!doctype html><html lang="es"><head><title>T</title></head><body><dystonia-types></dystonia-types></body></html>',
      {locale: 'es'}
    );
    assert.match(
      page,
      /^<!DOCTYPE html><html lang="es"><head><title>T<\/title><\/head><body><dystonia-types /
    );
    assert.ok(page.includes(`>${TYPES.es}<`));
    assert.deepEqual(warnings, []);
  });

  it('a call to action with href, action and phone; refused URLs are not rendered', async () => {
    const html = await renderToString(
      '<inquiry-cta href="https://clinic.example/contact" action="https://clinic.example/api" phone="+1 555 0100"></inquiry-cta>' +
        '<inquiry-cta lang="es" href="/contact" phone="+1 555 0100"></inquiry-cta>' +
        '<inquiry-cta href="javascript:alert(1)" action="http://evil.example/"></inquiry-cta>'
    );
    const links = elements(html)
      .filter((n) => n.tagName === 'a')
      .map((n) => [attr(n, 'part'), attr(n, 'href')]);
    assert.deepEqual(links, [
      ['link', 'https://clinic.example/contact'],
      ['phone', 'tel:+15550100'],
      // A relative URL stays as written: a server render does not know the page's address.
      ['link', '/contact'],
      ['phone', 'tel:+15550100'],
    ]);
    assert.ok(!html.includes('javascript:alert(1)"><'), 'the refused href is on no link');
    assert.equal(warnings.filter((w) => w.includes('javascript:alert(1)')).length, 1);
  });

  for (const [what, locale] of [
    ['an array', ['es', 'ar']],
    ['a number', 42],
    ['an object', {locale: 'es'}],
    ['null', null],
    ['an unknown locale', 'fr'],
  ]) {
    it(`a locale that is ${what}: English, with one warning`, async () => {
      const html = await renderToString('<dystonia-causes></dystonia-causes>', {locale});
      assert.deepEqual(
        rendered(html).map((r) => [r.lang, r.heading]),
        [['en', CAUSES.en]]
      );
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(
        warnings[0],
        /^\[dystonia-widgets\] <dystonia-widgets>: no translation for renderToString\(\) locale "/
      );
      assert.match(warnings[0], /showing English\. Shipped locales: en, /);
    });
  }

  it('no locale, or an empty one: English without a warning; a tag maps to its language', async () => {
    for (const options of [undefined, {}, {locale: undefined}, {locale: ''}]) {
      const html = await renderToString('<dystonia-causes></dystonia-causes>', options);
      assert.equal(rendered(html)[0].lang, 'en');
    }
    assert.equal(
      rendered(await renderToString('<dystonia-causes></dystonia-causes>', {locale: 'AR-eg'}))[0].lang,
      'ar'
    );
    assert.deepEqual(warnings, []);
    await assert.rejects(renderToString(null), TypeError);
  });

  it('hostile markup stays inert: values escaped, scripts not run, only our tags rendered', async () => {
    globalThis.__ran = undefined;
    const value = `"'><script>globalThis.__ran = 1</script></dystonia-types>`;
    const html = await renderToString(
      `<dystonia-types filter="${value.replace(/"/g, '&quot;')}" title='x"y' onclick="globalThis.__ran = 2"></dystonia-types>` +
        '<script>globalThis.__ran = 3</script><img src="x" onerror="globalThis.__ran = 4">' +
        '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><dystonia-causes x"y="1"></dystonia-causes>' +
        '<svg><dystonia-causes></dystonia-causes></svg><template><dystonia-causes></dystonia-causes></template>'
    );
    assert.equal(globalThis.__ran, undefined, 'something in the markup ran on the server');
    const types = elements(html).find((n) => n.tagName === 'dystonia-types');
    // Each value is the attribute's, text; the element was not closed early.
    assert.equal(attr(types, 'filter'), value);
    assert.equal(attr(types, 'title'), 'x"y');
    assert.ok(
      html.includes(
        'filter="&quot;&#39;&gt;&lt;script&gt;globalThis.__ran = 1&lt;/script&gt;&lt;/dystonia-types&gt;"'
      )
    );
    // The markup's own script and image are kept as the parser reads them (the page's HTML is trusted like the page);
    // no script came from a value.
    const scripts = elements(html)
      .filter((n) => n.tagName === 'script')
      .map((n) => attr(n, 'type') ?? text(n));
    assert.deepEqual(scripts, ['application/ld+json', 'globalThis.__ran = 3', 'application/ld+json']);
    assert.ok(html.includes('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'));
    // A name that is not an attribute's is left out, with a warning; the element still renders.
    assert.equal(
      elements(html).filter(
        (n) => n.tagName === 'dystonia-causes' && n.attrs.some((a) => a.name === 'data-dw-version')
      ).length,
      1
    );
    assert.equal(warnings.filter((w) => w.includes('left out (not an attribute name)')).length, 1);
    // Neither in SVG (not an HTML element) nor in an inert template is anything rendered.
    assert.ok(
      html.endsWith(
        '<svg><dystonia-causes></dystonia-causes></svg><template><dystonia-causes></dystonia-causes></template>'
      )
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(globalThis.__ran, undefined);
  });

  it('without @lit-labs/ssr (an optional peer dependency): the module imports, a call says what to install', async () => {
    // A resolve hook that finds no @lit-labs/ssr, as in an app that has not installed it.
    const hook = `export async function resolve(specifier, context, next) {
      if (specifier === '@lit-labs/ssr') throw Object.assign(new Error('Cannot find package @lit-labs/ssr'), {code: 'ERR_MODULE_NOT_FOUND'});
      return next(specifier, context);
    }`;
    const child = `
      import {register} from 'node:module';
      register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
      const server = await import(${JSON.stringify(pathToFileURL(join(NODE, 'server.js')).href)});
      const out = {exports: Object.keys(server).sort()};
      out.locale = await server.useServerLocale('es');
      try {
        await server.renderToString('<dystonia-causes></dystonia-causes>');
      } catch (error) {
        out.error = error.message;
      }
      process.stdout.write(JSON.stringify(out));
    `;
    const {stdout, stderr} = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '--eval', child],
      {cwd: ROOT, timeout: 60_000}
    );
    assert.equal(stderr, '');
    const out = JSON.parse(stdout);
    assert.ok(
      out.exports.includes('renderToString') && out.exports.includes('useServerLocale'),
      out.exports.join()
    );
    assert.equal(out.locale, 'es');
    assert.match(out.error, /^renderToString\(\) needs @lit-labs\/ssr \(npm install @lit-labs\/ssr\): /);
  });

  it('imports and renders under the DOM shim (as Astro installs it), in a fresh process', async () => {
    const child = `
      const {installWindowOnGlobal} = await import('@lit-labs/ssr/lib/dom-shim.js');
      installWindowOnGlobal();
      await import(${JSON.stringify(pathToFileURL(join(NODE, 'dystonia-widgets.js')).href)});
      const {renderToString} = await import(${JSON.stringify(pathToFileURL(join(NODE, 'server.js')).href)});
      const html = await renderToString(
        '<dystonia-causes></dystonia-causes><inquiry-cta href="https://x.example" action="https://x.example/api" phone="+1 555 0100" debug></inquiry-cta>',
        {locale: 'ar'}
      );
      process.stdout.write(JSON.stringify({html, document: typeof document}));
    `;
    const {stdout, stderr} = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '--eval', child],
      {cwd: ROOT, timeout: 60_000}
    );
    assert.equal(stderr, '');
    const {html, document} = JSON.parse(stdout);
    assert.equal(document, 'object', 'the shim installed a document');
    assert.deepEqual(
      rendered(html).map((r) => [r.tag, r.lang]),
      [
        ['dystonia-causes', 'ar'],
        ['inquiry-cta', 'ar'],
      ]
    );
    assert.ok(html.includes('href="https://x.example/"'));
  });
});

describe('styleHashes()', () => {
  it("gives each distinct <style> of a render once, as the 'sha256-…' source a CSP's style-src takes", async () => {
    const html = await renderToString('<dystonia-guide></dystonia-guide><dystonia-types></dystonia-types>', {
      locale: 'es',
    });
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    assert.ok(styles.length > 2, 'the guide and its sections each bring their styles');
    const expected = [...new Set(styles)].map(
      (css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`
    );
    assert.deepEqual(styleHashes(html).sort(), expected.sort());
    // A whole document too, and markup without a style gives none.
    assert.deepEqual(styleHashes(`<!doctype html><html><body>${html}</body></html>`).sort(), expected.sort());
    assert.deepEqual(styleHashes('<p>no style</p>'), []);
  });
});
