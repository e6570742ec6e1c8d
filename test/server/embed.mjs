// The build as a clinic hosts it, for the iframe embed and the embed builder
// (test/embed/): the in-memory rollup build (built-bundle.mjs) with the
// embed and builder files (scripts/build-embed.mjs) in dist/'s layout,
// the versioned copy and integrity.json (scripts/version-dist.mjs):
//   /embed-dist/<path under dist/>
// embed/index.html (also under v<version>/) is served with the strict
// policy as a header too, and with test/fixtures/record.js first in its
// head, which records console warnings and CSP violations for the test.
// /embed-dist/html/<locale>/<tag>[.plain].html: `npm run prerender`'s fragments
// (made from the current source by prerendered.mjs), for the builder's
// "include the text" option. A path under /embed-dist/no-html/ serves the same
// tree without html/, as a build that was never prerendered.
import {readFileSync} from 'node:fs';
import {buildEmbed} from '../../scripts/build-embed.mjs';
import {versionDist} from '../../scripts/version-dist.mjs';
import {files} from './built-bundle.mjs';
import {prerenderedHtml} from './prerendered.mjs';
import {STRICT_CSP} from './csp.mjs';

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

let tree;
/** path under dist/ → text, as `npm run build` writes it (also served by second-origin.mjs). */
export function distTree() {
  tree ??= Promise.all([files('current'), buildEmbed(), prerenderedHtml()]).then(([bundle, embed, html]) => {
    const all = new Map([...bundle, ...embed]);
    const {files: copy, integrity} = versionDist(all, version);
    return new Map([
      ...all,
      ...copy,
      ['integrity.json', `${JSON.stringify(integrity, null, 2)}\n`],
      ...[...html].map(([file, text]) => [`html/${file}`, text]),
    ]);
  });
  return tree;
}

const TYPES = {html: 'html', css: 'css', js: 'js', json: 'json'};

export function embedDistPlugin() {
  return {
    name: 'embed-dist',
    serverStart() {
      distTree().catch((error) => console.error(`[embed-dist] build failed: ${error.message}`));
    },
    async serve(context) {
      const match = context.path.match(/^\/embed-dist\/(no-html\/)?(.+)$/);
      if (!match) return undefined;
      if (match[1] && match[2].startsWith('html/')) return undefined;
      const body = (await distTree()).get(match[2]);
      if (body === undefined) return undefined;
      if (/(^|\/)embed\/index\.html$/.test(match[2])) {
        context.set('Content-Security-Policy', STRICT_CSP);
        return {
          body: body.replace(
            '<meta charset="utf-8" />',
            '$&\n    <script src="/test/fixtures/record.js"></script>'
          ),
          type: 'html',
        };
      }
      return {body, type: TYPES[match[2].split('.').pop()] ?? 'text'};
    },
  };
}
