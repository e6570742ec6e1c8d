// `npm run prerender` (scripts/prerender.mjs), run here from a fresh Node
// build of the source into node_modules/.cache/ (so this needs no earlier
// `npm run build`): a fragment in each form for every element and shipped
// locale, valid HTML, nothing executable or styled inline, and a plain form
// without templates or comments.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {before, describe, it} from 'node:test';
import {pathToFileURL} from 'node:url';
import {parseFragment} from 'parse5';
import {elementTags} from '../../build/elements.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
/** The version a server render marks each element with (src/core/version.ts, equal to package.json's). */
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const CACHE = join(ROOT, 'node_modules/.cache/dw-prerender-node-test');
const tags = elementTags(ROOT);
// The shipped locales, from the generated locale codes (npm run i18n:build).
const codes = readFileSync(join(ROOT, 'src/generated/locale-codes.ts'), 'utf8');
const list = (name) =>
  [
    ...codes
      .split(`export const ${name}`)[1]
      .split(';')[0]
      .matchAll(/`([^`]+)`/g),
  ].map((m) => m[1]);
const locales = [...list('sourceLocale'), ...list('targetLocales')];
/** Elements whose fragments carry schema.org JSON-LD: those that state facts about the condition. */
const FACTS = new Set([
  'dystonia-types',
  'dystonia-causes',
  'symptom-areas',
  'dystonia-symptoms',
  'dystonia-guide',
]);

/** Parse errors (parse5 reports each spec violation), and every node. */
function parse(html) {
  const errors = [];
  const fragment = parseFragment(html, {
    onParseError: (e) => {
      // `<?>`: Lit's marker for an empty binding (nothing) in a server render; every parser reads it
      // as a comment (a "bogus comment", which the spec counts as an error), and hydration expects it.
      if (
        e.code === 'unexpected-question-mark-instead-of-tag-name' &&
        html.startsWith('<?>', e.startOffset - 1)
      )
        return;
      errors.push(`${e.code} at ${e.startOffset}: ${html.slice(e.startOffset - 20, e.startOffset + 20)}`);
    },
  });
  const nodes = [];
  const walk = (node) => {
    nodes.push(node);
    node.childNodes?.forEach(walk);
    if (node.content) walk(node.content);
  };
  walk(fragment);
  return {errors, nodes, fragment};
}

describe('npm run prerender', () => {
  before(() => {
    rmSync(CACHE, {recursive: true, force: true});
    execFileSync(
      process.execPath,
      ['scripts/prerender.mjs', '--build', '--node', join(CACHE, 'node'), '--out', join(CACHE, 'html')],
      {cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit']}
    );
  });

  it('reads the shipped locales (en first, then the targets)', () => {
    assert.ok(locales.length >= 3 && locales[0] === 'en', locales.join());
  });

  for (const locale of locales) {
    for (const tag of tags) {
      it(`${locale}/${tag}: both forms exist and are valid, without scripts or style attributes`, () => {
        const dsd = readFileSync(join(CACHE, 'html', locale, `${tag}.html`), 'utf8');
        const plain = readFileSync(join(CACHE, 'html', locale, `${tag}.plain.html`), 'utf8');
        for (let [file, html] of [
          [`${tag}.html`, dsd],
          [`${tag}.plain.html`, plain],
        ]) {
          const {errors, fragment} = parse(html);
          assert.deepEqual(errors, [], `${locale}/${file}: parse errors`);
          const top = fragment.childNodes.filter((n) => n.nodeName !== '#text');
          assert.deepEqual(
            top.map((n) => n.tagName),
            FACTS.has(tag) ? [tag, 'script'] : [tag],
            `${locale}/${file}: one <${tag}> at the top, then its structured data if it has facts`
          );
          // The structured data: a data block (never run), after the element, in the light DOM.
          if (FACTS.has(tag)) {
            const data = top[1];
            assert.equal(data.attrs.find((a) => a.name === 'type')?.value, 'application/ld+json', file);
            const json = JSON.parse(data.childNodes.map((n) => n.value).join(''));
            assert.equal(json['@type'], 'MedicalWebPage', file);
            assert.equal(json.inLanguage, locale, file);
            assert.equal(json.about['@type'], 'MedicalCondition', file);
          }
          html = html.replace(/<script type="application\/ld\+json">[^<]*<\/script>\n?$/, '');
          const elements = parse(html).nodes.filter((n) => n.tagName);
          assert.ok(!elements.some((n) => n.tagName === 'script'), `${locale}/${file}: a <script>`);
          assert.ok(
            !elements.some((n) => n.attrs.some((a) => a.name === 'style')),
            `${locale}/${file}: style=`
          );
          assert.ok(
            !elements.some((n) => n.attrs.some((a) => a.name.startsWith('on'))),
            `${locale}/${file}: on…=`
          );
          assert.ok(!html.includes('<script') && !html.includes(' style='), `${locale}/${file}`);
          // Content, not an empty shell (the testimonials have quotes, no heading).
          const content = tag === 'patient-testimonial' ? /^blockquote$/ : /^h[1-6]$/;
          assert.ok(
            elements.some((n) => content.test(n.tagName)),
            `${locale}/${file}: no ${content.source}`
          );
        }
        const host = parse(dsd).fragment.childNodes.find((n) => n.tagName === tag);
        const template = host.childNodes.find((n) => n.tagName === 'template');
        assert.equal(template?.attrs.find((a) => a.name === 'shadowrootmode')?.value, 'open', `${tag}.html`);
        assert.match(dsd, new RegExp(`class="?base"? lang="?${locale}"?`), `${tag}.html: lang on base`);
        // Every element in the fragment (the guide's and the symptoms' inner ones too) carries the
        // version that rendered it: the hydrate bundle hydrates only its own version's markup.
        const marked = parse(dsd).nodes.filter((n) => tags.includes(n.tagName));
        assert.equal(marked[0]?.tagName, tag, `${tag}.html: the element first`);
        for (const element of marked) {
          const mark = element.attrs.find((a) => a.name === 'data-dw-version')?.value;
          assert.equal(mark, VERSION, `${locale}/${tag}.html: <${element.tagName}> data-dw-version`);
        }
        const {nodes} = parse(plain);
        assert.ok(!nodes.some((n) => n.tagName === 'template'), `${tag}.plain.html: a <template>`);
        assert.ok(!nodes.some((n) => n.nodeName === '#comment'), `${tag}.plain.html: a comment`);
        assert.ok(
          plain.startsWith(`<${tag} lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`),
          plain
        );
      });
    }
  }

  // The structured data module of the Node build just made (no browser entry imports it).
  it('structured data in Node (dist/lib/seo/json-ld.js): one ld+json script per element with facts, none for the others', async () => {
    const jsonLd = await import(pathToFileURL(join(CACHE, 'node/seo/json-ld.js')).href);
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

  it('escapes text: markup in a translation stays text', async () => {
    const {plainFrom} = await import('../../scripts/prerender.mjs');
    const html = plainFrom(
      '<x-y><template shadowrootmode="open"><p>&lt;img src=x onerror=alert(1)&gt; &amp; more</p></template></x-y>',
      'x-y',
      'en',
      'ltr'
    );
    assert.equal(
      html,
      '<x-y lang="en" dir="ltr">\n<p>&lt;img src=x onerror=alert(1)&gt; &amp; more</p>\n</x-y>\n'
    );
  });
});
