// Finds the system browsers the tests drive. Tests never download a browser.
import {existsSync} from 'node:fs';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Path of the system Chromium (CHROME_PATH wins), or undefined. */
export function findChromium() {
  return [process.env.CHROME_PATH, ...CHROMIUM].find((path) => path && existsSync(path));
}

/** Path of the system Firefox (FIREFOX_PATH wins), or undefined. */
export function findFirefox() {
  return [process.env.FIREFOX_PATH, ...FIREFOX].find((path) => path && existsSync(path));
}

export const INSTALL_HINT =
  'No Chromium found: install it with `sudo apt-get install chromium` (or set CHROME_PATH to a Chromium/Chrome binary).';
