// Finds the system browsers the tests drive, and names the system packages
// that bring the missing ones. Tests never download a browser.
// system-browsers.mjs installs the packages; web-test-runner.config.mjs,
// scripts/pack-check.mjs and bench/run.mjs use the paths found here.
import {accessSync, constants, existsSync, statSync} from 'node:fs';
import {delimiter, join} from 'node:path';

const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/** The engines the tests run in, in the order the runner starts them. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The name each engine has in messages and in the runner's output. */
export const ENGINE_NAMES = {chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit'};

/** The variable that points the tests at a binary of one's own, per engine. */
export const ENGINE_OVERRIDES = {chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH'};

/**
 * Debian/Ubuntu packages per engine. WebKit is Debian's WebKitGTK: the driver
 * package brings WebKitWebDriver and MiniBrowser; xvfb gives MiniBrowser,
 * which has no headless mode, a display.
 */
export const PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

/**
 * Flags for the system Chromium when a script drives it headless: the test
 * runner, the package check and the benchmarks. --no-sandbox because CI runs
 * as root in a container; the rest keeps the browser from reaching out to
 * the network or updating itself while it is measured or tested.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first of the commands found on env.PATH, as a path, or undefined. */
export function onPath(commands, env = process.env) {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const command of [commands].flat()) {
    for (const dir of dirs) {
      const file = join(dir, command);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

/** The override when it names an existing file (otherwise it is ignored, as a stale setting). */
const override = (path) => (path && existsSync(path) ? path : undefined);

/** Path of the system Chromium (CHROME_PATH wins), or undefined. */
export function findChromium(env = process.env) {
  return override(env.CHROME_PATH) ?? onPath(['chromium', 'chromium-browser', 'google-chrome'], env);
}

/** Path of the system Firefox (FIREFOX_PATH wins), or undefined. */
export function findFirefox(env = process.env) {
  return override(env.FIREFOX_PATH) ?? onPath(['firefox-esr', 'firefox'], env);
}

/** Path of WebKitWebDriver (WEBKIT_DRIVER_PATH wins), or undefined. */
export function findWebKitDriver(env = process.env) {
  return override(env.WEBKIT_DRIVER_PATH) ?? onPath('WebKitWebDriver', env);
}

/**
 * The WebKitGTK pieces: the driver, the browser it drives and, when there is
 * no display, xvfb-run to give it one. Undefined when any of them is missing.
 */
export function findWebKit(env = process.env) {
  const driver = findWebKitDriver(env);
  const browser = [env.WEBKIT_BROWSER_PATH, ...MINIBROWSER].find((path) => path && existsSync(path));
  const xvfbRun = onPath('xvfb-run', env);
  if (!driver || !browser) return undefined;
  if (!xvfbRun && !env.DISPLAY) return undefined;
  return {driver, browser, xvfbRun};
}

/**
 * The system packages that would bring each engine that cannot run, e.g.
 * `{firefox: ['firefox-esr'], webkit: ['xvfb']}`; an engine that runs (or
 * that CHROME_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH points at) is left out.
 * @param {string[]} [engines]
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Record<string, string[]>}
 */
export function missingPackages(engines = ENGINES, env = process.env) {
  const missing = {};
  if (engines.includes('chromium') && !findChromium(env)) missing.chromium = PACKAGES.chromium;
  if (engines.includes('firefox') && !findFirefox(env)) missing.firefox = PACKAGES.firefox;
  if (engines.includes('webkit') && !findWebKit(env)) {
    const packages = [];
    if (!findWebKitDriver(env)) packages.push('webkit2gtk-driver');
    if (!onPath('xvfb-run', env) && !env.DISPLAY) packages.push('xvfb');
    // Only MiniBrowser is missing: it comes with the driver package.
    missing.webkit = packages.length ? packages : ['webkit2gtk-driver'];
  }
  return missing;
}

/** `sudo apt-get install -y …` (no sudo for root), the command a person runs. */
export function installCommand(packages, {root = process.getuid?.() === 0} = {}) {
  return `${root ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`;
}

const list = (names) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * The one line that says what is missing and the exact command that installs
 * it. `required` engines stop the run; `optional` ones are skipped.
 * @param {object} options
 * @param {string[]} [options.required] missing engines the run needs
 * @param {string[]} [options.optional] missing engines the run skips
 * @param {string[]} options.packages what installs all of them
 * @param {boolean} [options.root] running as root (no sudo in the command)
 * @param {boolean} [options.apt] apt-get is there (otherwise the command is only an example)
 * @param {string} [options.reason] why they were not installed here, e.g. "apt-get install failed"
 */
export function missingLine({required = [], optional = [], packages, root, apt = true, reason}) {
  const command = `\`${installCommand(packages, {root})}\``;
  const names = (engines) => list(engines.map((engine) => ENGINE_NAMES[engine]));
  const them = (engines) => (engines.length > 1 ? 'them' : 'it');
  const overrides = (engines) => list(engines.map((engine) => ENGINE_OVERRIDES[engine]).filter(Boolean));
  const or = (engines) => (overrides(engines) ? ` (or set ${overrides(engines)})` : '');
  const orSet = (engines) => (overrides(engines) ? ` or set ${overrides(engines)}` : '');
  const why = reason ? ` (${reason})` : '';
  if (required.length) {
    return apt
      ? `The tests need ${names(required)}, not installed${why}: run ${command}${or(required)}, then run the tests again.`
      : `The tests need ${names(required)}, not installed${why}: install ${them(required)}${orSet(required)} (on Debian/Ubuntu: ${command}).`;
  }
  return apt
    ? `${names(optional)} skipped, not installed${why}: run ${command}${or(optional)} to test in ${them(optional)} too.`
    : `${names(optional)} skipped, not installed${why}: install ${them(optional)}${orSet(optional)} to test in ${them(optional)} too (on Debian/Ubuntu: ${command}).`;
}

/** For scripts that need Chromium only (the package check). */
export const INSTALL_HINT = missingLine({required: ['chromium'], packages: PACKAGES.chromium});
