// Serves the real rollup build (rollup.config.mjs, in memory) to the tests:
//   /built/current/…  the bundle as shipped
//   /built/copy/…     the same bundle again under another URL: a second copy on the page
//   /built/other/…    the bundle with another version number, as if two releases were pasted
//   /built/faulty/<mode>/<token>/…  the bundle as shipped, whose locale chunks misbehave:
//       stall   held until /built-release/<token> is requested
//       slow    sent after 500 ms (well within the locale timeout), as on a slow network
//       (the same goes for the lazy chunks in chunks/, e.g. the inquiry form's code)
//       404, 500, syntax  the first request for each chunk fails (not found, server
//                error, a syntax error); later requests (retries) succeed
//   /built-requests/<token>  JSON list of the chunk requests (path?query) seen for <token>
//   /built-page?src=<bundle URL>&lang=<lang>[&csp=1][&cta=1]  a host page with a widget and text
//       below it that loads the bundle from src (and, with csp=1, under the strict policy; with
//       cta=1, an <inquiry-cta> with a form, phone and link follows, whose form code is a lazy chunk)
//   /built/…/elements/<tag>.js  the per-element entries (the second build), next to the bundle as in dist/
//   /built/…/dystonia-widgets.hydrate.js  the bundle with Lit's hydration support (hydrateConfig)
//   /built/…/dystonia-widgets.<locale>.js  the bundle with that translation inside (localeConfigs)
// files(variant) is exported for test/server/second-origin.mjs, which serves the same build from another origin.
import {rollup} from 'rollup';
import configs, {hydrateConfig, localeConfigs} from '../../rollup.config.mjs';
import {localeEntryNames} from '../../build/locale-entries.mjs';
import {STRICT_CSP} from './csp.mjs';

const OTHER_VERSION = '9.9.9';
const builds = new Map();

function withVersion(version) {
  return {
    name: 'test-version',
    transform(code, id) {
      if (!version || !id.endsWith('/src/core/version.ts')) return null;
      return {code: code.replace(/VERSION = (['"])[^'"]*\1/, `VERSION = '${version}'`), map: null};
    },
  };
}

async function buildOne(config, version, prefix) {
  const bundle = await rollup({
    ...config,
    plugins: [...config.plugins.filter((p) => p.name !== 'import-graph'), withVersion(version)],
  });
  const {output} = await bundle.generate({...config.output, sourcemap: false});
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  // Each chunk's imports, as build/import-graph.mjs writes them into dist/import-graph.json.
  const graph = chunks.map((o) => [
    prefix + o.fileName,
    {
      isEntry: o.isEntry && !o.fileName.startsWith('locales/'),
      imports: o.imports.map((i) => prefix + i),
      dynamicImports: o.dynamicImports.map((i) => prefix + i),
    },
  ]);
  return {files: chunks.map((o) => [prefix + o.fileName, o.code]), graph};
}

// The CDN bundle (the one a pasted <script> tag loads) and the per-element entries, with
// import-graph.json (what versionDist() reads the per-element entries' preloads from).
async function build(version) {
  const [bundle, elements, ...locales] = await Promise.all([
    buildOne(configs[0], version, ''),
    buildOne(configs[1], version, 'elements/'),
    // dystonia-widgets.<locale>.js: each the bundle with a translation inside (build/locale-entries.mjs).
    ...localeConfigs.map((config) => buildOne(config, version, '')),
  ]);
  // Of each, its entry file only: its locale and lazy chunks are the bundle's, byte for byte.
  const entries = new Set(localeEntryNames().map((name) => `${name}.js`));
  const own = (build) => ({
    files: build.files.filter(([file]) => entries.has(file)),
    graph: build.graph.filter(([file]) => entries.has(file)),
  });
  const perLocale = locales.map(own);
  const graph = Object.fromEntries([
    ...bundle.graph,
    ...elements.graph,
    ...perLocale.flatMap((b) => b.graph),
  ]);
  return new Map([
    ...bundle.files,
    ...elements.files,
    ...perLocale.flatMap((b) => b.files),
    ['import-graph.json', JSON.stringify(graph)],
  ]);
}

// dystonia-widgets.hydrate.js, built on its first request (few tests load it); its locale and
// form chunks are the bundle's (same names, same code), served from the build above.
// Exported for test/server/embed.mjs, whose dist/ copy has it as npm run build writes it.
let hydrate;
export function hydrateFile() {
  hydrate ??= buildOne(hydrateConfig, undefined, '').then((out) => new Map(out.files));
  return hydrate.then((built) => built.get('dystonia-widgets.hydrate.js'));
}

export function files(variant) {
  const version = variant === 'other' ? OTHER_VERSION : undefined;
  const key = version ?? 'current';
  if (!builds.has(key)) builds.set(key, build(version));
  return builds.get(key);
}

const requests = new Map();
const stalled = new Map();

function page({src, lang, csp, cta}) {
  return `<!doctype html>
<html lang="${encodeURIComponent(lang)}">
  <head>
    <meta charset="utf-8" />
    <title>Host page (${encodeURIComponent(lang)})</title>
    <script src="/test/fixtures/layout-shift.js"></script>
    <script src="/test/fixtures/record.js"></script>
    <script src="/test/fixtures/shadow-text.js"></script>
    <script type="module" src="${encodeURI(src)}"></script>
  </head>
  <body>
    <dystonia-types open="focal"></dystonia-types>
    <p id="below">Text below the widget${csp ? ', under the strict policy' : ''}.</p>
    <p>More text below the widget, as on a clinic's page: it moves if the widget changes height.</p>${
      cta
        ? `
    <inquiry-cta action="/api/inquiry/ok" phone="555 0100" href="https://clinic.example/contact"></inquiry-cta>`
        : ''
    }
  </body>
</html>`;
}

/**
 * Middleware for /built/faulty/…, /built-requests/ and /built-release/ (a
 * plugin's serve() always answers 200). What it lets through is served as
 * /built/current/… by the plugin, under the URL the page asked for.
 */
export async function builtBundleFaults(context, next) {
  const log = context.path.match(/^\/built-requests\/(\w+)$/);
  if (log) {
    context.type = 'json';
    context.body = JSON.stringify(requests.get(log[1]) ?? []);
    return;
  }
  const release = context.path.match(/^\/built-release\/(\w+)$/);
  if (release) {
    stalled.get(release[1])?.();
    context.type = 'json';
    context.body = '{}';
    return;
  }
  const bad = context.path.match(/^\/built\/faulty\/(stall|slow|404|500|syntax)\/(\w+)\/(.+)$/);
  if (!bad) return next();
  const answer = await faulty(context, bad[1], bad[2], bad[3]);
  if (answer) {
    context.status = answer.status;
    context.type = answer.type;
    context.body = answer.body;
    return;
  }
  context.path = `/built/current/${bad[3]}`;
  return next();
}

/** How a faulty chunk request is answered; undefined: serve it. */
async function faulty(context, mode, token, file) {
  if (!file.startsWith('locales/') && !file.startsWith('chunks/')) return undefined;
  const seen = requests.get(token) ?? [];
  requests.set(token, seen);
  const first = !seen.some((r) => r.split('?')[0] === file);
  seen.push(context.querystring ? `${file}?${context.querystring}` : file);
  if (mode === 'stall') {
    // Held until the test releases it (or 20 s, so no request hangs forever).
    await new Promise((resolve) => {
      stalled.set(token, resolve);
      setTimeout(resolve, 20000);
    });
    return undefined;
  }
  if (mode === 'slow') {
    await new Promise((resolve) => setTimeout(resolve, 500));
    return undefined;
  }
  if (!first) return undefined;
  if (mode === '404') return {status: 404, body: 'not found', type: 'text'};
  if (mode === '500') return {status: 500, body: 'server error', type: 'text'};
  return {status: 200, body: 'export const templates = {;', type: 'js'};
}

export function builtBundlePlugin() {
  return {
    name: 'built-bundle',
    serverStart() {
      // Build both variants up front so no test waits on rollup. A failed
      // build is reported here and again, as an error, by the requests for it.
      for (const variant of ['current', 'other']) {
        files(variant).catch((error) =>
          console.error(`[built-bundle] ${variant} build failed: ${error.message}`)
        );
      }
    },
    async serve(context) {
      if (context.path === '/built-page') {
        const {src, lang = 'en', csp, cta} = context.query;
        if (csp) context.set('Content-Security-Policy', STRICT_CSP);
        return {body: page({src, lang, csp, cta}), type: 'html'};
      }
      const match = context.path.match(/^\/built\/(current|copy|other)\/(.+)$/);
      if (!match) return undefined;
      let built;
      try {
        if (match[1] === 'current' && match[2] === 'dystonia-widgets.hydrate.js')
          return {body: await hydrateFile(), type: 'js'};
        built = await files(match[1]);
      } catch (error) {
        return {
          body: `throw new Error(${JSON.stringify(`bundle build failed: ${error.message}`)});`,
          type: 'js',
        };
      }
      const code = built.get(match[2]);
      return code === undefined ? undefined : {body: code, type: 'js'};
    },
  };
}
