// `npm test`: every check, in order, stopping at the first that fails, and
// the totals of the browser and node tests on one line at the end, also
// after a failure (test/runner/summary.mjs). Exits with the failing step's code.
//
//   1. the system browsers: installs missing ones when it can (system-browsers.mjs)
//   2. npm run i18n:build   the locale modules the sources import
//   3. npm run typecheck
//   4. npm run lint
//   5. wtr                  the browser tests (web-test-runner.config.mjs)
//   6. npm run test:node    the node tests (test/node/)
import {spawn} from 'node:child_process';
import {constants} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {clearTotals, readTotals, summaryLine} from './summary.mjs';
import {ensureSystemBrowsers} from './system-browsers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `npm run <script>` with the npm that runs us (npm test sets npm_execpath). */
const npmRun = (script) =>
  process.env.npm_execpath
    ? [process.execPath, [process.env.npm_execpath, 'run', script]]
    : ['npm', ['run', script]];

const STEPS = [
  ['system browsers', () => ensureSystemBrowsers({install: true})],
  ['i18n:build', npmRun('i18n:build')],
  ['typecheck', npmRun('typecheck')],
  ['lint', npmRun('lint')],
  ['browser tests', [join(ROOT, 'node_modules', '.bin', 'wtr'), []]],
  ['node tests', npmRun('test:node')],
];

let child;
let signalled;
// Ctrl-C reaches every process of the terminal: the step stops itself, and the
// summary still comes. SIGTERM and SIGHUP come to us alone: pass them on.
process.on('SIGINT', () => (signalled = 'SIGINT'));
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    signalled = signal;
    child?.kill(signal);
  });
}

function run([command, args]) {
  return new Promise((resolve) => {
    child = spawn(command, args, {cwd: ROOT, stdio: 'inherit'});
    child.once('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 0)));
  });
}

clearTotals();
let exitCode = 0;
let stopped;
for (const [name, step] of STEPS) {
  exitCode = typeof step === 'function' ? step() : await run(step);
  if (signalled) {
    exitCode = 128 + constants.signals[signalled];
    stopped = `${name} interrupted`;
    break;
  }
  if (exitCode !== 0) {
    stopped = `${name} failed`;
    break;
  }
}
console.log(`\n${summaryLine(readTotals(), {stopped})}`);
process.exit(exitCode);
