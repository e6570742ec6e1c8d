// What every app check under test/apps/ shares: running a command, serving a
// built app, starting an app's own server, and looking at a page in the
// system Chromium or Firefox ESR (puppeteer-core, never a downloaded browser) while
// collecting every warning, error and failed request.
import {spawn, spawnSync} from 'node:child_process';
import {createReadStream, existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {dirname, extname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, findChromium, findFirefox} from '../runner/browsers.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS = join(ROOT, 'test-results/apps');

/**
 * Node 24's bin directory, installed from the npm registry once into the
 * repository (the prefix .ci/run installs it in): for the apps whose framework
 * needs Node 22 or later (run.mjs), and for a check under both Node lines.
 */
export function node24Bin() {
  const bin = join(ROOT, 'node_modules/.node24/node_modules/.bin');
  if (!existsSync(join(bin, 'node')))
    run(
      'npm',
      [
        'install',
        '--prefix',
        'node_modules/.node24',
        '--no-save',
        '--no-package-lock',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        'node@24',
      ],
      {cwd: ROOT}
    );
  return bin;
}

/** Runs a command in `cwd`, its output shown; throws when it fails. */
export function run(command, args, {cwd, env} = {}) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {cwd, env: {...process.env, ...env}, stdio: 'inherit'});
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/**
 * Runs a command that must fail (a type check of a file with a wrong
 * attribute value) and returns its output, which must include `expected`.
 */
export function runFails(command, args, {cwd, env, expected} = {}) {
  console.log(`$ ${[command, ...args].join(' ')}   (must fail)`);
  const result = spawnSync(command, args, {cwd, env: {...process.env, ...env}, encoding: 'utf8'});
  const output = `${result.stdout}${result.stderr}`;
  if (result.status === 0) throw new Error(`${command} ${args.join(' ')} passed; it must fail:\n${output}`);
  if (expected && !output.includes(expected))
    throw new Error(`${command} ${args.join(' ')} failed without "${expected}":\n${output}`);
  return output;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/**
 * Serves a built app's directory (as a static host would: a missing file is
 * a 404, a directory gives its index.html). Resolves to {url, close()}.
 */
export function serveStatic(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir)) file = dir;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) =>
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      resolveServer({
        url: `http://127.0.0.1:${port}`,
        close: () => {
          // Chromium keeps its connections open: close them, or server.close() waits for their timeout.
          server.closeAllConnections();
          return new Promise((r) => server.close(r));
        },
      });
    })
  );
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts an app's own server (`next start`, `vite preview`, `node server.mjs`)
 * and waits until `url` answers (at most `timeout` ms). Resolves to {close()}.
 * Its output is kept and shown if it never answers.
 */
export async function startServer(command, args, {cwd, env, url, timeout = 60_000}) {
  console.log(`$ ${[command, ...args].join(' ')} &`);
  const child = spawn(command, args, {cwd, env: {...process.env, ...env}, detached: true});
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  /** Stops the server and everything it started: SIGTERM, then SIGKILL after 5 s (next start waits for open connections). */
  const close = () =>
    new Promise((r) => {
      if (child.exitCode !== null) return r();
      const signal = (name) => {
        try {
          process.kill(-child.pid, name);
        } catch {
          r();
        }
      };
      const kill = setTimeout(() => signal('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(kill);
        r();
      });
      signal('SIGTERM');
    });
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return {close, output: () => output};
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await close();
  throw new Error(`${url} did not answer in ${timeout} ms:\n${output}`);
}

/** The browsers launched so far in this process, by engine; closed by closeBrowser(). */
const browsers = new Map();

/** The system Chromium or Firefox ESR (puppeteer-core drives Firefox over WebDriver BiDi), launched once. */
async function launch(engine) {
  if (!browsers.has(engine)) {
    const executablePath = engine === 'firefox' ? findFirefox() : findChromium();
    if (!executablePath)
      throw new Error(
        `No ${engine}: apt-get install -y ${engine === 'firefox' ? 'firefox-esr' : 'chromium'}`
      );
    browsers.set(
      engine,
      engine === 'firefox'
        ? puppeteer.launch({browser: 'firefox', executablePath, headless: true})
        : puppeteer.launch({executablePath, args: CHROMIUM_ARGS})
    );
  }
  return browsers.get(engine);
}

export async function closeBrowser() {
  const open = [...browsers.values()];
  browsers.clear();
  await Promise.all(open.map(async (browser) => (await browser).close()));
}

/**
 * Opens `url` in Chromium (or `engine: 'firefox'`), JavaScript on or off (Chromium only), and waits for the network to
 * settle. Resolves to {page, problems}: `problems` collects every console
 * warning and error, uncaught error and response >= 400 from then on (a
 * check asserts it is empty at its end).
 */
export async function open(url, {javaScript = true, engine = 'chromium'} = {}) {
  const page = await (await launch(engine)).newPage();
  if (!javaScript) await page.setJavaScriptEnabled(false);
  const problems = [];
  page.on('console', (m) => {
    if (['error', 'warn', 'warning', 'assert'].includes(m.type())) problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  await page.goto(url, {waitUntil: 'networkidle0'});
  return {page, problems};
}

/** The text of the first element matching `selector`, across shadow roots (puppeteer's >>> combinator). */
export async function textOf(page, selector, {timeout = 10_000} = {}) {
  const handle = await page.waitForSelector(selector, {timeout});
  return handle.evaluate((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

/** Waits until `selector`'s text (across shadow roots) includes `text`; throws with what it saw. */
export async function waitForText(page, selector, text, {timeout = 10_000} = {}) {
  const end = Date.now() + timeout;
  let seen = '';
  while (Date.now() < end) {
    seen = await textOf(page, selector, {timeout}).catch(() => seen);
    if (seen.includes(text)) return seen;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${selector} never showed "${text}"; it showed: "${seen.slice(0, 300)}"`);
}

/** Throws when a page collected any warning, error or failed request. */
export function assertNoProblems(problems, where) {
  if (problems.length) throw new Error(`${where}:\n  ${problems.join('\n  ')}`);
}

/**
 * An app's row in the note's table: what it proved (true), what does not
 * apply to it ('n/a'), and how long its check took. Written by run.mjs.
 */
export function writeResult(name, row) {
  mkdirSync(RESULTS, {recursive: true});
  writeFileSync(join(RESULTS, `${name}.json`), JSON.stringify(row, null, 2));
}
