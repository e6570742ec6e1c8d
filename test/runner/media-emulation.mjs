// One `emulate-media` command for every engine the tests run in
// (test/media.ts calls it as 'dw-emulate-media'):
//   Chromium  the Chrome DevTools Protocol's Emulation.setEmulatedMedia; forced-colors: active
//             also forces the colours, as the visual tests' pictures show
//   Firefox   WebDriver BiDi has no media emulation, so the command sets the
//             prefs that decide the media features (ui.prefersReducedMotion,
//             browser.display.document_color_use, ...) at run time, by running
//             script in the browser's chrome context. That needs Firefox started
//             with -remote-allow-system-access (firefoxLauncher() does it).
//   WebKit    answers {supported: false} and the tests skip. prefers-reduced-motion
//             follows the GTK setting gtk-enable-animations: set at launch
//             (webkitLauncher({gtkSettings: {'gtk-enable-animations': false}}))
//             it holds for every page. Changed at run time over XSETTINGS
//             (xsettingsd, Gtk/EnableAnimations) matchMedia() and its change
//             event follow, but WebKitGTK 2.50 does not re-apply @media rules
//             to a page already loaded, so CSS checks cannot flip mid-test.
//             forced-colors parses but never matches `active` in WebKitGTK.

const FIREFOX_PREFS = {
  reducedMotion: {pref: 'ui.prefersReducedMotion', values: {reduce: 1, 'no-preference': 0}},
  forcedColors: {pref: 'browser.display.document_color_use', values: {active: 2, none: 0}},
  // 0 dark, 1 light, 2 follow the browser theme
  colorScheme: {pref: 'layout.css.prefers-color-scheme.content-override', values: {dark: 0, light: 1}},
};

const chromeContexts = new WeakMap();

async function firefoxChromeContext(browser) {
  if (!chromeContexts.has(browser)) {
    chromeContexts.set(
      browser,
      browser.connection
        .send('browsingContext.getTree', {'moz:scope': 'chrome'})
        .then(({result}) => result.contexts[0].context)
    );
  }
  return chromeContexts.get(browser);
}

const QUERIES = {
  reducedMotion: (value) => `(prefers-reduced-motion: ${value})`,
  forcedColors: (value) => `(forced-colors: ${value})`,
  colorScheme: (value) => `(prefers-color-scheme: ${value})`,
};

/**
 * Prefs change in Firefox's parent process and reach the page's content
 * process a little later: wait until the page sees every requested value.
 */
async function waitForMedia(page, media, timeout = 5000) {
  const queries = Object.entries(media)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([feature, value]) => QUERIES[feature](value));
  const deadline = Date.now() + timeout;
  for (;;) {
    const matches = await page.evaluate((list) => list.every((q) => matchMedia(q).matches), queries);
    if (matches) return;
    if (Date.now() > deadline)
      throw new Error(`Firefox did not apply ${queries.join(' and ')} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function emulateInFirefox(page, media) {
  const browser = page.browser();
  const statements = [];
  for (const [feature, value] of Object.entries(media)) {
    const known = FIREFOX_PREFS[feature];
    if (!known) throw new Error(`Cannot emulate ${feature} in Firefox`);
    if (value === null || value === undefined) {
      statements.push(`Services.prefs.clearUserPref(${JSON.stringify(known.pref)});`);
    } else if (value in known.values) {
      statements.push(`Services.prefs.setIntPref(${JSON.stringify(known.pref)}, ${known.values[value]});`);
    } else {
      throw new Error(`Cannot emulate ${feature}: ${value} in Firefox`);
    }
  }
  const context = await firefoxChromeContext(browser);
  const {result} = await browser.connection.send('script.evaluate', {
    expression: `${statements.join('\n')} 'ok'`,
    target: {context},
    awaitPromise: false,
  });
  if (result.type !== 'success') {
    throw new Error(
      `Firefox media emulation failed: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`
    );
  }
  await waitForMedia(page, media);
}

/** Per page: a CDP session of its own, and the features emulated so far. */
const chromiumPages = new WeakMap();

/**
 * Emulation.setEmulatedMedia replaces every emulated feature at once: the
 * features set by earlier calls are kept and sent again, so that e.g. reduced
 * motion stays on when forced colours are switched on. Sent over CDP directly:
 * puppeteer's page.emulateMediaFeatures() refuses forced-colors.
 */
async function emulateInChromium(page, media) {
  const names = {
    reducedMotion: 'prefers-reduced-motion',
    forcedColors: 'forced-colors',
    colorScheme: 'prefers-color-scheme',
  };
  if (!chromiumPages.has(page)) {
    chromiumPages.set(page, {session: page.createCDPSession(), features: new Map()});
  }
  const state = chromiumPages.get(page);
  for (const [feature, value] of Object.entries(media)) {
    if (!names[feature]) throw new Error(`Cannot emulate ${feature}`);
    if (value === null || value === undefined) state.features.delete(names[feature]);
    else state.features.set(names[feature], value);
  }
  const features = [...state.features].map(([name, value]) => ({name, value}));
  await (await state.session).send('Emulation.setEmulatedMedia', {features});
}

export function mediaEmulationPlugin() {
  return {
    name: 'dw-emulate-media',
    async executeCommand({command, payload, session}) {
      if (command !== 'dw-emulate-media') return undefined;
      const media = payload ?? {};
      if (session.browser.type === 'puppeteer') {
        const page = session.browser.getPage(session.id);
        const browser = page.browser();
        // Only puppeteer's BiDi browser has `cdpSupported` (false for Firefox);
        // the CDP one (Chromium) leaves it undefined.
        if (browser.cdpSupported === false) await emulateInFirefox(page, media);
        else await emulateInChromium(page, media);
        return {supported: true};
      }
      return {supported: false};
    },
  };
}
