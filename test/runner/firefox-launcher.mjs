// Runs the tests in the system Firefox (ESR) over WebDriver BiDi with puppeteer-core.
import {chromeLauncher} from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';

/**
 * @param {object} options
 * @param {string} options.executablePath from findFirefox()
 * @param {Record<string, unknown>} [options.prefs] extra about:config prefs set at launch
 */
export function firefoxLauncher({executablePath, prefs = {}}) {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      // Lets media-emulation.mjs set media prefs at run time (chrome-context script).
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: prefs,
    },
  });
}
