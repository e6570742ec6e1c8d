// Runs the tests in WebKit (the Safari engine) through Debian's WebKitGTK:
// starts `xvfb-run -a WebKitWebDriver --port=N` itself, waits until the
// driver answers, drives MiniBrowser through it with @web/test-runner-webdriver,
// and kills the driver, the X server and the browser when the run ends, also
// on a failure, Ctrl-C (SIGINT), SIGTERM or SIGHUP. It adds what the stock
// launcher lacks: keys typed one at a time, and a viewport size (for the
// visual tests, test/runner/visual.mjs).
import {spawn} from 'node:child_process';
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {WebdriverLauncher} from '@web/test-runner-webdriver';

const HOST = '127.0.0.1';

/** Key names as @web/test-runner-commands' sendKeys takes them (and puppeteer), as WebDriver code points. */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};
const START_TIMEOUT = 30_000;

/** Process groups of the drivers still running, killed however the run ends. */
const running = new Set();
let handlersInstalled = false;

function killGroup(pid, signal = 'SIGTERM') {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // Synchronous last resort: the runner exits through process.exit().
  process.on('exit', () => running.forEach((pid) => killGroup(pid)));
  // The runner handles SIGINT itself (it stops the browsers, then exits);
  // SIGTERM and SIGHUP would otherwise end Node without any cleanup.
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      running.forEach((pid) => killGroup(pid));
      process.exit(128 + (signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, child, output) {
  const deadline = Date.now() + START_TIMEOUT;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`WebKitWebDriver exited before it was ready:\n${output.join('')}`);
    }
    try {
      const response = await fetch(`http://${HOST}:${port}/status`);
      if (response.ok) {
        const {value} = await response.json();
        if (value?.ready !== false) return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `WebKitWebDriver did not answer on port ${port} within ${START_TIMEOUT / 1000} s:\n${output.join('')}`
  );
}

/** Writes a GTK settings.ini (e.g. gtk-enable-animations=false) into a fresh XDG_CONFIG_HOME. */
function gtkConfigHome(settings) {
  const dir = mkdtempSync(join(tmpdir(), 'dw-webkit-'));
  mkdirSync(join(dir, 'gtk-3.0'));
  const lines = Object.entries(settings).map(([key, value]) => `${key}=${value}`);
  writeFileSync(join(dir, 'gtk-3.0', 'settings.ini'), `[Settings]\n${lines.join('\n')}\n`);
  return dir;
}

class WebKitLauncher extends WebdriverLauncher {
  constructor({webkit, label, gtkSettings, browserArgs = []}) {
    super({
      hostname: HOST,
      port: 0, // set once the driver is up
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 asks for a BiDi session by default; WebKitGTK's is incomplete.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: webkit.browser, args: ['--automation', ...browserArgs]},
      },
    });
    this.webkit = webkit;
    this.label = label;
    this.gtkSettings = gtkSettings;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = this.label;
    await this.startDriver();
  }

  async startDriver() {
    installExitHandlers();
    const port = await freePort();
    // Paint with Skia on the CPU (WebKitGTK 2.46 and later): under Xvfb the GPU
    // path is Mesa's software GL, whose anti-aliasing of text and SVG edges
    // changes from run to run; on the CPU the same page gives the same pixels,
    // which the visual tests' screenshots need (test/visual/).
    const env = {WEBKIT_SKIA_ENABLE_CPU_RENDERING: '1', ...process.env};
    if (this.gtkSettings) {
      this.configHome = gtkConfigHome(this.gtkSettings);
      env.XDG_CONFIG_HOME = this.configHome;
    }
    const [command, args] = this.webkit.xvfbRun
      ? [this.webkit.xvfbRun, ['-a', this.webkit.driver, `--port=${port}`]]
      : [this.webkit.driver, [`--port=${port}`]];
    // Its own process group, so one kill reaches xvfb-run, Xvfb, the driver,
    // MiniBrowser and WebKit's web and network processes.
    const child = spawn(command, args, {env, detached: true, stdio: ['ignore', 'pipe', 'pipe']});
    const output = [];
    const keep = (chunk) => output.length < 200 && output.push(String(chunk));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    this.driverProcess = child;
    running.add(child.pid);
    child.once('exit', () => running.delete(child.pid));
    try {
      await waitForDriver(port, child, output);
    } catch (error) {
      await this.stopDriver();
      throw error;
    }
    this.options.port = port;
  }

  async stopDriver() {
    const child = this.driverProcess;
    this.driverProcess = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      // xvfb-run exits first; make sure nothing of the group is left.
      killGroup(child.pid, 'SIGKILL');
    }
    if (child) running.delete(child.pid);
    if (this.configHome) rmSync(this.configHome, {recursive: true, force: true});
  }

  /**
   * sendKeys({type}) and ({press}) one key after another. The stock launcher
   * uses webdriverio's keys(), which holds every key of the string down at once
   * and releases them together; WebKitGTK then inserts a repeated Space only
   * once ("Can I visit" became "Can Ivisit").
   */
  sendKeys(sessionId, keys) {
    if (!this.driverManager) throw new Error('Not initialized');
    const actions = keys.flatMap((key) => {
      const value = WEBDRIVER_KEYS[key] ?? key;
      return [
        {type: 'keyDown', value},
        {type: 'keyUp', value},
      ];
    });
    return this.driverManager.performActions(sessionId, [{type: 'key', id: 'keyboard', actions}]);
  }

  /**
   * Sizes the window so that the page's viewport (innerWidth × innerHeight)
   * is `width` × `height` CSS pixels, as puppeteer's page.setViewport() does
   * in Chromium and Firefox (the stock launcher has none); `null` puts back the
   * size the window had before. The window is larger than its viewport by
   * MiniBrowser's toolbar, measured, and at least 447 px wide (the toolbar's
   * width): narrower viewports are refused.
   */
  async setViewport(_sessionId, size) {
    if (!this.driver) throw new Error('Not initialized');
    this.originalWindow ??= await this.driver.getWindowRect();
    if (!size) {
      const {width, height} = this.originalWindow;
      await this.driver.setWindowRect(null, null, width, height);
      return;
    }
    const {width, height} = size;
    const viewport = () => this.driver.execute('return [window.innerWidth, window.innerHeight];');
    let [innerWidth, innerHeight] = await viewport();
    for (let attempt = 0; attempt < 3 && (innerWidth !== width || innerHeight !== height); attempt++) {
      // MiniBrowser's toolbar, measured while the window is at rest.
      if (!this.windowFrame || attempt > 0) {
        const {width: outerWidth, height: outerHeight} = await this.driver.getWindowRect();
        this.windowFrame = {width: outerWidth - innerWidth, height: outerHeight - innerHeight};
      }
      await this.driver.setWindowRect(
        null,
        null,
        width + this.windowFrame.width,
        height + this.windowFrame.height
      );
      // GTK resizes the window after the command has returned: wait until the page sees it.
      for (let i = 0; i < 40; i++) {
        [innerWidth, innerHeight] = await viewport();
        if (innerWidth === width && innerHeight === height) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
    if (innerWidth !== width || innerHeight !== height) {
      throw new Error(
        `WebKit: could not size the viewport to ${width}×${height} (it is ${innerWidth}×${innerHeight})`
      );
    }
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      await this.stopDriver();
    }
  }
}

/**
 * A @web/test-runner browser launcher for WebKitGTK.
 * @param {object} options
 * @param {{driver: string, browser: string, xvfbRun?: string}} options.webkit from findWebKit()
 * @param {string} [options.label] the name the runner prints
 * @param {Record<string, string|number|boolean>} [options.gtkSettings] GTK settings for the
 *   browser, e.g. `{'gtk-enable-animations': false}` for prefers-reduced-motion: reduce
 */
export function webkitLauncher({webkit, label = 'WebKit', gtkSettings, browserArgs} = {}) {
  if (!webkit) throw new Error('webkitLauncher needs the paths from findWebKit()');
  return new WebKitLauncher({webkit, label, gtkSettings, browserArgs});
}
