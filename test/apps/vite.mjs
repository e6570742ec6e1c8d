// The check the three Vite apps share (vite-react, vite-vue, vite-svelte):
// the framework's type checker (which must also fail on the app's
// type-errors/ project), one production build (no path of this machine in
// it, the es and ar translations in chunks of their own), the built app in
// Spanish and Arabic in Chromium and Firefox ESR, a click reaching the
// app's own DOM, and, where asked, `vite` dev in Spanish.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {
  assertNoProblems,
  closeBrowser,
  freePort,
  open,
  ROOT,
  run,
  runFails,
  serveStatic,
  startServer,
  waitForText,
} from './lib.mjs';

// Vite dev resolves Lit's "development" export, which says so once with
// console.warn (lit.dev/msg/dev-mode); the built app has no such warning.
const LIT_DEV_MODE = 'warn: Lit is in dev mode. Not recommended for production!';

// Type names from locales/es.xlf and locales/ar.xlf (types.blepharospasm.name).
const SPANISH = 'Blefaroespasmo';
const ARABIC = 'تشنج الجفن';

/**
 * @param {{dir: string, env: Record<string, string>, checker: string,
 *   checkArgs: (tsconfig: string) => string[], dev?: boolean}} options
 *   checker: the binary in the app's node_modules/.bin; checkArgs: its
 *   arguments for a tsconfig (the app's, then type-errors/'s); dev: also
 *   check `vite` dev
 */
export async function checkViteApp({dir, env, checker, checkArgs, dev = false}) {
  const bin = (name) => join(dir, 'node_modules/.bin', name);

  // Each run checks only the files its tsconfig includes (the app's leaves out type-errors/).
  run(bin(checker), checkArgs('tsconfig.json'), {cwd: dir, env});
  runFails(bin(checker), checkArgs('type-errors/tsconfig.json'), {
    cwd: dir,
    env,
    expected: `Type '"nope"' is not assignable`,
  });

  run(bin('vite'), ['build'], {cwd: dir, env});
  assertBuild(join(dir, 'dist'));

  const server = await serveStatic(join(dir, 'dist'));
  try {
    for (const engine of ['chromium', 'firefox']) {
      const where = engine === 'chromium' ? 'built app' : 'built app in Firefox';
      await showsLanguage(server.url, 'es', SPANISH, {where, engine});
      await showsLanguage(server.url, 'ar', ARABIC, {where, engine});
    }
    await reachesApp(server.url);
  } finally {
    // Chromium keeps sockets to the server open (without a request), which
    // server.close() would wait for until Node times them out: close it first.
    await closeBrowser();
    await server.close();
  }

  if (dev) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const args = ['--host', '127.0.0.1', '--port', String(port), '--strictPort'];
    const server = await startServer(bin('vite'), args, {cwd: dir, env, url});
    try {
      await showsLanguage(url, 'es', SPANISH, {where: 'vite dev', expected: LIT_DEV_MODE});
    } finally {
      await server.close();
    }
  }

  return {types: true, build: true, es: true, ar: true, event: true, serverHtml: 'n/a', hydration: 'n/a'};
}

/** The text as it may be written in a chunk: as is, or with \u escapes. */
function written(text) {
  const escaped = [...text].map((c) => (c.charCodeAt(0) < 128 ? c : `\\u${c.charCodeAt(0).toString(16)}`));
  return [text, escaped.join(''), escaped.join('').replace(/\\u(\w{4})/g, (_, h) => `\\u${h.toUpperCase()}`)];
}

/** No absolute path of this machine in the output; es and ar each in a chunk of its own, not the entry's. */
function assertBuild(dist) {
  const files = readdirSync(dist, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const path of [ROOT, '/work/', 'file:///'])
      if (text.includes(path)) throw new Error(`${file} contains "${path}"`);
  }
  const entry = join(
    dist,
    readFileSync(join(dist, 'index.html'), 'utf8').match(/<script[^>]* src="\/([^"]+)"/)[1]
  );
  const holding = (text) =>
    files.filter(
      (file) => file.endsWith('.js') && written(text).some((w) => readFileSync(file, 'utf8').includes(w))
    );
  const es = holding(SPANISH);
  const ar = holding(ARABIC);
  if (!es.length || !ar.length) throw new Error(`No chunk holds the es (${es}) or ar (${ar}) strings`);
  for (const file of [...es, ...ar])
    if (file === entry) throw new Error(`The entry chunk ${file} holds a translation`);
  if (es.some((file) => ar.includes(file))) throw new Error(`es and ar share a chunk: ${es} / ${ar}`);
  console.log(`entry ${entry}; es in ${es.join(', ')}; ar in ${ar.join(', ')}`);
}

/**
 * The page at ?lang=<lang> shows `text` in dystonia-types (right to left for
 * ar), without a problem (but the one that starts with `expected`, if any).
 */
async function showsLanguage(url, lang, text, {where, expected, engine = 'chromium'}) {
  const {page, problems} = await open(`${url}/?lang=${lang}`, {engine});
  try {
    await waitForText(page, 'dystonia-types >>> [part~="base"]', text);
    if (lang === 'ar') {
      const dir = await page.$eval('dystonia-types >>> [part~="base"]', (base) => base.dir);
      if (dir !== 'rtl') throw new Error(`dystonia-types in ar has dir="${dir}"`);
    }
    assertNoProblems(
      problems.filter((problem) => !(expected && problem.startsWith(expected))),
      `${where}, ?lang=${lang}`
    );
  } finally {
    await page.close();
  }
}

/** A click on the first type's button shows its id in the app's own <output>. */
async function reachesApp(url) {
  const {page, problems} = await open(`${url}/?lang=en`);
  try {
    const button = await page.waitForSelector('dystonia-types >>> button');
    const id = await button.evaluate((node) => node.closest('[data-type]').dataset.type);
    await button.click();
    await waitForText(page, '#last-toggle', `${id}: open`);
    assertNoProblems(problems, 'built app, event');
  } finally {
    await page.close();
  }
}
