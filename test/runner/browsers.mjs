// Finds the system browsers the tests drive. Tests never download a browser.
import {existsSync} from 'node:fs';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER = ['/usr/bin/WebKitWebDriver'];
const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const XVFB_RUN = ['/usr/bin/xvfb-run'];

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

const first = (paths) => paths.find((path) => path && existsSync(path));

/** Path of the system Chromium (CHROME_PATH wins), or undefined. */
export function findChromium() {
  return first([process.env.CHROME_PATH, ...CHROMIUM]);
}

/** Path of the system Firefox (FIREFOX_PATH wins), or undefined. */
export function findFirefox() {
  return first([process.env.FIREFOX_PATH, ...FIREFOX]);
}

/**
 * The WebKitGTK pieces: the driver, the browser it drives and, when there is
 * no display, xvfb-run to give it one. Undefined when any of them is missing.
 */
export function findWebKit() {
  const driver = first([process.env.WEBKIT_DRIVER_PATH, ...WEBKIT_DRIVER]);
  const browser = first([process.env.WEBKIT_BROWSER_PATH, ...MINIBROWSER]);
  const xvfbRun = first(XVFB_RUN);
  if (!driver || !browser) return undefined;
  if (!xvfbRun && !process.env.DISPLAY) return undefined;
  return {driver, browser, xvfbRun};
}

export const INSTALL_HINT =
  'No Chromium found: install it with `sudo apt-get install chromium` (or set CHROME_PATH to a Chromium/Chrome binary).';
export const FIREFOX_HINT =
  'Firefox skipped: install it with `sudo apt-get install firefox-esr` (or set FIREFOX_PATH).';
export const WEBKIT_HINT = 'WebKit skipped: install it with `sudo apt-get install webkit2gtk-driver xvfb`.';
