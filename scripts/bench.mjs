/**
 * `npm run bench`: render benchmarks of the built bundle against the same
 * text as static HTML, with tachometer in the system Chromium (driven by
 * Debian's chromium-driver). Not part of `npm test`. See README
 * "Benchmarks" and bench/RESULTS.md.
 *
 * 1. builds dist/ when it is missing;
 * 2. writes the pages to test-results/bench/pages/ (the static pages from the text the
 *    built `<dystonia-guide>` renders, flattened to plain HTML);
 * 3. starts the system chromedriver and runs tachometer through it
 *    (`remoteUrl`), so nothing is downloaded;
 * 4. prints medians with 95 % confidence intervals and the ratios, and
 *    writes bench/RESULTS.md.
 *
 * BENCH_SAMPLES (default 20) sets the samples per benchmark; CHROME_PATH and
 * CHROMEDRIVER_FILEPATH other binaries.
 */
import {spawn, spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {CHROMIUM_ARGS, findChromium} from './browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
// Generated pages, config and raw results: ignored by git, Prettier and ESLint like every test result.
const outDir = path.join(root, 'test-results', 'bench');
const pagesDir = path.join(outDir, 'pages');
const require = createRequire(import.meta.url);

const LOCALES = ['en', 'es', 'ar'];
const COUNTS = [1, 10, 50, 200];
/** The element repeated in the "many" pages: text only, one section of the guide. */
const MANY_TAG = 'dystonia-causes';
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);

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
if (!chromePath || !driverPath) {
  console.error(
    'npm run bench needs Chromium and its driver: sudo apt-get install chromium chromium-driver ' +
      '(or set CHROME_PATH / CHROMEDRIVER_FILEPATH), then npm ci.'
  );
  process.exit(1);
}
const chromeVersion = spawnSync(chromePath, ['--version'], {encoding: 'utf8'}).stdout.trim();
const driverVersion = spawnSync(driverPath, ['--version'], {encoding: 'utf8'}).stdout.trim();

// ------------------------------------------------------------------- build

const bundle = path.join(root, 'dist', 'dystonia-widgets.js');
if (!fs.existsSync(bundle)) {
  console.log('dist/ is missing: npm run build');
  const built = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// ------------------------------------------------------------------- pages

/** A little CSS like a normal page; the same on every page, static or not. */
const PAGE_CSS = `body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 48rem; margin: 0 auto; padding: 1rem; color: #222; }
a { color: #0645ad; }`;

const dirOf = (lang) => (lang === 'ar' ? 'rtl' : 'ltr');

function page({lang, title, head = '', body}) {
  return `<!doctype html>
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
}

// Absolute paths: tachometer serves the repository root (test-results/bench/tachometer.json `root`).
// The bundle as the README's snippet loads it (a module script, fetched while the page parses); the
// inline module marks the moment the bundle has run, before any element renders (Lit renders in
// the microtasks after it).
const BUNDLE_TAG = `<script type="module">
  import '/dist/dystonia-widgets.js';
  performance.mark('dw-evaluated');
</script>
`;
/** The locale chunk preloaded, as the README's snippet recommends for a page in another language. */
const preloadTag = (lang) => `<link rel="modulepreload" href="/dist/locales/${lang}.js">\n`;
const MEASURE_TAG = '<script type="module" src="/bench/page-support/rendered.js"></script>\n';

function writePage(name, html) {
  fs.writeFileSync(path.join(pagesDir, name), html);
}

fs.rmSync(outDir, {recursive: true, force: true});
fs.mkdirSync(pagesDir, {recursive: true});

for (const lang of LOCALES) {
  writePage(
    `guide-${lang}.html`,
    page({
      lang,
      title: `guide ${lang}`,
      head: BUNDLE_TAG + MEASURE_TAG,
      body: '<dystonia-guide></dystonia-guide>',
    })
  );
  if (lang === 'en') continue;
  writePage(
    `guide-${lang}-preload.html`,
    page({
      lang,
      title: `guide ${lang}, locale preloaded`,
      head: preloadTag(lang) + BUNDLE_TAG + MEASURE_TAG,
      body: '<dystonia-guide></dystonia-guide>',
    })
  );
}
writePage(
  'iframe-en.html',
  page({
    lang: 'en',
    title: 'guide in an iframe',
    head: `<style>iframe { display: block; width: 100%; height: 90vh; border: 0; }</style>
<script>
  // Before the iframe: the frame's page posts when its text has rendered.
  addEventListener('message', (event) => {
    if (event.data === 'dw-rendered' && !performance.getEntriesByName('dw-rendered').length) performance.mark('dw-rendered');
  });
</script>
`,
    body: '<iframe src="guide-en.html" title="Dystonia guide"></iframe>',
  })
);
writePage(
  'switch-en-es.html',
  page({
    lang: 'en',
    title: 'locale switch en to es',
    head: BUNDLE_TAG,
    body: `<dystonia-guide></dystonia-guide>
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
  writePage(
    `many-${count}.html`,
    page({
      lang: 'en',
      title: `${count} × ${MANY_TAG}`,
      head: BUNDLE_TAG + MEASURE_TAG,
      body: Array.from({length: count}, () => `<${MANY_TAG}></${MANY_TAG}>`).join('\n'),
    })
  );
}

/** A static file server for the repository, only for rendering the static pages. */
async function serveRoot() {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
  };
  const server = http.createServer((request, response) => {
    const file = path.join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {'Content-Type': types[path.extname(file)] ?? 'application/octet-stream'});
    fs.createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/**
 * Runs in the page: the guide's composed tree as plain HTML. Custom elements
 * and shadow roots are flattened away (their rendered content stays), styles
 * and scripts are dropped, and only attributes that carry meaning are kept.
 */
function flattenGuide() {
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
    const tag = node.localName;
    if (skip.has(tag)) return '';
    if (node.shadowRoot) return children(node.shadowRoot);
    if (tag === 'slot') {
      const assigned = node.assignedNodes({flatten: true});
      return assigned.length ? assigned.map(flatten).join('') : children(node);
    }
    const svg = node.namespaceURI === 'http://www.w3.org/2000/svg';
    const attrs = [...node.attributes]
      .filter((a) => (svg ? a.name !== 'class' && a.name !== 'part' : keep.has(a.name)))
      .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${attr(a.value)}"`))
      .join('');
    const voids = new Set(['br', 'hr', 'img', 'input', 'meta', 'wbr']);
    if (voids.has(tag)) return `<${tag}${attrs}>`;
    return `<${tag}${attrs}>${children(node)}</${tag}>`;
  }
  return children(document.body)
    .replace(/\n\s*\n/g, '\n')
    .trim();
}

async function writeStaticPages() {
  const {default: puppeteer} = await import('puppeteer-core');
  const server = await serveRoot();
  const browser = await puppeteer.launch({executablePath: chromePath, headless: true, args: CHROMIUM_ARGS});
  try {
    const origin = `http://127.0.0.1:${server.address().port}`;
    for (const lang of LOCALES) {
      const tab = await browser.newPage();
      await tab.goto(`${origin}/test-results/bench/pages/guide-${lang}.html`);
      await tab.waitForFunction(() => performance.getEntriesByName('dw-rendered').length > 0, {
        timeout: 15000,
      });
      const body = await tab.evaluate(flattenGuide);
      await tab.close();
      writePage(`static-${lang}.html`, page({lang, title: `static ${lang}`, head: MEASURE_TAG, body}));
    }
  } finally {
    await browser.close();
    server.close();
  }
}
await writeStaticPages();

// ------------------------------------------------------------------ driver

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

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

// --------------------------------------------------------------- tachometer

const RENDERED = {mode: 'performance', entryName: 'dw-rendered', name: 'rendered'};
const FCP = {mode: 'performance', entryName: 'first-contentful-paint', name: 'fcp'};
const BUNDLE_LOADED = {mode: 'performance', entryName: 'dw-bundle-loaded', name: 'bundle loaded'};
const EVALUATED = {mode: 'performance', entryName: 'dw-evaluated', name: 'evaluated'};
const LOCALE_LOADED = {mode: 'performance', entryName: 'dw-locale-loaded', name: 'locale loaded'};
/** Where a widget page's time goes: fetched, run, translation fetched (es, ar). */
const phases = (lang) =>
  lang === 'en' ? [BUNDLE_LOADED, EVALUATED] : [BUNDLE_LOADED, EVALUATED, LOCALE_LOADED];
const SWITCH = {mode: 'performance', entryName: 'dw-switch', name: 'switch'};

const benchmarks = [
  ...LOCALES.map((lang) => ({
    name: `a static ${lang}`,
    url: `pages/static-${lang}.html`,
    measurement: [RENDERED, FCP],
  })),
  ...LOCALES.map((lang) => ({
    name: `b guide ${lang}`,
    url: `pages/guide-${lang}.html`,
    measurement: [RENDERED, FCP, ...phases(lang)],
  })),
  ...LOCALES.filter((lang) => lang !== 'en').map((lang) => ({
    name: `b′ guide ${lang} +preload`,
    url: `pages/guide-${lang}-preload.html`,
    measurement: [RENDERED, FCP, ...phases(lang)],
  })),
  {name: 'c iframe en', url: 'pages/iframe-en.html', measurement: [RENDERED]},
  {name: 'd switch en→es', url: 'pages/switch-en-es.html', measurement: [SWITCH]},
  ...COUNTS.map((count) => ({
    name: `e ${count} × ${MANY_TAG}`,
    url: `pages/many-${count}.html`,
    measurement: [RENDERED],
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

console.log(
  `tachometer: ${benchmarks.length} benchmarks × ${SAMPLES} samples, interleaved, in ${chromeVersion}…`
);
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
const minutes = ((Date.now() - started) / 60000).toFixed(1);

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

/** A fixed-seed generator, so the same samples give the same intervals. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

const {benchmarks: results} = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
// With several measurements tachometer names a result "<name> [<measure>]".
const baseName = (r) => r.name.replace(/ \[[^\]]*\]$/, '');
const samples = (name, measure = 'rendered') =>
  results.find((r) => baseName(r) === name && r.measurement.name === measure)?.samples;

const ms = (value) => value.toFixed(1);
const rows = results.map((r) => {
  const [low, high] = medianCI(r.samples);
  return {
    name: baseName(r),
    measure: r.measurement.name,
    n: r.samples.length,
    median: median(r.samples),
    low,
    high,
  };
});
const userAgent = results[0]?.browser.userAgent ?? '';

const ratioRows = [];
for (const lang of LOCALES) {
  for (const measure of ['rendered', 'fcp']) {
    ratioRows.push({
      name: `b/a ${lang} (${measure})`,
      ...ratio(samples(`b guide ${lang}`, measure), samples(`a static ${lang}`, measure)),
    });
  }
}
for (const lang of LOCALES.filter((l) => l !== 'en')) {
  ratioRows.push({
    name: `b′/a ${lang} +preload (rendered)`,
    ...ratio(samples(`b′ guide ${lang} +preload`), samples(`a static ${lang}`)),
  });
}
ratioRows.push({name: 'b/c en (rendered)', ...ratio(samples('b guide en'), samples('c iframe en'))});
ratioRows.push({name: 'c/a en (rendered)', ...ratio(samples('c iframe en'), samples('a static en'))});

// Linearity: least squares over every sample of the "many" pages.
const points = COUNTS.flatMap((count) => samples(`e ${count} × ${MANY_TAG}`).map((y) => [count, y]));
const meanX = points.reduce((s, [x]) => s + x, 0) / points.length;
const meanY = points.reduce((s, [, y]) => s + y, 0) / points.length;
const sxy = points.reduce((s, [x, y]) => s + (x - meanX) * (y - meanY), 0);
const sxx = points.reduce((s, [x]) => s + (x - meanX) ** 2, 0);
const slope = sxy / sxx;
const intercept = meanY - slope * meanX;
const ssTotal = points.reduce((s, [, y]) => s + (y - meanY) ** 2, 0);
const ssResidual = points.reduce((s, [x, y]) => s + (y - intercept - slope * x) ** 2, 0);
const r2 = 1 - ssResidual / ssTotal;
const manyMedians = COUNTS.map((count) => median(samples(`e ${count} × ${MANY_TAG}`)));
const steps = COUNTS.slice(1).map((count, i) => ({
  from: COUNTS[i],
  to: count,
  perElement: (manyMedians[i + 1] - manyMedians[i]) / (count - COUNTS[i]),
}));

// ------------------------------------------------------------------ report

const table = [
  '| benchmark | measure | n | median (ms) | 95 % CI (ms) |',
  '|---|---|---:|---:|---|',
  ...rows.map(
    (r) => `| ${r.name} | ${r.measure} | ${r.n} | ${ms(r.median)} | ${ms(r.low)} – ${ms(r.high)} |`
  ),
];
const ratioTable = [
  '| ratio of medians | value | 95 % CI (bootstrap) |',
  '|---|---:|---|',
  ...ratioRows.map(
    (r) => `| ${r.name} | ${r.value.toFixed(2)} | ${r.low.toFixed(2)} – ${r.high.toFixed(2)} |`
  ),
];
const goal = LOCALES.map((lang) => {
  const r = ratioRows.find((row) => row.name === `b/a ${lang} (rendered)`);
  return `${lang} ${r.value.toFixed(2)} ${r.value <= 1.3 ? 'meets' : 'misses'}`;
}).join(', ');
const linear = [
  `Least squares over all samples: rendered ≈ ${ms(intercept)} ms + ${slope.toFixed(3)} ms × N (R² ${r2.toFixed(3)}).`,
  `Per added element between medians: ${steps.map((s) => `${s.from}→${s.to}: ${s.perElement.toFixed(3)} ms`).join('; ')}.`,
];

console.log(`\n${chromeVersion}, ${SAMPLES} samples per benchmark, ${minutes} min\n`);
console.log(table.join('\n'));
console.log(`\n${ratioTable.join('\n')}`);
console.log(`\nGoal b/a ≤ 1.3 (rendered): ${goal}.`);
console.log(linear.join('\n'));

const cpus = os.cpus();
const bundleBytes = fs.statSync(bundle).size;
const date = new Date().toISOString().slice(0, 10);
const results_md = `# Benchmark results

Written by \`npm run bench\` (scripts/bench.mjs); see README "Benchmarks" for what each page is and how
it is measured.

- Date: ${date}
- Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, load average ${os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' ')} at the end (shared with other work: compare ratios, not absolute times)
- Browser: ${chromeVersion}, headless, through ${driverVersion.split(' (')[0]}; ${userAgent}
- Node ${process.version}, tachometer 0.7, ${SAMPLES} samples per benchmark, interleaved, one run (${minutes} min)
- Bundle: dist/dystonia-widgets.js, ${bundleBytes} bytes (as \`npm run build\` made it)

\`rendered\`: ms from navigation start until the page's text is in the document in the page's language
(every custom element defined and rendered, shadow roots included) and the next frame has run
(bench/page-support/rendered.js, the same script on static and widget pages). \`fcp\`: first contentful
paint. Widget pages also: \`bundle loaded\` (its last byte), \`evaluated\` (it has run, before any element
renders), \`locale loaded\` (es, ar: the translation chunk's last byte). \`b′ … +preload\`: the same page with
\`<link rel="modulepreload">\` for the locale chunk, as the README's snippet recommends. \`switch\`: from setting
\`<html lang="es">\` on a rendered English guide until the Spanish text is rendered.

${table.join('\n')}

${ratioTable.join('\n')}

Goal b/a ≤ 1.3 (rendered): ${goal}.

Elements on one page (\`<${MANY_TAG}>\`, N = ${COUNTS.join(', ')}):
${linear.map((line) => `- ${line}`).join('\n')}
`;
fs.writeFileSync(path.join(benchDir, 'RESULTS.md'), results_md);
console.log('\nWrote bench/RESULTS.md');
