// A second origin that hosts the build the way docs/hosting.md tells a host to
// (test/integration/second-origin.test.ts): a plain node:http server on its
// own port, serving the in-memory rollup build (test/server/built-bundle.mjs)
// in the versioned layout of build/version-dist.mjs:
//   http://<other host>:<port>/<token>/<mode>/dystonia-widgets/v<version>/<file>   Cache-Control immutable
//   http://<other host>:<port>/<token>/<mode>/dystonia-widgets/<file>              the moving entry, short cache
//     mode ok        as docs/hosting.md says: CORS header, text/javascript, cache headers
//     mode nocors    the same without Access-Control-Allow-Origin
//     mode tampered  as ok, but locales/es.js is not the file integrity.json hashed
//   http://<other host>:<port>/frame-ancestors/<policy>/<path under dist/>
//       the in-memory dist/ of test/server/embed.mjs (the iframe embed with the bundle beside it,
//       test/embed/frame-ancestors.test.ts), its .html with the header
//       Content-Security-Policy: frame-ancestors <origins> (a <meta> cannot set it):
//     policy allow-<host>-<port>  frame-ancestors http://<host>:<port> (the test page's origin)
//     policy foreign              frame-ancestors https://partner.example (not the test page)
//   http://<other host>:<port>/hostile/<any path>
//       test/fixtures/resize/hostile.html: a frame that posts the embed's height message
//       (test/embed/resize.test.ts), also at a path that looks like an embed's
// On the test origin (the runner's server):
//   /second-origin/info                      JSON {port, version}
//   /second-origin/requests/<token>          JSON list of the files the second origin served for <token>
//   /second-origin/page?token=&mode=&lang=[&entry-integrity=wrong][&preload=0][&import-map=0][&element=<tag>]
//       a host page that pastes snippet() (the editors' tags, docs/editors.md) pointing at the second origin;
//       preload=0 leaves out the modulepreload, import-map=0 the import map; element=<tag> pastes the
//       snippet of that per-element entry (`npm run snippet -- --element <tag>`) and that element
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {snippet, versionDist} from '../../build/version-dist.mjs';
import {files} from './built-bundle.mjs';
import {distTree} from './embed.mjs';

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** What the tampered chunk gains: visible text and a flag the test reads. */
export const TAMPER_MARK = 'MANIPULADO';

let versioned;
/** The versioned copy and its integrity, as `npm run build` writes them. */
function release() {
  versioned ??= files('current').then((built) => versionDist(built, version));
  return versioned;
}

const requests = new Map();
let server;

const TYPES = {html: 'text/html', css: 'text/css', js: 'text/javascript', json: 'application/json'};

/** The frame-ancestors sources of a /frame-ancestors/<policy>/ path, or undefined. */
function ancestors(policy) {
  if (policy === 'foreign') return 'https://partner.example';
  const allow = policy.match(/^allow-([a-z0-9.-]+)-(\d+)$/);
  return allow ? `http://${allow[1]}:${allow[2]}` : undefined;
}

/** /frame-ancestors/ and /hostile/ (see the top); false for any other path. */
async function embedAnswer(pathname, res) {
  if (pathname.startsWith('/hostile/')) {
    const body = readFileSync(new URL('../fixtures/resize/hostile.html', import.meta.url), 'utf8');
    res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'}).end(body);
    return true;
  }
  const match = pathname.match(/^\/frame-ancestors\/([\w.-]+)\/(.+)$/);
  if (!match) return false;
  const sources = ancestors(match[1]);
  const body = sources && (await distTree()).get(match[2]);
  if (body === undefined) {
    res.writeHead(404, {'Content-Type': 'text/plain'}).end('not found');
    return true;
  }
  const type = TYPES[match[2].split('.').pop()] ?? 'text/plain';
  const headers = {
    'Content-Type': `${type}; charset=utf-8`,
    'X-Content-Type-Options': 'nosniff',
    // For the test's fetch() that checks the header is sent (the frames need neither).
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'Content-Security-Policy',
  };
  if (type === 'text/html') headers['Content-Security-Policy'] = `frame-ancestors ${sources}`;
  res.writeHead(200, headers).end(body);
  return true;
}

async function answer(req, res) {
  const url = new URL(req.url, 'http://second-origin');
  if (await embedAnswer(url.pathname, res)) return;
  const match = url.pathname.match(/^\/(\w+)\/(ok|nocors|tampered)\/dystonia-widgets\/(.+)$/);
  if (!match) {
    res.writeHead(404, {'Content-Type': 'text/plain'}).end('not found');
    return;
  }
  const [, token, mode, path] = match;
  const seen = requests.get(token) ?? [];
  requests.set(token, seen);
  seen.push(path);
  const {files: copy} = await release();
  const pinned = path.startsWith(`v${version}/`);
  let body = copy.get(pinned ? path : `v${version}/${path}`);
  if (body === undefined || (!pinned && path !== 'dystonia-widgets.js')) {
    res.writeHead(404, {'Content-Type': 'text/plain'}).end('not found');
    return;
  }
  if (mode === 'tampered' && path.endsWith('/locales/es.js')) {
    body = `${body.replace(/Tipos de distonía/g, TAMPER_MARK)}\nglobalThis.dwTampered = true;\n`;
  }
  const headers = {
    'Content-Type': 'text/javascript; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    // A versioned path never changes; the moving entry does, at each release.
    'Cache-Control': pinned ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
  };
  if (mode !== 'nocors') headers['Access-Control-Allow-Origin'] = '*';
  res.writeHead(200, headers).end(body);
}

function page({token, mode, lang, wrongEntry, preload, withImportMap, element, port, host}) {
  return release().then(({integrity}) => {
    const base = `http://${host}:${port}/${token}/${mode}/dystonia-widgets/`;
    // A hash in the right format, of other bytes (the locale chunk's), for either entry the page may paste.
    const other = integrity.files['locales/es.js'];
    const pinned = wrongEntry
      ? {
          ...integrity,
          files: {...integrity.files, 'dystonia-widgets.js': other, 'dystonia-widgets.es.js': other},
        }
      : integrity;
    return `<!doctype html>
<html lang="${lang === 'es' ? 'es' : 'en'}">
  <head>
    <meta charset="utf-8" />
    <title>Host page on another origin than its widgets</title>
    <script src="/test/fixtures/record.js"></script>
    <script src="/test/fixtures/shadow-text.js"></script>
    <script src="/test/fixtures/script-errors.js"></script>
    <script src="/test/fixtures/text-after-define.js"></script>
${snippet(pinned, {base, locale: preload ? lang : undefined, withImportMap, element})}
  </head>
  <body>
    <${element ?? 'dystonia-types'} open="focal"></${element ?? 'dystonia-types'}>
  </body>
</html>`;
  });
}

export function secondOriginPlugin() {
  return {
    name: 'second-origin',
    async serverStart() {
      server = createServer((req, res) => {
        answer(req, res).catch((error) => {
          res.writeHead(500, {'Content-Type': 'text/plain'}).end(String(error));
        });
      });
      // All interfaces (IPv4 and IPv6), so both localhost and 127.0.0.1 reach it.
      await new Promise((resolve) => server.listen(0, resolve));
      release().catch((error) => console.error(`[second-origin] build failed: ${error.message}`));
    },
    async serverStop() {
      await new Promise((resolve) => server?.close(resolve));
    },
    async serve(context) {
      if (context.path === '/second-origin/info') {
        return {body: JSON.stringify({port: server.address().port, version}), type: 'json'};
      }
      const log = context.path.match(/^\/second-origin\/requests\/(\w+)$/);
      if (log) return {body: JSON.stringify(requests.get(log[1]) ?? []), type: 'json'};
      if (context.path !== '/second-origin/page') return undefined;
      const q = context.query;
      // Another host than the page's: localhost and 127.0.0.1 are different sites.
      const host = context.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      const body = await page({
        token: String(q.token).replace(/\W/g, ''),
        mode: ['ok', 'nocors', 'tampered'].includes(q.mode) ? q.mode : 'ok',
        lang: q.lang === 'es' ? 'es' : 'en',
        wrongEntry: q['entry-integrity'] === 'wrong',
        preload: q.preload !== '0',
        withImportMap: q['import-map'] !== '0',
        element: /^[a-z]+(-[a-z]+)+$/.test(q.element ?? '') ? q.element : undefined,
        port: server.address().port,
        host,
      });
      return {body, type: 'html'};
    },
  };
}
