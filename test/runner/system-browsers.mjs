// The system browsers the tests need, installed where this machine lets us:
// `npm test` (test/runner/test.mjs) and .ci/run both call ensureSystemBrowsers().
//
//   node test/runner/system-browsers.mjs            says what is missing (exit 1 without Chromium)
//   node test/runner/system-browsers.mjs --install  installs what is missing, when it can
//
// Installs with apt-get (after `apt-get update`) when running as root or with
// passwordless sudo; otherwise prints one line with the command to run.
// Chromium is required; Firefox and WebKit are skipped when absent, unless
// DW_BROWSERS names them (then they are required too, as the runner requires
// them). DW_INSTALL_BROWSERS=0 never installs.
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {ENGINES, missingLine, missingPackages, onPath} from './browsers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/**
 * Optional packages whose install failed here (e.g. not in this
 * distribution): not tried again on every `npm test`. Reinstalling
 * node_modules clears it.
 */
export const FAILED_FILE = join(ROOT, 'node_modules', '.cache', 'dystonia-widgets', 'apt-failed.json');

/**
 * Which engines this run wants and which of them it cannot do without:
 * DW_BROWSERS=chromium,firefox,webkit names both; by default all three are
 * wanted and only Chromium is required.
 */
export function wantedEngines(env = process.env) {
  const named = env.DW_BROWSERS?.split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => ENGINES.includes(name));
  if (named?.length) return {engines: named, required: named};
  return {engines: ENGINES, required: ['chromium']};
}

/**
 * How this process could install system packages: `{sudo: false}` as root,
 * `{sudo: true}` with passwordless sudo, undefined without apt-get or rights.
 */
export function installer(env = process.env, uid = process.getuid?.()) {
  if (!onPath('apt-get', env)) return undefined;
  if (uid === 0) return {sudo: false};
  if (!onPath('sudo', env)) return undefined;
  const probe = spawnSync('sudo', ['-n', 'true'], {env, stdio: 'ignore'});
  return probe.status === 0 ? {sudo: true} : undefined;
}

/**
 * What is missing for this run, with no side effects: the missing engines,
 * split into required and optional, and the packages that bring them.
 */
export function plan(env = process.env) {
  const {engines, required} = wantedEngines(env);
  const byEngine = missingPackages(engines, env);
  const missing = Object.keys(byEngine);
  return {
    required: missing.filter((engine) => required.includes(engine)),
    optional: missing.filter((engine) => !required.includes(engine)),
    packages: [...new Set(Object.values(byEngine).flat())],
    byEngine,
  };
}

function readFailed(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
}

function writeFailed(file, packages) {
  try {
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, `${JSON.stringify(packages)}\n`);
  } catch {
    // no node_modules yet (.ci/run before npm ci): nothing to remember
  }
}

function aptGet(args, {sudo}, env, stdio) {
  const [command, argv] = sudo
    ? ['sudo', ['-n', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]]
    : ['apt-get', args];
  const result = spawnSync(command, argv, {
    env: {...env, DEBIAN_FRONTEND: 'noninteractive'},
    stdio,
  });
  return result.status === 0;
}

/**
 * Installs the missing system browsers when `install` is set and this
 * machine allows it, then prints one line for whatever is still missing.
 * @param {object} [options]
 * @param {boolean} [options.install] install with apt-get (otherwise only say what to run)
 * @param {NodeJS.ProcessEnv} [options.env] PATH, CHROME_PATH, FIREFOX_PATH, DW_BROWSERS, DW_INSTALL_BROWSERS, ...
 * @param {number} [options.uid] the user id (0: root, no sudo)
 * @param {(line: string) => void} [options.log] progress, and the line for skipped engines
 * @param {(line: string) => void} [options.error] the line for missing required engines
 * @param {string} [options.failedFile] where failed optional packages are remembered
 * @param {'inherit' | 'ignore'} [options.aptOutput] apt-get's output
 * @returns {number} the exit code: 1 when a required engine is missing
 */
export function ensureSystemBrowsers({
  install = false,
  env = process.env,
  uid = process.getuid?.(),
  log = console.log,
  error = console.error,
  failedFile = FAILED_FILE,
  aptOutput = 'inherit',
} = {}) {
  let missing = plan(env);
  if (!missing.packages.length) return 0;
  const root = uid === 0;
  const apt = Boolean(onPath('apt-get', env));
  let reason;
  if (install && env.DW_INSTALL_BROWSERS !== '0') {
    const how = installer(env, uid);
    // Optional packages that failed before are not tried again; required ones always are.
    const failedBefore = readFailed(failedFile);
    const groups = [
      ...missing.required.map((engine) => missing.byEngine[engine]),
      ...missing.optional.map((engine) => missing.byEngine[engine].filter((p) => !failedBefore.includes(p))),
    ].filter((group) => group.length);
    const tryPackages = groups.flat();
    if (how && tryPackages.length) {
      log(`Installing the system browsers the tests need: ${tryPackages.join(' ')} (apt-get)`);
      const updated = aptGet(['update'], how, env, aptOutput);
      // One engine at a time: a package this distribution lacks (Ubuntu has no
      // firefox-esr) must not keep the others from being installed.
      let installed = updated;
      for (const group of updated ? groups : [])
        installed = aptGet(['install', '-y', ...group], how, env, aptOutput) && installed;
      missing = plan(env);
      if (!missing.packages.length) return 0;
      if (!installed) reason = updated ? 'apt-get install failed' : 'apt-get update failed';
      // A package apt-get could not install once the package lists were fresh is
      // most likely not in this distribution: remember it (a failed update is not remembered).
      if (updated)
        writeFailed(
          failedFile,
          missing.packages.filter((p) => tryPackages.includes(p) || failedBefore.includes(p))
        );
    } else if (how) {
      reason = 'apt-get install failed before';
    } else if (apt && !root) {
      reason = 'no passwordless sudo here';
    }
  }
  const line = missingLine({...missing, root, apt, reason});
  if (missing.required.length) {
    error(line);
    return 1;
  }
  log(line);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = ensureSystemBrowsers({install: process.argv.includes('--install')});
}
