// `npm run test:apps [name…]`: the partners' stacks as real apps. Packs the
// built package (run `npm run build && npm run prerender` first) the way npm
// publishes it, then, per app under test/apps/<name>/ (each with its own
// package.json and package-lock.json pinning its framework): `npm ci`, the
// tarball installed on top (`npm install --no-save`), and the app's
// check.mjs, which type-checks, builds, serves and looks at it in Chromium.
// An app whose package.json asks for a newer Node (Astro: >= 22) runs under
// Node 24 from the npm registry. Ends with the table of what each app proved
// and the time it took (test-results/apps/table.md).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {delimiter, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {totalsLine} from '../runner/summary.mjs';
import {closeBrowser, node24Bin, RESULTS, ROOT, run, writeResult} from './lib.mjs';

const APPS = join(ROOT, 'test/apps');
const COLUMNS = ['types', 'build', 'es', 'ar', 'event', 'serverHtml', 'hydration'];

const all = readdirSync(APPS, {withFileTypes: true})
  .filter((d) => d.isDirectory() && existsSync(join(APPS, d.name, 'check.mjs')))
  .map((d) => d.name);
const wanted = process.argv.slice(2);
for (const name of wanted)
  if (!all.includes(name)) throw new Error(`No app "${name}" (have: ${all.join(', ')})`);
const apps = wanted.length ? wanted : all;

// A run of some apps keeps the other apps' results.
mkdirSync(RESULTS, {recursive: true});
for (const name of apps) rmSync(join(RESULTS, `${name}.json`), {force: true});

/** The packed package: DW_TARBALL when given (a tarball packed earlier), else `npm pack` of this build. */
function pack() {
  if (process.env.DW_TARBALL) return process.env.DW_TARBALL;
  if (!existsSync(join(ROOT, 'dist/lib/dystonia-widgets.js')))
    throw new Error('No build: run `npm run build && npm run prerender` first.');
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', RESULTS], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  return join(RESULTS, JSON.parse(packed.stdout)[0].filename);
}
const tarball = pack();

/** Whether the app's package.json asks for Node 22 or later. */
function needsNewNode(dir) {
  const engines = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).engines?.node ?? '';
  return /(^|[^.\d])(2[2-9]|[3-9]\d)\./.test(engines);
}

const rows = [];
let failed = 0;
for (const name of apps) {
  const dir = join(APPS, name);
  const started = Date.now();
  const env = needsNewNode(dir) ? {PATH: `${node24Bin()}${delimiter}${process.env.PATH}`} : {};
  const nodeVersion = spawnSync('node', ['--version'], {
    env: {...process.env, ...env},
    encoding: 'utf8',
  }).stdout.trim();
  console.log(`\n=== ${name} (Node ${nodeVersion}) ===`);
  let row;
  try {
    const npm = ['--prefer-offline', '--no-audit', '--no-fund'];
    run('npm', ['ci', ...npm], {cwd: dir, env});
    run('npm', ['install', '--no-save', ...npm, tarball], {cwd: dir, env});
    const {default: check} = await import(pathToFileURL(join(dir, 'check.mjs')).href);
    row = {...(await check({dir, env, tarball})), error: undefined};
  } catch (error) {
    failed++;
    console.error(`${name} FAILED: ${error?.stack ?? error}`);
    row = {error: String(error?.message ?? error).split('\n')[0]};
  } finally {
    await closeBrowser();
  }
  row = {app: name, node: nodeVersion, seconds: Math.round((Date.now() - started) / 1000), ...row};
  writeResult(name, row);
  rows.push(row);
}

const cell = (value) => (value === true ? 'yes' : value === undefined || value === false ? '**no**' : value);
const table = [
  `| app | node | ${COLUMNS.join(' | ')} | seconds |`,
  `|${' --- |'.repeat(COLUMNS.length + 3)}`,
  ...rows.map((r) =>
    r.error
      ? `| ${r.app} | ${r.node} | failed: ${r.error.replace(/\|/g, '/')} |${' |'.repeat(COLUMNS.length - 1)} ${r.seconds} |`
      : `| ${r.app} | ${r.node} | ${COLUMNS.map((c) => cell(r[c])).join(' | ')} | ${r.seconds} |`
  ),
].join('\n');
writeFileSync(join(RESULTS, 'table.md'), `${table}\n`);
// The run's totals line (test/runner/summary.mjs), one test per app.
writeFileSync(
  join(ROOT, 'test-results/apps-summary.txt'),
  `${totalsLine('Apps', {passed: rows.length - failed, failed})}\n`
);
console.log(`\n${table}`);
if (failed) {
  console.error(`\n${failed} of ${rows.length} apps failed.`);
  process.exit(1);
}
