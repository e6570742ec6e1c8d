// Serves `npm run prerender`'s fragments to the tests, made when the test
// server starts (scripts/prerender.mjs in a child process, from a Node build
// of the current source in node_modules/.cache/dw-prerender/; no earlier
// `npm run build` needed):
//   /prerendered/<locale>/<tag>.html and .plain.html   the fragments
//   /prerendered-page?locale=<l>&form=dsd|plain|none&tags=<tag>,…[&lang=<l>][&src=<bundle URL>][&probe=<name>][&csp=1]
//       a host page (<html lang>: lang, default locale) with the fragment of each tag
//       (form=none: the bare elements), followed by the paragraph #below, and the
//       bundle from src when given, then test/fixtures/<probe>.js as an inline module
//       (nothing to fetch: it runs right after the bundle, in the same task where engines
//       run both, once every microtask the bundle queued has run); with csp=1, under the strict
//       policy (test/server/csp.mjs, no hash for the fragments' styles) and with
//       test/fixtures/record.js first (its CSP violations and console warnings)
//   /server-rendered-page?markup=<html>&locale=<l>[&lang=<l>][&src=<bundle URL>]
//       renderToString(markup, {locale}) of that Node build (dist/lib/server.js), in a
//       host page as above (test/integration/server-render.test.ts)
// prerenderedHtml() gives the same fragments to test/server/embed.mjs (its dist/html/).
import {execFile} from 'node:child_process';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {promisify} from 'node:util';
import {STRICT_CSP} from './csp.mjs';

const CACHE = 'node_modules/.cache/dw-prerender';
let made;

function make() {
  // A child process: the Node build defines Lit's Node globals (customElements), not for this server.
  made ??= promisify(execFile)(
    process.execPath,
    ['scripts/prerender.mjs', '--build', '--node', `${CACHE}/node`, '--out', `${CACHE}/html`],
    {maxBuffer: 1 << 24}
  );
  return made;
}

/** Every fragment, as `npm run prerender` writes dist/html/: "<locale>/<file>" → text. */
export async function prerenderedHtml() {
  await make();
  const dir = path.join(CACHE, 'html');
  const out = new Map();
  for (const file of await readdir(dir, {recursive: true})) {
    if (file.endsWith('.html'))
      out.set(file.split(path.sep).join('/'), await readFile(path.join(dir, file), 'utf8'));
  }
  return out;
}

async function fragment(locale, file) {
  if (!/^[a-z]{2}(-[A-Za-z]+)?$/.test(locale) || !/^[a-z-]+(\.plain)?\.html$/.test(file)) return undefined;
  await make();
  return readFile(path.join(CACHE, 'html', locale, file), 'utf8').catch(() => undefined);
}

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The host page; `body` (already HTML) goes before the fragments. */
async function page({locale = 'en', form = 'dsd', tags = '', lang = locale, src, probe, csp}, body = '') {
  const probeText = /^[a-z-]+$/.test(probe ?? '')
    ? await readFile(`test/fixtures/${probe}.js`, 'utf8').catch(() => '')
    : '';
  for (const tag of tags.split(',').filter(Boolean)) {
    if (form === 'none') body += `<${escape(tag)}></${escape(tag)}>\n`;
    else body += (await fragment(locale, `${tag}${form === 'plain' ? '.plain' : ''}.html`)) ?? '';
  }
  return `<!doctype html>
<html lang="${escape(lang)}">
  <head>
    <meta charset="utf-8" />
    <title>Prerendered (${escape(locale)}, ${escape(form)})</title>
    ${csp === '1' ? '<script src="/test/fixtures/record.js"></script>\n    ' : ''}<script src="/test/fixtures/layout-shift.js"></script>${
      src ? `\n    <script type="module" src="${escape(src)}"></script>` : ''
    }${probeText ? `\n    <script type="module">\n${probeText}</script>` : ''}
  </head>
  <body>
    ${body}
    <p id="below">Text below the widget, as on a clinic's page: it moves if the widget changes height.</p>
  </body>
</html>`;
}

/** renderToString(markup, {locale}) in a child process (Lit's Node globals stay out of this server). */
async function serverRendered(markup, locale) {
  await make();
  const server = pathToFileURL(path.resolve(CACHE, 'node/server.js')).href;
  const child = `
    const {renderToString} = await import(${JSON.stringify(server)});
    const {markup, locale} = JSON.parse(process.env.DW_RENDER);
    process.stdout.write(await renderToString(markup, {locale}));`;
  const {stdout} = await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', child], {
    env: {...process.env, DW_RENDER: JSON.stringify({markup, locale})},
    maxBuffer: 1 << 24,
  });
  return stdout;
}

export function prerenderedPlugin() {
  return {
    name: 'prerendered',
    serverStart() {
      make().catch((error) => console.error(`[prerendered] npm run prerender failed: ${error.message}`));
    },
    async serve(context) {
      if (context.path === '/prerendered-page') {
        if (context.query.csp === '1') context.set('Content-Security-Policy', STRICT_CSP);
        return {body: await page(context.query), type: 'html'};
      }
      if (context.path === '/server-rendered-page') {
        const {markup = '', locale = 'en'} = context.query;
        return {
          body: await page(context.query, await serverRendered(markup, locale)),
          type: 'html',
        };
      }
      const match = context.path.match(/^\/prerendered\/([^/]+)\/([^/]+)$/);
      if (!match) return undefined;
      const body = await fragment(match[1], match[2]);
      return body === undefined ? undefined : {body, type: 'html'};
    },
  };
}
