/**
 * `npm run bench`: what a visitor sees of the guide, against the same text as
 * static HTML, in the system Chromium. Not part of `npm test`. See docs/contributors.md
 * "Benchmarks" and bench/RESULTS.md.
 *
 * 1. builds dist/ when it is missing, and dist/html/ (`npm run prerender`);
 * 2. serves dist/ from a second origin (http://127.0.0.1:<port>/dystonia-widgets/,
 *    gzip, the headers of docs/hosting.md) and the host pages from
 *    http://localhost:<other port>/;
 * 3. visitors (puppeteer-core): per locale (en, es, ar) six variants of one
 *    host page with paragraphs below the widget: static HTML of the same text,
 *    the bundle snippet, that static HTML with the bundle snippet and no widget
 *    (what the script costs before any render: the floor of the bundle), the
 *    declarative-shadow-DOM fragment + hydrate bundle,
 *    the plain fragment + bundle, the iframe embed + resize.js. Every sample
 *    loads every variant once, in a shuffled order, each in a fresh incognito
 *    context (cold cache, new connections) once its window's own interface
 *    has gone idle (browserUiSettled); bench/page-support/visitor.js,
 *    injected before the page's scripts, measures first text paint, the
 *    frame after which text and layout are stable, CLS and the longest task;
 * 4. tachometer (through the system chromedriver) for what a visitor
 *    measure cannot show: an en → es switch and N elements on one page;
 * 5. prints medians with 95 % intervals and the ratios to static, and
 *    writes bench/RESULTS.md.
 *
 * BENCH_SAMPLES (default 15) sets the samples per variant and benchmark;
 * BENCH_LOCALES (e.g. es,ar) and BENCH_VARIANTS (e.g. bundle,plain; static
 * always runs) narrow a run to try a change: no tachometer, no RESULTS.md;
 * BENCH_TACHOMETER=0 skips step 4 (skipped too without a ChromeDriver); CHROME_PATH and CHROMEDRIVER_FILEPATH
 * select other binaries.
 */
import {spawn, spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {fileURLToPath} from 'node:url';
import {CHROMIUM_ARGS, findChromium} from '../test/runner/browsers.mjs';
import {HEIGHT_MESSAGE, iframeSnippet, snippet} from '../scripts/snippet.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
const distDir = path.join(root, 'dist');
// Generated pages, config and raw results: ignored by git, Prettier and ESLint like every test result.
const outDir = path.join(root, 'test-results', 'bench');
const pagesDir = path.join(outDir, 'pages');
const require = createRequire(import.meta.url);

/** BENCH_LOCALES=es,ar and BENCH_VARIANTS=static,bundle narrow a run (static is always kept: the ratios need it). */
const only = (name, all) => {
  const wanted = process.env[name]?.split(',').filter(Boolean);
  return wanted?.length ? all.filter((item) => wanted.includes(item)) : all;
};
const LOCALES = only('BENCH_LOCALES', ['en', 'es', 'ar']);
const COUNTS = [1, 10, 50, 200];
/** The element repeated in the "many" pages: text only, one section of the guide. */
const MANY_TAG = 'dystonia-causes';
const TAG = 'dystonia-guide';
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const NARROWED = Boolean(process.env.BENCH_LOCALES || process.env.BENCH_VARIANTS);
const TACHOMETER_ASKED = process.env.BENCH_TACHOMETER !== '0' && !NARROWED;
/** Stable: nothing changed for this long (after load). */
const QUIET_MS = 1000;
const TIMEOUT_MS = 15000;
const VIEWPORT = {width: 1280, height: 800};
const loadAtStart = os.loadavg();
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
  cwd: root,
  encoding: 'utf8',
}).stdout.trim();

// ---------------------------------------------------------------- binaries

// The same discovery as the tests (CHROME_PATH wins; Debian's paths otherwise).
const chromePath = findChromium();
let driverPath;
try {
  // bench/system-chromedriver (the `chromedriver` devDependency) finds it.
  ({path: driverPath} = await import('chromedriver'));
} catch {
  driverPath = undefined;
}
if (!chromePath) {
  console.error(
    'npm run bench needs Chromium: sudo apt-get install chromium (or set CHROME_PATH), then npm ci.'
  );
  process.exit(1);
}
const TACHOMETER = TACHOMETER_ASKED && driverPath !== undefined;
if (TACHOMETER_ASKED && !TACHOMETER) {
  console.warn(
    'No ChromeDriver: the tachometer part (switch, many elements) is skipped. ' +
      'sudo apt-get install chromium-driver (or set CHROMEDRIVER_FILEPATH) for it.'
  );
}
const chromeVersion = spawnSync(chromePath, ['--version'], {encoding: 'utf8'}).stdout.trim();

// ------------------------------------------------------------------- build

const bundle = path.join(distDir, 'dystonia-widgets.js');
const run = (script) => {
  const done = spawnSync('npm', ['run', script], {cwd: root, stdio: 'inherit'});
  if (done.status !== 0) process.exit(done.status ?? 1);
};
if (!fs.existsSync(bundle)) {
  console.log('dist/ is missing: npm run build');
  run('build');
}
if (!fs.existsSync(path.join(distDir, 'html', 'en', `${TAG}.html`))) {
  console.log('dist/html/ is missing: npm run prerender');
  run('prerender');
}
const integrity = JSON.parse(fs.readFileSync(path.join(distDir, 'integrity.json'), 'utf8'));
const fragment = (lang, kind) => fs.readFileSync(path.join(distDir, 'html', lang, `${TAG}${kind}`), 'utf8');

const decode = (text) =>
  text
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** The guide's first heading in a locale (the text whose first paint is measured). */
function headingOf(lang) {
  const match = /<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/.exec(fragment(lang, '.plain.html'));
  if (!match) throw new Error(`no heading in dist/html/${lang}/${TAG}.plain.html`);
  return decode(match[2]).replace(/\s+/g, ' ').trim();
}
const HEADINGS = Object.fromEntries(LOCALES.map((lang) => [lang, headingOf(lang)]));

// ------------------------------------------------------------------ servers

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const gzipped = new Map();
/** Sends a body gzip-compressed when the browser accepts it (every browser does). */
function send(request, response, status, headers, body) {
  const accepts = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (accepts) {
    if (!gzipped.has(body)) gzipped.set(body, zlib.gzipSync(body));
    headers = {...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding'};
    body = gzipped.get(body);
  }
  response.writeHead(status, {...headers, 'Content-Length': body.length});
  response.end(body);
}

const fileCache = new Map();
/** dist/ under /dystonia-widgets/, with the headers of docs/hosting.md. */
function filesServer(request, response) {
  const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  const prefix = '/dystonia-widgets/';
  const file = pathname.startsWith(prefix) ? path.join(distDir, pathname.slice(prefix.length)) : '';
  if (!file.startsWith(distDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  if (!fileCache.has(file)) fileCache.set(file, fs.readFileSync(file));
  const pinned = /^\/dystonia-widgets\/v[0-9][^/]*\//.test(pathname);
  send(
    request,
    response,
    200,
    {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': pinned ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    },
    fileCache.get(file)
  );
}

/** name → HTML of the host pages (the pages a clinic's site would serve). */
const hostPages = new Map();
function hostServer(request, response) {
  const name = new URL(request.url, 'http://x').pathname.slice(1);
  const html = hostPages.get(name);
  if (html === undefined) {
    response.writeHead(404).end();
    return;
  }
  send(request, response, 200, {'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache'}, html);
}

async function listen(handler, host) {
  const server = http.createServer(handler);
  await new Promise((resolve) => server.listen(0, host, resolve));
  return server;
}
const files = await listen(filesServer, '127.0.0.1');
// `::` takes both ::1 and 127.0.0.1, whichever `localhost` is.
const host = await listen(hostServer, '::');
const FILES = `http://127.0.0.1:${files.address().port}/dystonia-widgets/`;
const HOST = `http://localhost:${host.address().port}/`;

// --------------------------------------------------------------- host pages

/** A little CSS like a normal page; the same on every page, static or not. */
const PAGE_CSS = `body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 48rem; margin: 0 auto; padding: 1rem; color: #222; }
a { color: #0645ad; }
iframe { display: block; border: 0; }`;

const dirOf = (lang) => (lang === 'ar' ? 'rtl' : 'ltr');

/** Every bench page: the language, the shared style sheet, `head` and `body`. */
const pageShell = ({lang, title, head = '', body}) => `<!doctype html>
<html lang="${lang}" dir="${dirOf(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
${PAGE_CSS}
</style>
${head}</head>
<body>
${body}
</body>
</html>
`;

/** A clinic's page: a heading and a paragraph, the widget, then paragraphs below it (layout shift counts). */
function hostPage({lang, title, head = '', widget}) {
  const filler =
    'The clinic page goes on below the guide: opening hours, directions, the team and how to reach it.';
  return pageShell({
    lang,
    title,
    head,
    body: `<h1>Movement disorders clinic</h1>
<p>Our neurologists see children and adults with dystonia. Read about the condition below.</p>
${widget}
<p id="after-widget">${filler}</p>
${Array.from({length: 4}, () => `<p>${filler}</p>`).join('\n')}`,
  });
}

/** The editors' snippet (docs/editors.md) (scripts/snippet.mjs, as `npm run snippet -- --locale <l>` prints it), our origin. */
const bundleSnippet = (lang) => snippet(integrity, {base: FILES, locale: lang});
/** The same with the hydrate bundle (docs/developers.md "Prerendered HTML", `--hydrate`). */
const hydrateSnippet = (lang) => snippet(integrity, {base: FILES, locale: lang, hydrate: true});
/** The snippet for a page with the prerendered plain text (`--prerendered`): it paints before the bundle runs. */
const plainSnippet = (lang) => snippet(integrity, {base: FILES, locale: lang, prerendered: true});

/** The variants, in report order; `static` is filled in once its text is known. */
const VARIANTS = [
  {id: 'static', label: 'static HTML'},
  {id: 'bundle', label: 'bundle'},
  {id: 'floor', label: 'static HTML + bundle, no widget'},
  {id: 'dsd', label: 'DSD fragment + hydrate'},
  {id: 'plain', label: 'plain fragment + bundle'},
  {id: 'iframe', label: 'iframe embed'},
];
const pageName = (variant, lang) => `${variant}-${lang}.html`;

function addPage(variant, lang, options) {
  const html = hostPage({lang, title: `${variant} ${lang}`, ...options});
  hostPages.set(pageName(variant, lang), html);
  fs.writeFileSync(path.join(pagesDir, pageName(variant, lang)), html);
}

fs.rmSync(outDir, {recursive: true, force: true});
fs.mkdirSync(pagesDir, {recursive: true});
for (const lang of LOCALES) {
  addPage('bundle', lang, {head: bundleSnippet(lang), widget: `<${TAG}></${TAG}>`});
  addPage('dsd', lang, {head: hydrateSnippet(lang), widget: fragment(lang, '.html')});
  addPage('plain', lang, {head: plainSnippet(lang), widget: fragment(lang, '.plain.html')});
}

// ---------------------------------------------------------------- browser

const {default: puppeteer} = await import('puppeteer-core');
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: CHROMIUM_ARGS,
  defaultViewport: VIEWPORT,
});
const visitorSource = fs.readFileSync(path.join(benchDir, 'page-support', 'visitor.js'), 'utf8');

/** Only the scheduler's task events, navigation starts and thread names: little tracing overhead. */
const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata'];

/**
 * The trace's top-level units of main-thread work. A microtask checkpoint can run outside any task
 * (after a dynamically imported module evaluated: where a render waits for a locale chunk); inside
 * one, the task is the longer of the two.
 */
const TASKS = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
]);

/**
 * The main-thread tasks of our pages' renderers (the host page's, and the
 * embed's frame of the other origin), from a trace: [{start, duration,
 * render}] in ms on the host page's timeline (its navigation start is 0);
 * `render` marks the task in which the widget first rendered (it holds
 * visitor.js's `dw-rendered` mark). The `longtask` API reports only tasks
 * of 50 ms and more; the trace sees every task, so the first render's own
 * task is measured against #22's 30 ms.
 */
function mainThreadTasks(events) {
  const ours = (url) => typeof url === 'string' && (url.startsWith(HOST) || url.startsWith(FILES));
  const navigations = events.filter(
    (e) => e.name === 'navigationStart' && ours(e.args?.data?.documentLoaderURL)
  );
  const hostStart = navigations.find((e) => e.args.data.documentLoaderURL.startsWith(HOST));
  if (!hostStart) return [];
  const pids = new Set(navigations.map((e) => e.pid));
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && pids.has(e.pid) && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`)
  );
  const marks = events.filter((e) => e.name === 'dw-rendered' && mainThreads.has(`${e.pid}:${e.tid}`));
  return events
    .filter(
      (e) => TASKS.has(e.name) && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`) && e.ts >= hostStart.ts
    )
    .map((e) => ({
      start: (e.ts - hostStart.ts) / 1000,
      duration: e.dur / 1000,
      render: marks.some((m) => m.pid === e.pid && m.tid === e.tid && m.ts >= e.ts && m.ts <= e.ts + e.dur),
    }));
}

/** Documents of the browser's own interface (chrome://….top-chrome/), not of any page. */
const BROWSER_UI = /^chrome:\/\/[^/]+\.top-chrome\//;

/**
 * Waits until the browser's own interface documents of a new window have
 * loaded and gone idle (at most 3 s). Chromium (headless too) opens every
 * window with its omnibox popups as WebUI pages in a renderer of their own:
 * traced, that renderer ran 550–590 ms of tasks in the first 200 ms of a page
 * load started right after the window opened, and the page's own renderer
 * took twice as long as with it idle. A visitor's browser opened its window
 * long before; on a 2-core machine the bench would otherwise measure our
 * script against Chromium's interface.
 */
async function browserUiSettled(context) {
  const started = Date.now();
  /** @type {import('puppeteer-core').Target[]} */
  let documents = [];
  // They are there when newPage() resolves; a Chromium without them costs 200 ms of looking.
  while (documents.length === 0 && Date.now() - started < 200) {
    documents = browser.targets().filter((t) => t.browserContext() === context && BROWSER_UI.test(t.url()));
    if (documents.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const idle = `new Promise((resolve) => {
    const idle = () => requestIdleCallback(() => resolve(true));
    document.readyState === 'complete' ? idle() : addEventListener('load', idle);
  })`;
  const limit = new Promise((resolve) => setTimeout(resolve, 3000));
  await Promise.all(
    documents.map(async (target) => {
      // A document closed meanwhile (or a Chromium that refuses a session) is nothing to wait for.
      const session = await target.createCDPSession().catch(() => null);
      if (!session) return;
      await Promise.race([session.send('Runtime.evaluate', {expression: idle, awaitPromise: true}), limit])
        .catch(() => {})
        .finally(() => session.detach().catch(() => {}));
    })
  );
}

/**
 * One cold load: a fresh incognito context (empty cache, no open
 * connections) whose window's own interface has settled (browserUiSettled),
 * the measuring script in every document, the page until its text is
 * stable. Returns window.__dwBench and the tab (closed with the context by
 * the caller's `close`).
 */
async function visit(url, lang, {trace = false} = {}) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await browserUiSettled(context);
    const config = {heading: HEADINGS[lang], tag: TAG, quietMs: QUIET_MS, timeoutMs: TIMEOUT_MS};
    await tab.evaluateOnNewDocument(`${visitorSource}\nmeasureVisit(${JSON.stringify(config)});`);
    if (trace) await tab.tracing.start({categories: TRACE_CATEGORIES});
    await tab.goto(url, {waitUntil: 'load'});
    await tab.waitForFunction(() => window.__dwBench?.done, {timeout: TIMEOUT_MS + 5000, polling: 100});
    const result = await tab.evaluate(() => ({...window.__dwBench, timeOrigin: performance.timeOrigin}));
    if (trace)
      result.tasks = mainThreadTasks(
        JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8')).traceEvents
      );
    return {result, tab, close: () => context.close()};
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Runs in the page: the rendered guide's composed tree as plain HTML. Custom
 * elements and shadow roots are flattened away (their rendered content
 * stays), styles and scripts are dropped, and only attributes that carry
 * meaning are kept.
 */
function flattenGuide(tag) {
  const keep = new Set([
    'href',
    'lang',
    'dir',
    'id',
    'hidden',
    'open',
    'role',
    'type',
    'aria-label',
    'alt',
    'src',
  ]);
  const skip = new Set(['style', 'script', 'template', 'link']);
  const text = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attr = (value) => text(value).replace(/"/g, '&quot;');
  const children = (node) => [...node.childNodes].map(flatten).join('');
  function flatten(node) {
    if (node.nodeType === Node.TEXT_NODE) return text(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const name = node.localName;
    if (skip.has(name)) return '';
    if (node.shadowRoot) return children(node.shadowRoot);
    if (name === 'slot') {
      const assigned = node.assignedNodes({flatten: true});
      return assigned.length ? assigned.map(flatten).join('') : children(node);
    }
    const svg = node.namespaceURI === 'http://www.w3.org/2000/svg';
    const attrs = [...node.attributes]
      .filter((a) => (svg ? a.name !== 'class' && a.name !== 'part' : keep.has(a.name)))
      .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${attr(a.value)}"`))
      .join('');
    const voids = new Set(['br', 'hr', 'img', 'input', 'meta', 'wbr']);
    if (voids.has(name)) return `<${name}${attrs}>`;
    return `<${name}${attrs}>${children(node)}</${name}>`;
  }
  return children(document.querySelector(tag).shadowRoot)
    .replace(/\n\s*\n/g, '\n')
    .trim();
}

/**
 * The height the embed posts for the guide in this locale at the host page's
 * width: what the embed builder reserves in its snippet (docs/editors.md "The embed builder").
 */
async function reservedHeight(lang) {
  const name = `measure-iframe-${lang}.html`;
  hostPages.set(
    name,
    hostPage({
      lang,
      title: `embed height ${lang}`,
      head: `<script>
  addEventListener('message', (event) => {
    if (event.data?.type === '${HEIGHT_MESSAGE}') window.__dwHeight = event.data.height;
  });
</script>
`,
      widget: iframeSnippet(integrity, {base: FILES, tag: TAG, locale: lang, withResize: false}),
    })
  );
  const {tab, close} = await visit(HOST + name, lang);
  const height = await tab.evaluate(() => window.__dwHeight);
  await close();
  if (typeof height !== 'number') throw new Error(`the ${lang} embed posted no height`);
  return height;
}

console.log(`Pages: ${HOST} (host), ${FILES} (files); preparing the static and iframe pages…`);
const reserved = {};
for (const lang of LOCALES) {
  // The static page: the text the bundle renders, flattened, where the widget is.
  const {tab, close} = await visit(HOST + pageName('bundle', lang), lang);
  const text = await tab.evaluate(flattenGuide, TAG);
  await close();
  const staticText = `<div class="guide">\n${text}\n</div>`;
  addPage('static', lang, {widget: staticText});
  // The same page with the bundle's tags and no widget: what loading the script costs a page before any
  // render, the floor under the bundle variant's times.
  addPage('floor', lang, {head: bundleSnippet(lang), widget: staticText});
  reserved[lang] = await reservedHeight(lang);
  addPage('iframe', lang, {
    widget: iframeSnippet(integrity, {
      base: FILES,
      tag: TAG,
      locale: lang,
      title: HEADINGS[lang],
      height: reserved[lang],
    }),
  });
}

// ---------------------------------------------------------------- visitors

/** A fixed-seed generator, so the same samples give the same order and intervals. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const shuffleRandom = random(7);
const shuffled = (items) => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(shuffleRandom() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

/** `${variant} ${lang}` → [{firstText, stable, cls, longestTask}] */
const visits = new Map();
const failures = [];
const measured = only(
  'BENCH_VARIANTS',
  VARIANTS.map((variant) => variant.id)
);
const jobs = LOCALES.flatMap((lang) =>
  VARIANTS.filter((v) => v.id === 'static' || measured.includes(v.id)).map((variant) => ({
    lang,
    variant: variant.id,
  }))
);
console.log(
  `visitors: ${jobs.length} pages × ${SAMPLES} samples, each sample every page once in a shuffled order, ` +
    `a fresh incognito context per load, in ${chromeVersion}…`
);
const visitorsStarted = Date.now();
for (let sample = 0; sample < SAMPLES; sample++) {
  for (const {lang, variant} of shuffled(jobs)) {
    const key = `${variant} ${lang}`;
    try {
      const {result, close} = await visit(HOST + pageName(variant, lang), lang, {trace: true});
      await close();
      let {firstText, lastChange, cls, longestTask, timedOut} = result;
      if (result.frame) {
        // The embed's own times (epoch ms) on the host page's timeline; the
        // visitor sees the text when the frame paints it, and the page is
        // stable when both the frame and the host (the frame's height) are.
        const f = result.frame;
        const onHost = (t) => (t === null ? null : t - result.timeOrigin);
        firstText = onHost(f.firstText);
        lastChange = Math.max(lastChange, onHost(f.lastChange));
        cls += f.cls;
        longestTask = Math.max(longestTask, f.longestTask);
        timedOut ||= f.timedOut;
      }
      if (timedOut || firstText === null) throw new Error('text not stable within the time limit');
      // The longest task that began before the text was stable (the render's, or the page's own parsing).
      const before = (result.tasks ?? []).filter((task) => task.start <= lastChange);
      longestTask = Math.max(0, ...before.map((task) => task.duration));
      // The task of the widget's first render (none on the static page).
      const renderTasks = (result.tasks ?? []).filter((task) => task.render);
      const renderTask = renderTasks.length ? Math.max(...renderTasks.map((task) => task.duration)) : null;
      if (!visits.has(key)) visits.set(key, []);
      visits.get(key).push({firstText, stable: lastChange, cls, longestTask, renderTask});
    } catch (error) {
      failures.push(`${key} (sample ${sample + 1}): ${error.message}`);
    }
  }
  process.stdout.write(`  sample ${sample + 1}/${SAMPLES}\n`);
}
const userAgent = await browser.userAgent();
await browser.close();
files.close();
host.close();
const visitorsMinutes = (Date.now() - visitorsStarted) / 60000;

// -------------------------------------------------------------- tachometer

/** tachometer's results for the switch and many pages, or undefined when skipped. */
let tachResults;
let tachMinutes = 0;
let driverVersion = '';
if (TACHOMETER) ({results: tachResults, minutes: tachMinutes, driverVersion} = await runTachometer());

async function runTachometer() {
  // Absolute paths: tachometer serves the repository root (tachometer.json `root`).
  const BUNDLE_TAG = `<script type="module" src="/dist/dystonia-widgets.js"></script>\n`;
  const MEASURE_TAG = `<script type="module" src="/bench/page-support/rendered.js"></script>\n`;
  fs.writeFileSync(
    path.join(pagesDir, 'switch-en-es.html'),
    pageShell({
      lang: 'en',
      title: 'locale switch en to es',
      head: BUNDLE_TAG,
      body: `<${TAG}></${TAG}>
<script type="module">
  import {markRendered} from '/bench/page-support/rendered.js?manual';
  // English first, as a page shows it; then the page switches its language.
  await markRendered('en', 'dw-en');
  performance.mark('dw-switch-start');
  document.documentElement.lang = 'es';
  await markRendered('es', 'dw-switch-end');
  performance.measure('dw-switch', 'dw-switch-start', 'dw-switch-end');
</script>`,
    })
  );
  for (const count of COUNTS) {
    fs.writeFileSync(
      path.join(pagesDir, `many-${count}.html`),
      pageShell({
        lang: 'en',
        title: `${count} × ${MANY_TAG}`,
        head: BUNDLE_TAG + MEASURE_TAG,
        body: Array.from({length: count}, () => `<${MANY_TAG}></${MANY_TAG}>`).join('\n'),
      })
    );
  }

  const freePort = async () => {
    const server = net.createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const {port} = server.address();
    await new Promise((resolve) => server.close(resolve));
    return port;
  };
  const driverPort = await freePort();
  const driver = spawn(driverPath, [`--port=${driverPort}`], {stdio: 'ignore'});
  const driverUrl = `http://127.0.0.1:${driverPort}`;
  process.on('exit', () => driver.kill());
  for (let tries = 0; ; tries++) {
    try {
      const status = await (await fetch(`${driverUrl}/status`)).json();
      if (status.value?.ready) break;
    } catch {
      // not listening yet
    }
    if (tries > 100) {
      console.error(`${driverPath} did not start on port ${driverPort}.`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const benchmarks = [
    {
      name: 'switch en→es',
      url: 'pages/switch-en-es.html',
      measurement: [{mode: 'performance', entryName: 'dw-switch', name: 'switch'}],
    },
    ...COUNTS.map((count) => ({
      name: `${count} × ${MANY_TAG}`,
      url: `pages/many-${count}.html`,
      measurement: [{mode: 'performance', entryName: 'dw-rendered', name: 'rendered'}],
    })),
  ];
  const config = {
    $schema: 'https://raw.githubusercontent.com/Polymer/tachometer/master/config.schema.json',
    root: '../..',
    sampleSize: SAMPLES,
    // No auto-sampling past sampleSize: the run stays a few minutes.
    timeout: 0,
    resolveBareModules: false,
    benchmarks: benchmarks.map((benchmark) => ({
      ...benchmark,
      browser: {
        name: 'chrome',
        headless: true,
        binary: chromePath,
        addArguments: CHROMIUM_ARGS,
        remoteUrl: driverUrl,
      },
    })),
  };
  const configFile = path.join(outDir, 'tachometer.json');
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  const jsonFile = path.join(outDir, 'results.json');
  console.log(`tachometer: ${benchmarks.length} benchmarks × ${SAMPLES} samples, interleaved…`);
  const started = Date.now();
  const tach = spawnSync(
    process.execPath,
    [require.resolve('tachometer/bin/tach.js'), '--config', configFile, '--json-file', jsonFile],
    {cwd: root, stdio: ['ignore', 'ignore', 'inherit']}
  );
  driver.kill();
  if (tach.status !== 0) {
    console.error(`tachometer failed (exit ${tach.status}).`);
    process.exit(tach.status ?? 1);
  }
  return {
    results: JSON.parse(fs.readFileSync(jsonFile, 'utf8')).benchmarks,
    minutes: (Date.now() - started) / 60000,
    driverVersion: spawnSync(driverPath, ['--version'], {encoding: 'utf8'}).stdout.trim().split(' (')[0],
  };
}

// -------------------------------------------------------------- statistics

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Distribution-free 95 % interval of a median: order statistics n/2 ∓ 0.98 √n. */
function medianCI(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const n = sorted.length;
  const low = Math.max(0, Math.floor(n / 2 - 0.98 * Math.sqrt(n)) - 1);
  const high = Math.min(n - 1, Math.ceil(n / 2 + 0.98 * Math.sqrt(n)));
  return [sorted[low], sorted[high]];
}

/** Ratio of medians with a 95 % percentile-bootstrap interval. */
function ratio(top, bottom) {
  const next = random(11);
  const resample = (values) => values.map(() => values[Math.floor(next() * values.length)]);
  const ratios = Array.from({length: 2000}, () => median(resample(top)) / median(resample(bottom))).sort(
    (x, y) => x - y
  );
  return {value: median(top) / median(bottom), low: ratios[49], high: ratios[1949]};
}

// ------------------------------------------------------------------ report

const ms = (value) => value.toFixed(0);
const withCI = (values) => {
  const [low, high] = medianCI(values);
  return `${ms(median(values))} [${ms(low)}–${ms(high)}]`;
};
const ratioText = (top, bottom) => {
  const r = ratio(top, bottom);
  return `${r.value.toFixed(2)} [${r.low.toFixed(2)}–${r.high.toFixed(2)}]`;
};
/** The first-render task's median / max and how many loads it took over 30 ms ("–" without a widget script). */
function renderTaskText(rows) {
  const tasks = rows.map((r) => r.renderTask).filter((t) => t !== null);
  if (!tasks.length) return '–';
  const over = tasks.filter((t) => t > 30).length;
  return `${ms(median(tasks))} / ${ms(Math.max(...tasks))}; ${over} of ${tasks.length}`;
}
const visitorTable = [
  '| locale | variant | n | first text paint, ms | ÷ static | stable text, ms | ÷ static | CLS median / max | longest task, ms (median / max) | first-render task, ms (median / max; loads over 30 ms) |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const lang of LOCALES) {
  const base = visits.get(`static ${lang}`) ?? [];
  for (const variant of VARIANTS) {
    const rows = visits.get(`${variant.id} ${lang}`) ?? [];
    if (!rows.length && !jobs.some((job) => job.variant === variant.id)) continue;
    if (!rows.length) {
      visitorTable.push(`| ${lang} | ${variant.label} | 0 | – | – | – | – | – | – | – |`);
      continue;
    }
    const first = rows.map((r) => r.firstText);
    const stable = rows.map((r) => r.stable);
    const cls = rows.map((r) => r.cls);
    const both = base.length && variant.id !== 'static';
    visitorTable.push(
      `| ${lang} | ${variant.label} | ${rows.length} | ${withCI(first)} | ${
        both
          ? ratioText(
              first,
              base.map((r) => r.firstText)
            )
          : '1'
      } | ` +
        `${withCI(stable)} | ${
          both
            ? ratioText(
                stable,
                base.map((r) => r.stable)
              )
            : '1'
        } | ` +
        `${median(cls).toFixed(3)} / ${Math.max(...cls).toFixed(3)} | ${ms(median(rows.map((r) => r.longestTask)))} / ${ms(Math.max(...rows.map((r) => r.longestTask)))} | ${renderTaskText(rows)} |`
    );
  }
}

const tachLines = [];
if (tachResults) {
  const samples = (name) => tachResults.find((r) => r.name === name)?.samples ?? [];
  const sw = samples('switch en→es');
  tachLines.push(
    `- Switch en → es on a rendered guide: ${withCI(sw)} ms (median [95 % CI], n = ${sw.length}).`
  );
  const manyName = (count) => `${count} × ${MANY_TAG}`;
  const points = COUNTS.flatMap((count) => samples(manyName(count)).map((y) => [count, y]));
  const meanX = points.reduce((s, [x]) => s + x, 0) / points.length;
  const meanY = points.reduce((s, [, y]) => s + y, 0) / points.length;
  const sxy = points.reduce((s, [x, y]) => s + (x - meanX) * (y - meanY), 0);
  const sxx = points.reduce((s, [x]) => s + (x - meanX) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const ssTotal = points.reduce((s, [, y]) => s + (y - meanY) ** 2, 0);
  const ssResidual = points.reduce((s, [x, y]) => s + (y - intercept - slope * x) ** 2, 0);
  tachLines.push(
    `- N \`<${MANY_TAG}>\` on one page, rendered (ms): ${COUNTS.map((count) => `N = ${count}: ${withCI(samples(manyName(count)))}`).join('; ')}.`,
    `- Least squares over all samples: rendered ≈ ${intercept.toFixed(1)} ms + ${slope.toFixed(3)} ms × N ` +
      `(R² ${(1 - ssResidual / ssTotal).toFixed(3)}).`
  );
}

const totalMinutes = (visitorsMinutes + tachMinutes).toFixed(1);
console.log(`\n${chromeVersion}, ${SAMPLES} samples, ${totalMinutes} min\n`);
console.log(visitorTable.join('\n'));
if (tachLines.length) console.log(`\n${tachLines.join('\n')}`);
if (failures.length) console.log(`\nFailed loads (left out):\n${failures.map((f) => `- ${f}`).join('\n')}`);

const cpus = os.cpus();
const size = (file) => fs.statSync(path.join(distDir, file)).size;
const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(path.join(distDir, file))).length;
/** The pages' own per-locale bundles (dystonia-widgets.es.js…), for the Files line. */
const perLocaleSizes = LOCALES.filter((lang) =>
  fs.existsSync(path.join(distDir, `dystonia-widgets.${lang}.js`))
)
  .map((lang) => `dystonia-widgets.${lang}.js ${gzipSize(`dystonia-widgets.${lang}.js`)} B gzip, `)
  .join('');
const date = new Date().toISOString().slice(0, 10);
const loads = (values) => values.map((l) => l.toFixed(2)).join(' ');
const results_md = `# Benchmark results

Written by \`npm run bench\` (bench/run.mjs); docs/contributors.md "Benchmarks" says what is measured and how.

- Date: ${date}, repository at ${commit || 'unknown commit'} (dist/ as the last \`npm run build\` made it)
- Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, load average ${loads(loadAtStart)} at the start, ${loads(os.loadavg())} at the end (shared with other work: compare ratios, not absolute times)
- Browser: ${chromeVersion}, headless (puppeteer-core; tachometer through ${driverVersion || 'no ChromeDriver: skipped'}); ${userAgent}; viewport ${VIEWPORT.width} × ${VIEWPORT.height}
- Node ${process.version}, ${SAMPLES} samples per page, ${failures.length} failed loads; visitors ${visitorsMinutes.toFixed(1)} min, tachometer ${tachMinutes.toFixed(1)} min
- Files: dist/dystonia-widgets.js ${size('dystonia-widgets.js')} B (${gzipSize('dystonia-widgets.js')} B gzip), ${perLocaleSizes}dystonia-widgets.hydrate.js ${size('dystonia-widgets.hydrate.js')} B (${gzipSize('dystonia-widgets.hydrate.js')} B gzip), served gzip from a second origin with the headers of docs/hosting.md; iframe height reserved as the embed builder does: ${LOCALES.map((lang) => `${lang} ${Math.ceil(reserved[lang])} px`).join(', ')}

## What visitors see (cold loads)

Per locale, six variants of one host page (a heading and a paragraph, the guide, five paragraphs
below it), each with the tags \`npm run snippet\` prints for it: the bundle (for es and ar the page's
own \`dystonia-widgets.<locale>.js\`, render-blocking), the static page with those tags and no widget
(what the script costs before any render: the floor under the bundle's times; its first-render task is the
task the bundle runs in), the declarative shadow DOM fragment with
\`--hydrate\`, the plain fragment with \`--prerendered\` (not render-blocking), the iframe embed. Each sample loads every page once, in a shuffled order, each in a fresh incognito context, once the new window's own interface (Chromium's omnibox popups, WebUI pages in a renderer of their own) has loaded and gone idle: started at once, a load shared the 2 cores with it.
Times in ms from navigation start: median [95 % CI of the median]; ÷ static: ratio of medians to the
static page of the same locale [95 % bootstrap CI]. A frame's time is \`performance.now()\` in its
\`requestAnimationFrame\` callback (not the frame time passed in: that is the frame's vsync, which can be
before a long task that held the frame back). **First text paint**: the first frame in which the
guide's first heading ("${HEADINGS.en}") is visible. **Stable text**: the last frame in which the visible
text (composed tree, shadow roots included) or the layout (page height, the paragraph below the guide,
the iframe's box) changed, with nothing changing for ${QUIET_MS} ms after it and after the load event. The
iframe embed is measured inside the embed page (its frame is of another origin) and put on the host's
timeline; its stable point is the later of the frame's and the host's (the frame's height set by
resize.js). CLS: sum of \`layout-shift\` entries without recent input (the embed: the host's plus the
frame's own). Longest task: the longest main-thread task of the page's renderer (the embed: of both pages) that began before the stable point, from a Chromium trace (\`toplevel\` category, little overhead; the \`longtask\` API sees only tasks of 50 ms and more). First-render task: the task in which the guide first rendered (the one holding the mark visitor.js makes when its \`updateComplete\` settles), its median and maximum, and in how many loads it took over 30 ms.

${visitorTable.join('\n')}
${
  tachLines.length
    ? `
## Switch and many elements (tachometer, warm tab per sample)

${tachLines.join('\n')}
`
    : ''
}${failures.length ? `\nFailed loads (left out):\n${failures.map((f) => `- ${f}`).join('\n')}\n` : ''}`;
if (NARROWED) {
  console.log('\nA narrowed run (BENCH_LOCALES, BENCH_VARIANTS): bench/RESULTS.md left as it was.');
} else {
  fs.writeFileSync(path.join(benchDir, 'RESULTS.md'), results_md);
  console.log('\nWrote bench/RESULTS.md');
}
