// The plain Node app (server.mjs): its types checked by tsc (checkJs), its
// pages fetched raw (the widgets' text in their declarative shadow roots, in
// the URL's language, under a strict Content-Security-Policy) under Node 20
// and again under Node 24, then opened in Chromium without JavaScript (the
// server render shows) and with it (the hydrate bundle takes the rendered
// widgets over: the text stays in the page's language, a click fires
// dw-type-toggle, which the app's own script writes into the page).
import {join} from 'node:path';
import {
  assertNoProblems,
  freePort,
  node24Bin,
  open,
  run,
  runFails,
  startServer,
  textOf,
  waitForText,
} from '../lib.mjs';

/** One type's name per language (locales/*.xlf, types.writers-cramp.name), and its button. */
const NAMES = {en: 'Writer’s cramp', es: 'Calambre del escritor', ar: 'تشنج الكاتب'};
const PATHS = {en: '/', es: '/es', ar: '/ar'};
const BUTTON = 'dystonia-types >>> #summary-writers-cramp';

/** Starts server.mjs with `node` on a free port; resolves to {url, close}. */
async function serve(node, {dir, env}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer(node, ['server.mjs'], {cwd: dir, env: {...env, PORT: String(port)}, url});
  return {url, close: server.close};
}

/**
 * The raw HTML of each page: <html lang dir>, the type's name in its
 * language inside <dystonia-types>' declarative shadow root (not only in the
 * JSON-LD after it), never the English one; a strict CSP and no cookie.
 */
async function checkServerHtml(url, where) {
  for (const [locale, path] of Object.entries(PATHS)) {
    const response = await fetch(url + path);
    const html = await response.text();
    const at = `${where} GET ${path}`;
    if (response.status !== 200) throw new Error(`${at}: ${response.status}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    if (
      !/(^|; )script-src 'self'(;|$)/.test(csp) ||
      !/(^|; )style-src 'self'( 'sha256-[\w+/=]+')+(;|$)/.test(csp)
    )
      throw new Error(`${at}: not the strict CSP: ${csp}`);
    if (response.headers.has('set-cookie')) throw new Error(`${at}: sets a cookie`);
    const dir = locale === 'ar' ? 'rtl' : 'ltr';
    if (!html.includes(`<html lang="${locale}" dir="${dir}">`))
      throw new Error(`${at}: no <html lang="${locale}" dir="${dir}">`);
    const root = /<dystonia-types[^>]*><template[^>]* shadowrootmode="open"[^>]*>([\s\S]*?)<\/template>/.exec(
      html
    )?.[1];
    if (!root)
      throw new Error(`${at}: no declarative shadow root in <dystonia-types>:\n${html.slice(0, 800)}`);
    if (!root.includes(NAMES[locale])) throw new Error(`${at}: "${NAMES[locale]}" is not in the shadow root`);
    if (locale !== 'en' && root.includes(NAMES.en))
      throw new Error(`${at}: English "${NAMES.en}" in the shadow root`);
    console.log(`${at}: "${NAMES[locale]}" in the declarative shadow root; CSP ${csp}`);
  }
  const bundle = await fetch(`${url}/widgets/dystonia-widgets.hydrate.js`);
  await bundle.arrayBuffer();
  if (bundle.status !== 200 || !bundle.headers.get('content-type')?.startsWith('text/javascript'))
    throw new Error(
      `${where} GET /widgets/dystonia-widgets.hydrate.js: ${bundle.status} ${bundle.headers.get('content-type')}`
    );
}

/**
 * The page in Chromium with JavaScript: over ~1 s the type's name stays in
 * the page's language, each widget is defined and kept the server's nodes
 * (their lit-part markers: hydrated, not rendered afresh), the prerendered
 * styles apply (the CSP allowed them), and nothing warned or failed.
 */
async function checkHydrated(url, locale, engine = 'chromium') {
  const {page, problems} = await open(url + PATHS[locale], {engine});
  for (let i = 0; i < 10; i++) {
    const text = await textOf(page, BUTTON);
    if (!text.includes(NAMES[locale]) || text.includes(NAMES.en))
      throw new Error(`/${locale}: the button shows "${text}", not "${NAMES[locale]}"`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const state = await page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('dystonia-types, symptom-areas')].map((element) => {
      const base = element.shadowRoot?.querySelector('.base');
      return {
        tag: element.localName,
        defined: element instanceof /** @type {any} */ (customElements.get(element.localName) ?? Object),
        hydrated: !!element.shadowRoot?.innerHTML.includes('<!--lit-part '),
        display: base ? getComputedStyle(base).display : undefined,
        dir: base?.getAttribute('dir'),
      };
    });
    return {dir: document.documentElement.dir, widgets};
  });
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const wrong = state.widgets.filter(
    (w) => !w.defined || !w.hydrated || w.display !== 'flex' || w.dir !== dir
  );
  if (state.dir !== dir || state.widgets.length !== 2 || wrong.length)
    throw new Error(`/${locale}: not hydrated as rendered: ${JSON.stringify(state)}`);
  return {page, problems};
}

export default async function check({dir, env}) {
  const tsc = join(dir, 'node_modules/.bin/tsc');
  run(tsc, ['--noEmit', '-p', '.'], {cwd: dir, env});
  runFails(tsc, ['--noEmit', '-p', 'type-errors'], {
    cwd: dir,
    env,
    expected: "Argument of type 'number' is not assignable to parameter of type 'string'",
  });

  const server = await serve('node', {dir, env});
  try {
    await checkServerHtml(server.url, 'Node 20');

    for (const locale of ['es', 'ar']) {
      const {page, problems} = await open(server.url + PATHS[locale], {javaScript: false});
      const text = await textOf(page, BUTTON);
      if (!text.includes(NAMES[locale])) throw new Error(`/${locale} without JavaScript shows "${text}"`);
      assertNoProblems(problems, `/${locale} without JavaScript`);
      await page.close();
    }

    const es = await checkHydrated(server.url, 'es');
    await (await es.page.waitForSelector(BUTTON)).click();
    await waitForText(es.page, '#last-toggle', 'writers-cramp opened');
    assertNoProblems(es.problems, '/es');
    await es.page.close();

    const ar = await checkHydrated(server.url, 'ar');
    assertNoProblems(ar.problems, '/ar');
    await ar.page.close();

    // Firefox ESR too: the same hydration, text and event.
    for (const locale of ['es', 'ar']) {
      const firefox = await checkHydrated(server.url, locale, 'firefox');
      await (await firefox.page.waitForSelector(BUTTON)).click();
      await waitForText(firefox.page, '#last-toggle', 'writers-cramp opened');
      assertNoProblems(firefox.problems, `/${locale} in Firefox`);
      await firefox.page.close();
    }
  } finally {
    await server.close();
  }

  const server24 = await serve(join(node24Bin(), 'node'), {dir, env});
  try {
    await checkServerHtml(server24.url, 'Node 24');
  } finally {
    await server24.close();
  }

  return {types: true, build: 'n/a', es: true, ar: true, event: true, serverHtml: true, hydration: true};
}
