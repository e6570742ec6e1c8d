import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {
  CHROMIUM_ARGS,
  ENGINES,
  findChromium,
  findFirefox,
  findWebKit,
  missingLine,
  missingPackages,
} from './test/runner/browsers.mjs';
import {firefoxLauncher} from './test/runner/firefox-launcher.mjs';
import {webkitLauncher} from './test/runner/webkit-launcher.mjs';
import {mediaEmulationPlugin} from './test/runner/media-emulation.mjs';
import {totalsReporter} from './test/runner/summary.mjs';
import {networkIdle, visualPlugins} from './test/runner/visual.mjs';
import {cspMiddleware} from './test/server/csp.mjs';
import {builtBundleFaults, builtBundlePlugin} from './test/server/built-bundle.mjs';
import {inquiryEndpoint} from './test/server/inquiry-endpoint.mjs';
import {secondOriginPlugin} from './test/server/second-origin.mjs';
import {embedDistPlugin} from './test/server/embed.mjs';
import {elementOptionsDevPlugin} from './build/element-options.mjs';
import {prerenderedPlugin} from './test/server/prerendered.mjs';
import {i18nPreviewPlugin} from './scripts/i18n/preview-plugin.mjs';

// DW_BROWSERS=chromium,firefox,webkit (any of them) picks the engines; by
// default Chromium always, and Firefox and WebKit when they are installed.
// `npm test` installs missing ones first where it can (test/runner/system-browsers.mjs).
const requested = process.env.DW_BROWSERS?.split(',').map((name) => name.trim().toLowerCase());
for (const name of requested ?? []) {
  if (!ENGINES.includes(name)) {
    console.error(`DW_BROWSERS: unknown engine "${name}" (known: ${ENGINES.join(', ')})`);
    process.exit(1);
  }
}
const wanted = (engine) => (requested ? requested.includes(engine) : true);

const browsers = [];
/** Engines that are wanted but not installed: requested ones stop the run, the others are skipped. */
const missing = [];

if (wanted('chromium')) {
  const executablePath = findChromium();
  if (!executablePath) missing.push('chromium');
  else {
    browsers.push(
      chromeLauncher({
        launchOptions: {
          executablePath,
          headless: true,
          args: [
            ...CHROMIUM_ARGS,
            // gc() for the memory check of test/contract/ (counts collected instances).
            '--js-flags=--expose-gc',
          ],
        },
      })
    );
  }
}

if (wanted('firefox')) {
  const executablePath = findFirefox();
  if (executablePath) browsers.push(firefoxLauncher({executablePath}));
  else missing.push('firefox');
}

if (wanted('webkit')) {
  const webkit = findWebKit();
  if (webkit) browsers.push(webkitLauncher({webkit}));
  else missing.push('webkit');
}

if (missing.length) {
  const required = missing.filter((engine) => engine === 'chromium' || requested);
  const line = missingLine({
    required,
    optional: missing.filter((engine) => !required.includes(engine)),
    packages: Object.values(missingPackages(missing)).flat(),
  });
  if (required.length) {
    console.error(line);
    process.exit(1);
  }
  console.log(line);
}

// The visual tests' screenshots and references (test/visual/, test/runner/visual.mjs).
const network = networkIdle();

export default {
  files: ['test/**/*.test.ts', '!test/apps/**'],
  nodeResolve: true,
  // One file at a time per browser: headless Chromium (and Firefox) hide every
  // tab but the front one, and a hidden page never runs requestAnimationFrame
  // (fixture() waits on it). The WebDriver launcher (WebKit) also reads it: at 1
  // it navigates its one window from file to file; above 1 it runs the files in
  // iframes of one page, where focus and keyboard tests cannot work.
  concurrency: 1,
  // One engine at a time on a 2-core machine: three browsers at once slow
  // each other down into timeouts.
  // The first page of a browser can take over 30 s (the default) on a busy 2-core machine.
  browserStartTimeout: 60000,
  concurrentBrowsers: Number(process.env.DW_CONCURRENT_BROWSERS ?? 1),
  plugins: [
    mediaEmulationPlugin(),
    ...visualPlugins(),
    network.plugin,
    builtBundlePlugin(),
    // The build on another origin, hosted as docs/hosting.md says (test/integration/second-origin.test.ts).
    secondOriginPlugin(),
    // dist/ with the iframe embed and the builder (test/embed/); the builder's options module from src/.
    embedDistPlugin(),
    elementOptionsDevPlugin(),
    // npm run prerender's fragments, made from the current source (test/integration/prerender.test.ts).
    prerenderedPlugin(),
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}),
    // The translation preview's modules, from locales/ or the test fixtures (test/i18n/preview.test.ts).
    i18nPreviewPlugin({dirs: ['locales', 'test/fixtures/i18n']}),
  ],
  middleware: [network.middleware, cspMiddleware, inquiryEndpoint, builtBundleFaults],
  browsers,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), summaryReporter({flatten: false}), totalsReporter()],
};
