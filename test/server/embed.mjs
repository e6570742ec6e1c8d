// The build as a clinic hosts it, for the iframe embed and the embed builder
// (test/embed/): the in-memory rollup build (built-bundle.mjs) with the
// embed and builder files (build/build-embed.mjs) in dist/'s layout,
// the versioned copy and integrity.json (build/version-dist.mjs):
//   /embed-dist/<path under dist/>
// embed/index.html (also under v<version>/) is served with the strict
// policy as a header too, and with test/fixtures/record.js first in its
// head, which records console warnings and CSP violations for the test.
// Under /embed-dist/clinic/ the same tree, but its embed pages carry a clinic's
// settings (testClinic()) and only their own policy (no header).
// /embed-dist/html/<locale>/<tag>[.plain].html: `npm run prerender`'s fragments
// (made from the current source by prerendered.mjs), for the builder's
// "include the text" option. A path under /embed-dist/no-html/ serves the same
// tree without html/, as a build that was never prerendered.
import {readFileSync} from 'node:fs';
import {buildEmbed} from '../../build/build-embed.mjs';
import {versionDist} from '../../build/version-dist.mjs';
import {files, hydrateFile} from './built-bundle.mjs';
import {prerenderedHtml} from './prerendered.mjs';
import {STRICT_CSP} from './csp.mjs';
import {checkClinicConfig, embedPage} from '../../build/embed-config.mjs';
import {clinicAttributes, elementOptions} from '../../build/element-options.mjs';

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/**
 * A clinic's embed.config.json, as the build checks it, for the tree under
 * /embed-dist/clinic/: its form posts to this server's test endpoint.
 * @param origin this server's origin, as the page asks for it
 */
export async function testClinic(origin) {
  return checkClinicConfig(
    {
      clinicName: 'Clínica de Prueba',
      phone: '+00 100 200 300',
      contactUrl: 'https://clinic.example/contact',
      inquiryUrl: `${origin}/api/inquiry/ok?log=embed-clinic`,
      privacyUrl: 'https://clinic.example/privacy',
      attribution: 'A patient of the clinic',
      elements: {'inquiry-cta': {timeout: '5'}},
    },
    clinicAttributes(await elementOptions())
  );
}

let tree;
/** path under dist/ → text, as `npm run build` writes it (also served by second-origin.mjs). */
export function distTree() {
  tree ??= Promise.all([files('current'), hydrateFile(), buildEmbed(), prerenderedHtml()]).then(
    ([bundle, hydrate, embed, html]) => {
      const all = new Map([...bundle, ['dystonia-widgets.hydrate.js', hydrate], ...embed]);
      const {files: copy, integrity} = versionDist(all, version);
      return new Map([
        ...all,
        ...copy,
        ['integrity.json', `${JSON.stringify(integrity, null, 2)}\n`],
        ...[...html].map(([file, text]) => [`html/${file}`, text]),
      ]);
    }
  );
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
      const match = context.path.match(/^\/embed-dist\/(no-html\/|clinic\/)?(.+)$/);
      if (!match) return undefined;
      if (match[1] === 'no-html/' && match[2].startsWith('html/')) return undefined;
      let body = (await distTree()).get(match[2]);
      if (body === undefined) return undefined;
      if (/(^|\/)embed\/index\.html$/.test(match[2])) {
        if (match[1] === 'clinic/') {
          // Only the page's own policy: its connect-src is what the test checks.
          body = embedPage(read('embed/index.html'), await testClinic(`http://${context.host}`));
        } else context.set('Content-Security-Policy', STRICT_CSP);
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
