// The Next.js 16 app (App Router, React 19): /es, /ar and /en, each a static
// page whose server component renders <dystonia-types> with renderToString()
// (dystonia-widgets/server) and whose client components hydrate it
// (dystonia-widgets/hydrate) and use the @lit/react components
// (dystonia-widgets/react). Built with Turbopack (Next's default) and with
// webpack; both served by `next start` and looked at in Chromium.
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {
  assertNoProblems,
  closeBrowser,
  freePort,
  open,
  runFails,
  startServer,
  textOf,
  waitForText,
} from '../lib.mjs';

/** Each language's name of a syndrome (the server render) and of a type by distribution (@lit/react). */
const TEXT = {
  en: {cervical: 'Cervical dystonia (torticollis)', focal: 'Focal dystonia'},
  es: {cervical: 'Distonía cervical (tortícolis)', focal: 'Distonía focal'},
  ar: {cervical: 'خلل التوتر العضلي العنقي (الصَّعَر)', focal: 'خلل التوتر العضلي البؤري'},
};
const SERVER = '#server-rendered dystonia-types >>> #summary-cervical';
const REACT = '#react-rendered dystonia-types >>> #summary-focal';

/** Lit's own notice under `next dev`, which resolves Lit's development build. */
const DEV_LIT = /^warn: Lit is in dev mode\. Not recommended for production!/;

/** What a build log or a server's output must never say. */
const BAD_OUTPUT =
  /Critical dependency|too dynamic|loaded twice|Module not found|⚠|\bwarn(ing)?\b|\berror\b/i;

/**
 * Next's own advice on a CI machine's first build (CI is set, no .next/cache): about
 * Next's build cache, not about the app or the package.
 */
const CI_CACHE_ADVICE = /⚠ No build cache found\. Please configure build caching/;

/** Runs `next build` with its output captured (and shown); throws when it fails or warns. */
function build(dir, env, label, args) {
  const command = join(dir, 'node_modules/.bin/next');
  console.log(`$ ${label} next ${args.join(' ')}`);
  const result = spawnSync(command, args, {cwd: dir, env: {...process.env, ...env}, encoding: 'utf8'});
  const output = `${result.stdout}${result.stderr}`;
  console.log(output);
  if (result.status !== 0) throw new Error(`${label}: next ${args.join(' ')} failed (exit ${result.status})`);
  const bad = output.split('\n').filter((line) => BAD_OUTPUT.test(line) && !CI_CACHE_ADVICE.test(line));
  if (bad.length) throw new Error(`${label}: the build log warns:\n  ${bad.join('\n  ')}`);
}

/** Every file under `dir`. */
function filesUnder(dir) {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * No public file (what a browser may fetch) names a path of the machine that
 * built it: no file: URL (Turbopack's runtime has one template of its own,
 * `file:///${…}`, which names nothing), no /work/, not the app's directory.
 */
function assertNoBuildPaths(distDir, dir, label) {
  const needles = [
    /file:\/\/\/(?!\$\{)/,
    /\/work\//,
    new RegExp(resolve(dir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  ];
  const files = filesUnder(join(distDir, 'static'));
  if (!files.some((file) => file.endsWith('.js')))
    throw new Error(`${label}: no JavaScript in ${distDir}/static`);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const needle of needles) {
      const at = text.search(needle);
      if (at >= 0)
        throw new Error(`${label}: ${file} names a build path: …${text.slice(at - 80, at + 120)}…`);
    }
  }
  console.log(`${label}: ${files.length} files under ${distDir}/static, none names a build path`);
}

/** `next start` (or `next dev`) on a free port; resolves to {url, close, output}. */
async function nextServer(dir, env, command = 'start') {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer(
    join(dir, 'node_modules/.bin/next'),
    [command, '-p', String(port), '-H', '127.0.0.1'],
    {cwd: dir, env, url: `${url}/en`}
  );
  return {url, ...server};
}

/** Whatever the server printed beyond its start-up lines must not warn. */
function assertQuietServer(server, label, forbidden = BAD_OUTPUT) {
  const bad = server
    .output()
    .split('\n')
    .filter((line) => forbidden.test(line));
  if (bad.length) throw new Error(`${label}: the server printed:\n  ${bad.join('\n  ')}`);
}

/** The raw HTML (no JavaScript) has the widget's text in `lang`, in a declarative shadow root. */
async function assertServerHtml(url, lang) {
  const response = await fetch(`${url}/${lang}`);
  const html = await response.text();
  if (response.status !== 200) throw new Error(`/${lang}: ${response.status}`);
  for (const needle of [
    `<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`,
    'shadowrootmode="open"',
    TEXT[lang].cervical,
  ])
    if (!html.includes(needle)) throw new Error(`/${lang}'s HTML lacks ${needle}`);
  if (html.includes(TEXT.en.cervical))
    throw new Error(`/${lang}'s HTML has the English "${TEXT.en.cervical}"`);
  const {page, problems} = await open(`${url}/${lang}`, {javaScript: false});
  const seen = await textOf(page, SERVER);
  if (seen !== TEXT[lang].cervical) throw new Error(`/${lang} without JavaScript shows "${seen}"`);
  // With JavaScript off, Chromium cancels the page's script requests: those are not problems.
  const scripts = /^failed: \S+\/_next\/static\/\S+\.js\s*$/;
  assertNoProblems(
    problems.filter((problem) => !scripts.test(problem)),
    `/${lang} without JavaScript`
  );
  await page.close();
}

/**
 * /<lang> with JavaScript: both widgets in `lang` from the first look to the
 * last (watched while the page loads, sampled over a second after: never
 * English), the right direction, the
 * server's shadow DOM hydrated in place (Lit's lit-part markers kept), a
 * click in each shadow root shown by the app, and not one warning or error
 * (but the `ignored` ones: Lit's notice of its development build under `next dev`).
 */
async function assertPage(url, lang, {ignored, engine} = {}) {
  const {page, problems} = await open(`${url}/${lang}`, {engine});
  // Loaded again with a watcher from the first byte: English in either widget, even for a moment, is noted.
  await page.evaluateOnNewDocument(
    (english) => {
      const seen = (window.englishSeen = []);
      const look = () => {
        for (const node of document.querySelectorAll('dystonia-types'))
          for (const text of english)
            if (node.shadowRoot?.textContent.includes(text) && !seen.includes(text)) seen.push(text);
      };
      const timer = setInterval(look, 5);
      setTimeout(() => clearInterval(timer), 5000);
    },
    lang === 'en' ? [] : [TEXT.en.cervical, TEXT.en.focal]
  );
  await page.reload({waitUntil: 'networkidle0'});
  for (let sample = 0; sample < 6; sample++) {
    const [server, react] = [await textOf(page, SERVER), await textOf(page, REACT)];
    if (server !== TEXT[lang].cervical || react !== TEXT[lang].focal)
      throw new Error(`/${lang} showed "${server}" and "${react}" (sample ${sample})`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const english = await page.evaluate(() => window.englishSeen);
  if (english.length) throw new Error(`/${lang} showed English for a moment: ${english.join(', ')}`);
  const direction = await (
    await page.waitForSelector(SERVER)
  ).evaluate((node) => getComputedStyle(node).direction);
  const want = lang === 'ar' ? 'rtl' : 'ltr';
  if (direction !== want)
    throw new Error(`/${lang}: the server-rendered widget is ${direction}, not ${want}`);
  const hydrated = await page.$eval('#server-rendered dystonia-types', (node) =>
    Boolean(node.shadowRoot?.innerHTML.includes('<!--lit-part'))
  );
  if (!hydrated) throw new Error(`/${lang}: the server's shadow DOM was replaced, not hydrated`);
  await (await page.waitForSelector(SERVER)).click();
  await waitForText(page, '#server-event', 'cervical open');
  await (await page.waitForSelector(REACT)).click();
  await waitForText(page, '#react-event', 'focal open');
  const expanded = await (await page.waitForSelector(REACT)).evaluate((b) => b.getAttribute('aria-expanded'));
  if (expanded !== 'true') throw new Error(`/${lang}: the @lit/react widget's button is not expanded`);
  assertNoProblems(
    problems.filter((problem) => !ignored?.test(problem)),
    `/${lang}`
  );
  await page.close();
}

export default async function check({dir, env}) {
  const started = Date.now();
  const step = (name) => console.log(`--- ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
  env = {...env, NEXT_TELEMETRY_DISABLED: '1'};

  // types: `next build` type-checks the app; a wrong attribute value must fail.
  runFails(join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.wrong.json'], {
    cwd: dir,
    env,
    expected: `Type '"nope"' is not assignable`,
  });

  // build: Turbopack (the default), then webpack into .next/webpack.
  step('types');
  build(dir, env, 'Turbopack', ['build']);
  assertNoBuildPaths(join(dir, '.next'), dir, 'Turbopack');
  const webpackEnv = {...env, NEXT_DIST_DIR: '.next/webpack'};
  step('webpack build');
  build(dir, webpackEnv, 'webpack', ['build', '--webpack']);
  assertNoBuildPaths(join(dir, '.next/webpack'), dir, 'webpack');

  step('next start (Turbopack)');
  const turbopack = await nextServer(dir, env);
  try {
    await assertServerHtml(turbopack.url, 'es');
    await assertServerHtml(turbopack.url, 'ar');
    step('serverHtml');
    for (const lang of ['es', 'ar', 'en']) {
      step(`/${lang}`);
      await assertPage(turbopack.url, lang);
    }
    // Firefox ESR too.
    for (const lang of ['es', 'ar']) {
      step(`/${lang} in Firefox`);
      await assertPage(turbopack.url, lang, {engine: 'firefox'});
    }
    const missing = await fetch(`${turbopack.url}/fr`);
    if (missing.status !== 404) throw new Error(`/fr: ${missing.status}, not 404`);
    assertQuietServer(turbopack, 'next start (Turbopack)');
  } finally {
    // Chromium's open connections would keep `next start` from exiting for a minute and more.
    await closeBrowser();
    await turbopack.close();
  }

  step('next start (webpack)');
  const webpack = await nextServer(dir, webpackEnv);
  try {
    await assertServerHtml(webpack.url, 'es');
    await assertPage(webpack.url, 'es');
    assertQuietServer(webpack, 'next start (webpack)');
  } finally {
    await closeBrowser();
    await webpack.close();
  }

  // next dev: React compares the hydrated HTML with its own render only in
  // development (the wrapper's suppressHydrationWarning is what keeps it quiet).
  step('next dev');
  const dev = await nextServer(dir, env, 'dev');
  try {
    for (const lang of ['es', 'ar']) await assertPage(dev.url, lang, {ignored: DEV_LIT});
    assertQuietServer(dev, 'next dev', /loaded twice|⨯|error|hydrat/i);
  } finally {
    await closeBrowser();
    await dev.close();
  }

  step('done');
  return {types: true, build: true, es: true, ar: true, event: true, serverHtml: true, hydration: true};
}
