// `npm run test:package` (after `npm run build`): the package a consumer
// gets. Packs it, checks the tarball's file list, installs the tarball into
// a scratch project in a temp dir, then, from that project and through the
// package's `exports` map only:
//   - imports every runtime entry in a fresh `node` (the `node` condition);
//   - renders <dystonia-types> in the system Chromium from a page importing
//     `dystonia-widgets` and from one importing
//     `dystonia-widgets/elements/dystonia-types.js` (in Spanish, so its
//     locale chunk loads from the package too), served by @web/dev-server
//     with nodeResolve as an app's dev server would;
//   - server-renders <dystonia-types> in Spanish with renderToString() from
//     `dystonia-widgets/server` (@lit-labs/ssr comes with the package).
// The partners' bundlers and frameworks are test/apps/ (npm run test:apps).
// Prints one summary line; exits 1 on the first failure.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {startDevServer} from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, findChromium, INSTALL_HINT} from '../test/runner/browsers.mjs';
import {elementTags} from '../build/elements.mjs';
import {classOf, importInNode, nodeEntries} from './node-import-check.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const tags = elementTags(ROOT);

/** What `files` intends: dist/ without the size check's graph and without the versioned copies. */
const intended = (path) =>
  ['package.json', 'README.md'].includes(path) ||
  (path.startsWith('dist/') && path !== 'dist/import-graph.json' && !/^dist\/v\d/.test(path));

/** The heading of <dystonia-types> in English and Spanish, from the committed translation. */
function headings() {
  const unit = readFileSync(join(ROOT, 'locales/es.xlf'), 'utf8').match(
    /<trans-unit id="types\.heading">\s*<source>([^<]+)<\/source>\s*<target>([^<]+)<\/target>/
  );
  assert.ok(unit, 'types.heading not found in locales/es.xlf');
  return {en: unit[1], es: unit[2]};
}

const run = (command, args, cwd) =>
  execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

function pack(dir) {
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], ROOT));
  const files = info.files.map((f) => f.path);
  const stray = files.filter((f) => !intended(f));
  assert.deepEqual(stray, [], 'the tarball holds files outside what `files` intends');
  for (const tag of tags) {
    for (const file of [
      `dist/elements/${tag}.js`,
      `dist/lib/elements/${tag}.js`,
      `dist/html/en/${tag}.html`,
      `dist/types/elements/${tag}/define.d.ts`,
    ]) {
      assert.ok(files.includes(file), `${file} missing from the tarball`);
    }
  }
  return info;
}

/** Imports every runtime `exports` entry of the installed package in Node. */
async function importAll(app) {
  const installed = join(app, 'node_modules', pkg.name);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  // `./elements/*.js`: the files its Node target pattern matches in the installed package.
  const expand = (key) => {
    const value = manifest.exports[key];
    const target = value.node ?? value.default;
    const [dir, suffix] = target.split('*');
    return readdirSync(join(installed, dir))
      .filter((f) => f.endsWith(suffix))
      .map((f) => key.replace('*', f.slice(0, -suffix.length)));
  };
  // `./dist/*` opens the CDN files (and the prerendered HTML) to bundlers and servers: not modules for Node.
  const {entries, typesOnly} = nodeEntries(
    {
      ...manifest,
      exports: Object.fromEntries(Object.entries(manifest.exports).filter(([k]) => k !== './dist/*')),
    },
    expand
  );
  for (const entry of entries) {
    const tag = entry.subpath.match(/^\.\/elements\/(.+)\.js$/)?.[1];
    if (tag) Object.assign(entry, {tag, className: classOf(tag)});
  }
  assert.deepEqual(
    entries
      .filter((e) => e.tag)
      .map((e) => e.tag)
      .sort(),
    [...tags].sort(),
    'element entries'
  );
  const {report, stderr} = await importInNode({
    cwd: app,
    entries,
    tags,
    shim: '@lit-labs/ssr-dom-shim',
    setLocale: pkg.name,
  });
  assert.equal(stderr, '', 'importing the entries in Node printed');
  assert.equal(report.registry, 'lit');
  assert.deepEqual(report.registered, tags);
  assert.ok(Object.values(report.classes).every(Boolean), 'each element entry exports the registered class');
  assert.ok(report.entries[pkg.name].includes('DystoniaTypes'));
  assert.equal(report.locale, 'en');
  return {count: entries.length, typesOnly};
}

const page = (lang, script) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <script type="module" src="./${script}"></script>
  </head>
  <body>
    <dystonia-types></dystonia-types>
  </body>
</html>
`;

/** renderToString() of `dystonia-widgets/server` in a fresh `node` in the scratch project: its output, or its error. */
function serverRender(app) {
  const child = `
    const {renderToString} = await import('${pkg.name}/server');
    try {
      process.stdout.write(JSON.stringify({html: await renderToString('<dystonia-types></dystonia-types>', {locale: 'es'})}));
    } catch (error) {
      process.stdout.write(JSON.stringify({error: error.message}));
    }`;
  return JSON.parse(run(process.execPath, ['--input-type=module', '--eval', child], app));
}

/**
 * The server entry as a consumer meets it: with nothing else installed
 * (@lit-labs/ssr is the package's dependency) it renders in the call's
 * locale, the package and @lit-labs/ssr sharing one Lit.
 */
function serverRenderAll(app) {
  const range = pkg.dependencies['@lit-labs/ssr'];
  const {html, error} = serverRender(app);
  assert.equal(error, undefined, 'renderToString()');
  const heading = headings().es;
  assert.ok(html.includes(`>${heading}<`), `the server render has no "${heading}": ${html.slice(0, 200)}`);
  assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
  return range;
}

/** Renders <dystonia-types> in Chromium from the scratch project, through `exports`. */
async function renderAll(app) {
  const chromium = findChromium();
  assert.ok(chromium, INSTALL_HINT);
  const text = headings();
  const pages = [
    {name: 'full', lang: 'en', specifier: pkg.name, expect: text.en, file: 'dist/lib/dystonia-widgets.js'},
    {
      name: 'element',
      lang: 'es',
      specifier: `${pkg.name}/elements/dystonia-types.js`,
      expect: text.es,
      file: 'dist/lib/elements/dystonia-types.js',
      locale: 'dist/lib/locales/es.js',
    },
  ];
  for (const p of pages) {
    writeFileSync(join(app, `${p.name}.js`), `import '${p.specifier}';\n`);
    writeFileSync(join(app, `${p.name}.html`), page(p.lang, `${p.name}.js`));
  }
  const requests = [];
  const server = await startDevServer({
    config: {
      rootDir: app,
      port: 0,
      hostname: '127.0.0.1',
      // Lit's production build, as an app's bundler picks for its build (without it, Lit's dev build warns).
      nodeResolve: {exportConditions: ['production']},
      middleware: [(context, next) => (requests.push(context.path), next())],
    },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  const browser = await puppeteer.launch({
    executablePath: chromium,
    args: CHROMIUM_ARGS,
  });
  try {
    const {port} = server.server.address();
    for (const p of pages) {
      const tab = await browser.newPage();
      const problems = [];
      tab.on(
        'console',
        (m) => ['error', 'warn'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`)
      );
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      tab.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
      requests.length = 0;
      await tab.goto(`http://127.0.0.1:${port}/${p.name}.html`);
      await tab
        .waitForFunction(
          (expect) => document.querySelector('dystonia-types')?.shadowRoot?.textContent.includes(expect),
          {timeout: 20_000},
          p.expect
        )
        .catch(async () => {
          const shown = await tab.evaluate(
            () => document.querySelector('dystonia-types')?.shadowRoot?.textContent
          );
          assert.fail(`${p.name}.html: "${p.expect}" not rendered; shadow text: ${shown?.slice(0, 200)}`);
        });
      assert.deepEqual(problems, [], `${p.name}.html: console errors or warnings`);
      const base = `/node_modules/${pkg.name}/`;
      for (const file of [p.file, p.locale].filter(Boolean)) {
        assert.ok(
          requests.includes(base + file),
          `${p.name}.html did not load ${file}: ${requests.join(', ')}`
        );
      }
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return pages.length;
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/lib/dystonia-widgets.js'))) {
    throw new Error('dist/ is missing or incomplete: run `npm run build` first.');
  }
  const temp = mkdtempSync(join(tmpdir(), 'dw-pack-'));
  try {
    const info = pack(temp);
    const app = join(temp, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name": "scratch", "private": true, "type": "module"}\n');
    // React: the optional peer dependency `dystonia-widgets/react` imports.
    const react = `react@${pkg.devDependencies.react}`;
    run(
      'npm',
      ['install', join(temp, info.filename), react, '--prefer-offline', '--no-audit', '--no-fund'],
      app
    );
    const node = await importAll(app);
    const pages = await renderAll(app);
    const ssr = serverRenderAll(app);
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `package ok: ${info.filename}, ${info.entryCount} files, ${kb(info.size)} packed (${kb(info.unpackedSize)}` +
        ` unpacked); installed in a scratch project: ${node.count} exports entries imported in Node ${process.version}` +
        `${node.typesOnly.length ? ` (types only: ${node.typesOnly.join(', ')})` : ''}; ` +
        `${pages} pages rendered <dystonia-types> in Chromium through exports, no console error; ` +
        `server-rendered in Spanish with @lit-labs/ssr@${ssr}`
    );
  } finally {
    rmSync(temp, {recursive: true, force: true});
  }
}

main().catch((error) => {
  console.error(`package check failed: ${error.message}`);
  process.exitCode = 1;
});
