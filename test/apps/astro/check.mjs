// Astro 7 (static output, Node 24) with the packed dystonia-widgets:
// `astro check` knows our tags' attributes (dystonia-widgets/astro), pages
// server-rendered per language with renderToString() hydrate in place with
// dystonia-widgets/hydrate (bundled by Astro's Vite), and the tags written
// in Astro markup render with the plain bundle. run.mjs calls check().
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {assertNoProblems, open, run, runFails, serveStatic, textOf, waitForText} from '../lib.mjs';

// From locales/es.xlf, locales/ar.xlf and src/content/types.ts.
const TEXT = {
  es: {
    heading: 'Tipos de distonía',
    cervical: 'Distonía cervical (tortícolis)',
    description: 'La distonía cervical',
  },
  ar: {
    heading: 'أنواع خلل التوتر العضلي',
    cervical: 'خلل التوتر العضلي العنقي (الصَّعَر)',
    description: 'خلل التوتر العضلي العنقي (الصَّعَر) هو',
  },
};
const ENGLISH = ['Different Types of Dystonia', 'Cervical dystonia (torticollis)', 'is the most common type'];

/** Every file under `dir`, as paths. */
const filesOf = (dir) =>
  readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

/** Whether a built file holds `text`, as written or as a JavaScript string escape. */
const holds = (content, text) =>
  content.includes(text) ||
  content.includes(
    JSON.stringify(text)
      .slice(1, -1)
      .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  );

/**
 * Runs before the page's own scripts: keeps every distinct text of the
 * first <dystonia-types>' shadow root, from the server's HTML on, and the
 * server-rendered button of the cervical type (hydration must keep it).
 */
function sampler() {
  const seen = [];
  const sample = () => {
    const root = document.querySelector('dystonia-types')?.shadowRoot;
    if (!root) return;
    window.dwServerButton ??= root.querySelector('#summary-cervical');
    const text = root.textContent.replace(/\s+/g, ' ').trim();
    if (text && seen.at(-1) !== text) seen.push(text);
  };
  window.dwSeen = seen;
  new MutationObserver(sample).observe(document, {childList: true, subtree: true});
  const timer = setInterval(sample, 10);
  setTimeout(() => clearInterval(timer), 4000);
}

/**
 * /es/ or /ar/ with JavaScript: the server's text, sampled from the first
 * parse for about a second, is never English; the element hydrated the
 * server's nodes (kept, with Lit's SSR markers); a click on a type's
 * button inside the shadow root shows the event's detail on the page.
 */
async function serverRendered(url, locale, engine = 'chromium') {
  const {page, problems} = await open(url, {engine});
  // Again, with the sampler installed before the page's scripts run.
  await page.evaluateOnNewDocument(sampler);
  await page.reload({waitUntil: 'networkidle0'});
  await new Promise((r) => setTimeout(r, 1000));
  const {heading, cervical, description} = TEXT[locale];
  await waitForText(page, 'dystonia-types >>> .heading', heading);
  const seen = await page.evaluate(() => window.dwSeen);
  if (!seen.length) throw new Error(`${url}: the sampler saw no shadow root`);
  for (const text of seen) {
    const english = ENGLISH.find((e) => text.includes(e));
    if (english)
      throw new Error(`${url}: showed English ("${english}") at some point: ${text.slice(0, 200)}`);
    if (!text.includes(heading) || !text.includes(cervical))
      throw new Error(`${url}: a sample without the ${locale} text: ${text.slice(0, 200)}`);
  }
  const hydrated = await page.evaluate(() => {
    const root = document.querySelector('dystonia-types').shadowRoot;
    return {
      kept: !!window.dwServerButton && window.dwServerButton === root.querySelector('#summary-cervical'),
      markers: root.innerHTML.includes('<!--lit-part'),
      defined: !!customElements.get('dystonia-types'),
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      direction: getComputedStyle(document.querySelector('dystonia-types')).direction,
    };
  });
  if (!hydrated.defined || !hydrated.kept || !hydrated.markers)
    throw new Error(`${url}: not hydrated in place: ${JSON.stringify(hydrated)}`);
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  if (hydrated.lang !== locale || hydrated.dir !== dir || hydrated.direction !== dir)
    throw new Error(`${url}: lang/dir ${JSON.stringify(hydrated)}, expected ${locale} ${dir}`);

  await page.click('dystonia-types >>> #summary-cervical');
  await waitForText(page, '#toggled', 'cervical open');
  await waitForText(page, 'dystonia-types >>> #description-cervical', description);
  const after = await textOf(page, 'dystonia-types >>> ul');
  const english = ENGLISH.find((e) => after.includes(e));
  if (english) throw new Error(`${url}: English ("${english}") after the click`);
  assertNoProblems(problems, url);
  await page.close();
}

export default async function check({dir, env}) {
  env = {...env, ASTRO_TELEMETRY_DISABLED: '1'};
  const astro = join(dir, 'node_modules/.bin/astro');

  // types: the app passes; a page with filter="nope" (wrong/, a project of
  // its own, so the app's check stays green) fails, naming the value.
  run(astro, ['check'], {cwd: dir, env});
  const wrong = runFails(astro, ['check', '--root', 'wrong'], {
    cwd: dir,
    env,
    expected: `Type '"nope"' is not assignable to type '"all" | "distribution" | "syndromes"`,
  });
  if (!wrong.includes('wrong/src/pages/index.astro')) throw new Error(`astro check --root wrong:\n${wrong}`);

  // build: one production build; no machine path in the output; each
  // language its own chunk, outside the scripts the pages load.
  run(astro, ['build'], {cwd: dir, env});
  const dist = join(dir, 'dist');
  const files = filesOf(dist);
  for (const file of files) {
    const content = readFileSync(file, 'latin1');
    for (const leak of ['/work/', 'file:///'])
      if (content.includes(leak)) throw new Error(`dist/${relative(dist, file)} contains "${leak}"`);
  }
  const scripts = files.filter((f) => f.startsWith(join(dist, '_astro')) && f.endsWith('.js'));
  const text = new Map(scripts.map((f) => [f, readFileSync(f, 'utf8')]));
  const entries = new Set(
    files
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<script[^>]+src="\/(_astro\/[^"]+)"/g)])
      .map((m) => join(dist, m[1]))
  );
  if (!entries.size) throw new Error('No page loads a script from dist/_astro');
  for (const locale of ['es', 'ar']) {
    const chunks = scripts.filter((f) => holds(text.get(f), TEXT[locale].heading));
    if (!chunks.length) throw new Error(`No chunk in dist/_astro holds the ${locale} translations`);
    for (const chunk of chunks) {
      const name = relative(dist, chunk);
      if (entries.has(chunk))
        throw new Error(`${name}, a page's own script, holds the ${locale} translations`);
      const other = locale === 'es' ? 'ar' : 'es';
      if (holds(text.get(chunk), TEXT[other].heading)) throw new Error(`${name} holds both es and ar`);
    }
    console.log(`${locale} translations: ${chunks.map((c) => relative(dist, c)).join(', ')}`);
  }

  // serverHtml: the text is in the built HTML, and shows without JavaScript.
  for (const locale of ['es', 'ar']) {
    const html = readFileSync(join(dist, locale, 'index.html'), 'utf8');
    if (!html.includes(TEXT[locale].heading) || !html.includes('shadowrootmode="open"'))
      throw new Error(`dist/${locale}/index.html has no server-rendered ${locale} widget`);
  }

  const server = await serveStatic(dist);
  try {
    {
      const url = `${server.url}/es/`;
      const {page, problems} = await open(url, {javaScript: false});
      await waitForText(page, 'dystonia-types >>> .heading', TEXT.es.heading);
      await waitForText(page, 'dystonia-types >>> #summary-cervical', TEXT.es.cervical);
      assertNoProblems(problems, `${url} without JavaScript`);
      await page.close();
    }

    // es, ar, hydration, event.
    await serverRendered(`${server.url}/es/`, 'es');
    await serverRendered(`${server.url}/ar/`, 'ar');
    // Firefox ESR too.
    await serverRendered(`${server.url}/es/`, 'es', 'firefox');
    await serverRendered(`${server.url}/ar/`, 'ar', 'firefox');

    // The tags in Astro markup, rendered by the plain bundle in the page's language.
    for (const locale of ['es', 'ar']) {
      const url = `${server.url}/tags/${locale}/`;
      const {page, problems} = await open(url);
      await waitForText(page, 'dystonia-types >>> .heading', TEXT[locale].heading);
      await waitForText(page, 'dystonia-types >>> #description-cervical', TEXT[locale].description);
      assertNoProblems(problems, url);
      await page.close();
    }
  } finally {
    await server.close();
  }

  return {types: true, build: true, es: true, ar: true, event: true, serverHtml: true, hydration: true};
}
