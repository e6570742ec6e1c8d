import {mkdirSync, writeFileSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import {findChromium, findFirefox, INSTALL_HINT} from './scripts/browsers.mjs';
import {cspMiddleware} from './test/server/csp.mjs';
import {builtBundlePlugin} from './test/server/built-bundle.mjs';
import {inquiryEndpoint} from './test/server/inquiry-endpoint.mjs';
import {i18nPreviewPlugin} from './scripts/i18n/preview-plugin.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

/**
 * Counts passed and failed tests over every browser and file, prints
 * "N passed, N failed" as the last line and keeps it in
 * test-results/summary.txt for .ci/run.
 */
function totalsReporter() {
  return {
    onTestRunFinished({sessions}) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load counts as a failure, not as zero tests.
        if (!session.testResults || session.errors.length > 0) failed += session.errors.length || 1;
      }
      const line = `${passed} passed, ${failed} failed`;
      mkdirSync('test-results', {recursive: true});
      writeFileSync('test-results/summary.txt', `${line}\n`);
      queueMicrotask(() => console.log(line));
    },
  };
}

const browsers = [
  chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // gc() for the memory check of test/contract/ (counts collected instances).
        '--js-flags=--expose-gc',
      ],
    },
  }),
];

// `npm run test:firefox` (or DW_FIREFOX=1) adds the system Firefox ESR,
// driven over WebDriver BiDi by puppeteer-core.
if (process.env.DW_FIREFOX) {
  const firefox = findFirefox();
  if (!firefox) {
    console.error(
      'No Firefox found: install it with `sudo apt-get install firefox-esr` (or set FIREFOX_PATH).'
    );
    process.exit(1);
  }
}
const firefoxGroup = process.env.DW_FIREFOX && {
  name: 'firefox',
  // Media emulation needs CDP, which Firefox does not speak.
  files: ['test/**/*.test.ts', '!test/**/*.media.test.ts'],
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {browser: 'firefox', executablePath: findFirefox(), headless: true},
    }),
  ],
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One file at a time: headless Chromium hides every tab but the front one,
  // and a hidden page never runs requestAnimationFrame (fixture() waits on it).
  concurrency: 1,
  plugins: [
    builtBundlePlugin(),
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}),
    // The translation preview's modules, from locales/ or the test fixtures (test/i18n/preview.test.ts).
    i18nPreviewPlugin({dirs: ['locales', 'test/fixtures/i18n']}),
  ],
  middleware: [cspMiddleware, inquiryEndpoint],
  browsers,
  groups: firefoxGroup ? [firefoxGroup] : [],
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), summaryReporter({flatten: false}), totalsReporter()],
};
