// @ts-check
// A partner without a framework: one node:http handler that server-renders
// the widgets in the language the URL asks for (/es, /ar, / English), with
// their declarative shadow DOM in the HTML, and serves the package's
// hydrate bundle (with its locales/ and chunks/) under /widgets/, which takes
// over the server-rendered widgets in the browser. The app's own script is a
// file (/app.js): the Content-Security-Policy allows no inline script.
//
//   PORT=3000 node server.mjs
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {dirname, extname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {directionOf, renderToString, styleHashes} from 'dystonia-widgets/server';

const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), 'public');

// #region docs
/** The directory of the hydrate bundle, with the locales/ and chunks/ it loads beside it. */
const WIDGETS = dirname(
  fileURLToPath(import.meta.resolve('dystonia-widgets/dist/dystonia-widgets.hydrate.js'))
);

/** The page's language for each path. */
const PAGES = new Map([
  ['/', 'en'],
  ['/es', 'es'],
  ['/ar', 'ar'],
]);

/**
 * The page in `locale`, and the Content-Security-Policy it needs.
 * @param {string} locale
 */
async function page(locale) {
  const widgets = await renderToString('<dystonia-types></dystonia-types><symptom-areas></symptom-areas>', {
    locale,
  });
  const html = `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Dystonia</title>
    <link rel="icon" href="/favicon.svg" />
    <link rel="stylesheet" href="/app.css" />
    <script type="module" src="/widgets/dystonia-widgets.hydrate.js"></script>
    <script type="module" src="/app.js"></script>
  </head>
  <body>
    <nav><a href="/" lang="en">English</a> <a href="/es" lang="es">Español</a> <a href="/ar" lang="ar">العربية</a></nav>
    <main>
      ${widgets}
      <p>Last toggle: <output id="last-toggle">none</output></p>
    </main>
  </body>
</html>
`;
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // The widgets' styles are inline <style> elements in their declarative shadow roots.
    `style-src 'self' ${styleHashes(widgets).join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {html, csp};
}
// #endregion docs

/** The app's own files, served beside the widgets (its script, its style sheet and its icon). */
const APP_FILES = new Map([
  ['/app.js', join(PUBLIC, 'app.js')],
  ['/app.css', join(PUBLIC, 'app.css')],
  ['/favicon.svg', join(PUBLIC, 'favicon.svg')],
]);

const TYPES = /** @type {Record<string, string>} */ ({
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
});

/** The files under /widgets/: the hydrate bundle, its locales and its chunks (and their source maps). */
const WIDGET_FILE = /^\/widgets\/((?:locales\/|chunks\/)?[\w-]+(?:\.[\w-]+)*\.js(?:\.map)?)$/;

const server = createServer(async (request, response) => {
  const {pathname} = new URL(request.url ?? '/', 'http://localhost');
  const headers = {'x-content-type-options': 'nosniff'};
  try {
    const locale = PAGES.get(pathname);
    if (locale) {
      const {html, csp} = await page(locale);
      response.writeHead(200, {
        ...headers,
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': csp,
      });
      response.end(html);
      return;
    }
    const widget = WIDGET_FILE.exec(pathname)?.[1];
    const file = widget ? join(WIDGETS, widget) : APP_FILES.get(pathname);
    if (file) {
      const body = await readFile(file);
      response.writeHead(200, {...headers, 'content-type': TYPES[extname(file)]});
      response.end(body);
      return;
    }
    response.writeHead(404, {...headers, 'content-type': 'text/plain; charset=utf-8'}).end('Not found');
  } catch (error) {
    const missing = /** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT';
    if (!missing) console.error(error);
    response.writeHead(missing ? 404 : 500, {...headers, 'content-type': 'text/plain; charset=utf-8'});
    response.end(missing ? 'Not found' : 'Server error');
  }
});

const port = Number(process.env.PORT ?? 3000);
server.listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
