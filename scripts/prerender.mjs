// `npm run prerender`: every element (src/elements/*) in every shipped locale
// as HTML that reads without JavaScript, rendered by renderToString() of the
// Node build (dist/lib/server.js: @lit-labs/ssr, with the browser bundle's
// template strings):
//   dist/html/<locale>/<tag>.html        the element with its declarative shadow DOM
//                                        (load dist/dystonia-widgets.hydrate.js with it)
//   dist/html/<locale>/<tag>.plain.html  the same text as plain light-DOM HTML in the
//                                        element's tag, for CMSs that strip <template>
//                                        and comments (any bundle; its shadow root hides it)
// Each fragment of an element with facts about the condition is followed by its
// schema.org JSON-LD (<script type="application/ld+json">, src/seo/json-ld.ts).
// Every element in a .html fragment (the guide's inner ones too) carries
// data-dw-version="<VERSION>", set by src/core/element.ts in any server render:
// the hydrate bundle renders one of another version afresh (src/core/hydration.ts).
// Options: --node <dir> (the Node build; default dist/lib, built here when missing),
// --out <dir> (default dist/html), --build (build the Node build into --node first).
// test/server/prerendered.mjs runs it into a cache directory for the browser tests.
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseFragment} from 'parse5';
import {elementTags} from '../build/elements.mjs';
import {writePackageBuild} from '../build/package-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Elements kept in the plain form; any other element is unwrapped (its content kept). */
const KEEP = new Set([
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd'],
  ...['blockquote', 'figure', 'figcaption'],
]);
const HEADING = /^h[1-6]$/;

/**
 * Whether the plain form leaves a node out with its content: styles and
 * scripts; the SVG map (pure UI: its regions' names are the list's
 * headings); controls (`part="controls"`: the testimonials' previous, next,
 * stop and position); buttons, except in a heading, where their text is the
 * heading's (the disclosure pattern). test/integration/prerender.test.ts
 * leaves out the same from the client render before comparing text.
 */
function dropped(node, inHeading) {
  const name = node.tagName;
  if (name === 'style' || name === 'script' || name === 'svg' || name === 'slot') return true;
  if (name === 'button') return !inHeading;
  const part = node.attrs.find((a) => a.name === 'part')?.value ?? '';
  return part.split(/\s+/).includes('controls');
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The light-DOM form of a server-rendered element: its shadow content as plain semantic HTML. */
export function plainFrom(dsdHtml, tag, lang, dir) {
  const fragment = parseFragment(dsdHtml);
  const host = fragment.childNodes.find((n) => n.tagName === tag);
  if (!host) throw new Error(`${tag}: no <${tag}> in the server render`);
  let out = '';
  const walk = (node, inHeading = false) => {
    if (node.nodeName === '#text') {
      out += escapeText(node.value);
      return;
    }
    if (!node.tagName) return; // comments (Lit's part markers), doctype
    const name = node.tagName;
    if (name === 'template') {
      // A declarative shadow root (the element's, or a nested element's): its content is the text.
      if (node.attrs.some((a) => a.name === 'shadowrootmode'))
        node.content.childNodes.forEach((n) => walk(n, inHeading));
      return;
    }
    if (dropped(node, inHeading)) return;
    const keep = KEEP.has(name);
    if (keep) out += `<${name}>`;
    node.childNodes.forEach((n) => walk(n, inHeading || HEADING.test(name)));
    if (keep) out += `</${name}>`;
  };
  host.childNodes.forEach(walk);
  // Blank lines left by dropped and unwrapped nodes: one newline between blocks.
  const body = out.replace(/\s*\n\s*/g, '\n').trim();
  return `<${tag} lang="${lang}" dir="${dir}">\n${body}\n</${tag}>\n`;
}

/** Renders every tag × locale; returns {file: html} with paths relative to the output dir. */
export async function prerender({nodeDir = path.join(root, 'dist/lib'), build = false} = {}) {
  if (build || !existsSync(path.join(nodeDir, 'server.js'))) await writePackageBuild(nodeDir);
  // The Node build registers the elements in Lit's Node customElements shim (server.js imports
  // them); @lit-labs/ssr and the build share node_modules' one Lit.
  const {renderToString, shippedLocales, directionOf} = await import(
    pathToFileURL(path.join(nodeDir, 'server.js')).href
  );
  const tags = elementTags(root);
  const files = {};
  for (const locale of shippedLocales) {
    const dir = directionOf(locale);
    for (const tag of tags) {
      // The element with its declarative shadow DOM, then (for an element with facts about the
      // condition) its schema.org JSON-LD in the light DOM, where crawlers read it (src/seo/json-ld.ts).
      const html = await renderToString(`<${tag}></${tag}>`, {locale});
      const end = html.lastIndexOf(`</${tag}>`) + `</${tag}>`.length;
      const dsd = html.slice(0, end);
      const data = html.slice(end).trim();
      if (!dsd.includes(`lang="${locale}"`)) throw new Error(`${tag}: not rendered in ${locale}`);
      files[`${locale}/${tag}.html`] = `${html}\n`;
      files[`${locale}/${tag}.plain.html`] = plainFrom(dsd, tag, locale, dir) + (data ? `${data}\n` : '');
    }
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? fallback : path.resolve(process.argv[i + 1]);
  };
  const out = arg('--out', path.join(root, 'dist/html'));
  const files = await prerender({nodeDir: arg('--node', undefined), build: process.argv.includes('--build')});
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(out, file)), {recursive: true});
    writeFileSync(path.join(out, file), text);
  }
  console.log(
    `prerender: ${Object.keys(files).length} fragments in ${path.relative(process.cwd(), out) || '.'}`
  );
}
