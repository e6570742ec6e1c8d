/**
 * `npm run test:types`: the framework type tests in test/types/, each with
 * its framework's own checker, against the generated
 * dist/types/frameworks/*.d.ts.
 *
 * First it makes what they need, when it is missing or older than the
 * sources: the declarations (`tsc -p tsconfig.build.json`) and the manifest
 * with the framework types (`cem analyze`). After `npm run build` that step
 * is skipped.
 *
 * React: `tsc` (`// @ts-expect-error` lines must error). Vue: `vue-tsc`
 * (`<!-- @vue-expect-error -->`). Svelte: `svelte-check`, which has no
 * expect-error comment for markup: here each line after an
 * `<!-- expect-error: … -->` comment must have an error and no other line
 * may have one. Lit: `tsc`, and `lit-analyzer --strict` on the templates
 * (it reads the elements' property types from the declarations; it has no
 * expect-error comment, so Lit has no wrong-value cases).
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules/.bin', name);

/** Runs a command from the project root; returns its exit status and output. */
function run(label, command, args, {capture = false} = {}) {
  const start = performance.now();
  const result = spawnSync(command, args, {cwd: root, stdio: capture ? 'pipe' : 'inherit', encoding: 'utf8'});
  console.log(`test:types: ${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  if (result.error) throw result.error;
  return result;
}

/** Newest modification time of the files under `dir` (recursively). */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

const outputs = [
  'dist/types/define.d.ts',
  'dist/custom-elements.json',
  'dist/types/frameworks/react.d.ts',
  'dist/types/frameworks/vue.d.ts',
  'dist/types/frameworks/svelte.d.ts',
].map((file) => join(root, file));
const inputsTime = Math.max(
  newest(join(root, 'src')),
  statSync(join(root, 'custom-elements-manifest.config.mjs')).mtimeMs,
  statSync(join(root, 'tsconfig.build.json')).mtimeMs
);
const fresh = outputs.every((file) => existsSync(file) && statSync(file).mtimeMs >= inputsTime);

if (fresh) {
  console.log('test:types: dist/types and the manifest are up to date');
} else {
  // The declarations import the generated locale modules.
  if (!existsSync(join(root, 'src/generated'))) {
    if (run('i18n:build', 'npm', ['run', '--silent', 'i18n:build']).status !== 0) process.exit(1);
  }
  if (run('declarations', bin('tsc'), ['-p', 'tsconfig.build.json']).status !== 0) process.exit(1);
  // The schemas' properties as class fields, for lit-analyzer (build/declarations.mjs).
  if (run('declaration fields', 'node', ['build/declarations.mjs']).status !== 0) process.exit(1);
  if (run('manifest and framework types', bin('cem'), ['analyze']).status !== 0) process.exit(1);
}

// Every checker runs, whatever the others found.
const results = {
  React: run('React (tsc)', bin('tsc'), ['-p', 'test/types/react/tsconfig.json']).status === 0,
  Vue: run('Vue (vue-tsc)', bin('vue-tsc'), ['-p', 'test/types/vue/tsconfig.json']).status === 0,
  Svelte: checkSvelte(),
  Lit:
    run('Lit (tsc)', bin('tsc'), ['-p', 'test/types/lit/tsconfig.json']).status === 0 &&
    run('Lit (lit-analyzer)', bin('lit-analyzer'), ['test/types/lit/*.ts', '--strict', '--maxWarnings', '0'])
      .status === 0,
};
const failures = Object.keys(results).filter((name) => !results[name]);
console.log(
  failures.length > 0
    ? `test:types: FAILED: ${failures.join(', ')}`
    : 'test:types: all framework type tests passed (React, Vue, Svelte, Lit)'
);
process.exit(failures.length > 0 ? 1 : 0);

/** svelte-check, with the `expect-error` comments checked here. */
function checkSvelte() {
  const dir = 'test/types/svelte';
  const result = run(
    'Svelte (svelte-check)',
    bin('svelte-check'),
    ['--workspace', dir, '--tsconfig', './tsconfig.json', '--output', 'machine'],
    {capture: true}
  );
  // Lines: `<time> ERROR|WARNING "<file>" <line>:<column> "<message>"`.
  const problems = [...result.stdout.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (.*)$/gm)].map(
    ([, kind, file, line, message]) => ({kind, file, line: Number(line), message})
  );
  const expected = [];
  for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.svelte'))) {
    readFileSync(join(root, dir, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        // The comment is on line i + 1; the line it speaks of is i + 2.
        if (/^\s*<!-- expect-error\b/.test(text)) expected.push({file, line: i + 2});
      });
  }
  const isExpected = (p) =>
    p.kind === 'ERROR' && expected.some((e) => e.file === p.file && e.line === p.line);
  const unexpected = problems.filter((p) => !isExpected(p));
  const missing = expected.filter((e) => !problems.some((p) => p.file === e.file && p.line === e.line));
  for (const p of unexpected) console.error(`${dir}/${p.file}:${p.line}: unexpected ${p.kind}: ${p.message}`);
  for (const e of missing) console.error(`${dir}/${e.file}:${e.line}: expected an error here, found none`);
  if (!/COMPLETED/.test(result.stdout)) {
    console.error(relative(root, dir), 'svelte-check did not complete:\n', result.stdout, result.stderr);
    return false;
  }
  return unexpected.length === 0 && missing.length === 0 && expected.length > 0;
}
