// `npm run screenshots`: makes the visual tests' references again from what
// the elements look like now, in Chromium, Firefox and WebKit, and the
// screenshots of the README and docs/ in the same run (test/visual/docs.test.ts).
// Look at what changed (git status, git diff --stat, the pictures), then commit.
//
//   npm run screenshots                      every shot, every engine
//   npm run screenshots -- inquiry-cta docs  the shots of test/visual/inquiry-cta.test.ts and docs.test.ts
//   DW_BROWSERS=webkit npm run screenshots   one engine
//
// A reference whose pixels did not change is left as it is. After a full run
// (every file, every engine, every test passed), references that no test made
// any more are removed. Never in CI: CI compares with the committed references.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {join, relative} from 'node:path';
import {ENGINES} from '../test/runner/browsers.mjs';
import {DOCS_IMAGES, REFERENCES, WRITTEN_FILE} from '../test/runner/visual.mjs';

const ROOT = join(import.meta.dirname, '..');
const VISUAL = join(ROOT, 'test', 'visual');

if (process.env.CI && process.env.CI !== 'false') {
  console.error('npm run screenshots: not in CI (CI is set). CI compares with the committed references.');
  process.exit(1);
}

const available = readdirSync(VISUAL)
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => file.slice(0, -'.test.ts'.length));
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !available.includes(name));
if (unknown.length) {
  console.error(
    `npm run screenshots: no test/visual/${unknown[0]}.test.ts (there are: ${available.join(', ')})`
  );
  process.exit(1);
}
const files = (asked.length ? asked : available).map((name) => `test/visual/${name}.test.ts`);
// Every engine unless told otherwise: references left old in one engine would fail CI.
const engines = process.env.DW_BROWSERS ?? ENGINES.join(',');

const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
const i18n = spawnSync(npm[0], [...npm.slice(1), 'run', 'i18n:build'], {cwd: ROOT, stdio: 'inherit'});
if (i18n.status !== 0) process.exit(i18n.status ?? 1);

rmSync(WRITTEN_FILE, {force: true});
const code = await new Promise((resolve) => {
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'wtr'), ['--files', ...files], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {...process.env, DW_VISUAL_UPDATE: '1', DW_BROWSERS: engines},
  });
  child.once('error', (error) => {
    console.error(`wtr: ${error.message}`);
    resolve(1);
  });
  child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});
if (code !== 0) {
  console.error(
    'npm run screenshots: some shots failed (above); the references they would have made are unchanged.'
  );
  process.exit(code);
}

/** Every .png under a folder, as paths relative to the repository. */
const pngs = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, {recursive: true})
        .filter((file) => String(file).endsWith('.png'))
        .map((file) => relative(ROOT, join(dir, String(file))))
    : [];

const made = new Set(existsSync(WRITTEN_FILE) ? JSON.parse(readFileSync(WRITTEN_FILE, 'utf8')) : []);
if (!asked.length) {
  const removed = engines
    .split(',')
    .flatMap((engine) => pngs(join(REFERENCES, engine.trim())))
    .filter((file) => !made.has(file));
  for (const file of removed) rmSync(join(ROOT, file));
  if (removed.length)
    console.log(`Removed ${removed.length} references no test makes:\n  ${removed.join('\n  ')}`);
  const others = engines.includes('chromium') ? pngs(DOCS_IMAGES).filter((file) => !made.has(file)) : [];
  if (others.length) console.log(`Not made by this script (left as they are): ${others.join(', ')}`);
}
console.log(
  'Look at the pictures that changed (git status test/visual/references docs/images), then commit them.'
);
