// test/runner/browsers.mjs and system-browsers.mjs: which system packages a
// machine lacks for the browser tests, the one line that says what to run,
// and the install `npm test` and .ci/run do with apt-get. Every "machine" is a
// temporary directory as PATH, with or without executables of the right names;
// apt-get and sudo are such executables too (shell scripts that log their
// arguments and "install" a package by creating its executable).
import assert from 'node:assert/strict';
import {chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {findChromium, installCommand, missingLine, missingPackages} from '../runner/browsers.mjs';
import {ensureSystemBrowsers, installer, plan} from '../runner/system-browsers.mjs';

const dirs = [];
after(() => dirs.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'dw-browsers-test-'));
  dirs.push(dir);
  return dir;
}

function executable(dir, name, script = 'exit 0') {
  const file = join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
  return file;
}

/** A machine: a PATH holding executables of these names, and nothing else of the environment. */
function machine(commands = [], extra = {}) {
  const bin = tempDir();
  for (const command of commands) executable(bin, command);
  return {bin, env: {PATH: bin, ...extra}};
}

const EVERYTHING = ['chromium', 'firefox-esr', 'WebKitWebDriver', 'xvfb-run'];
/** WebKit also needs MiniBrowser, which is not on PATH: point at a fake one. */
const miniBrowser = () => ({WEBKIT_BROWSER_PATH: executable(tempDir(), 'MiniBrowser')});

/** Runs ensureSystemBrowsers() and keeps what it printed. */
function ensure(options) {
  const out = [];
  const err = [];
  const code = ensureSystemBrowsers({
    log: (line) => out.push(line),
    error: (line) => err.push(line),
    failedFile: join(tempDir(), 'apt-failed.json'),
    aptOutput: 'ignore',
    ...options,
  });
  return {code, out, err};
}

describe('missingPackages', () => {
  it('names every package on a machine without browsers', () => {
    assert.deepEqual(missingPackages(undefined, machine().env), {
      chromium: ['chromium'],
      firefox: ['firefox-esr'],
      webkit: ['webkit2gtk-driver', 'xvfb'],
    });
  });

  it('names none when every browser is on PATH', () => {
    assert.deepEqual(missingPackages(undefined, machine(EVERYTHING, miniBrowser()).env), {});
  });

  it('names only what is missing, and only for the engines asked about', () => {
    const {env} = machine(['chromium', 'WebKitWebDriver'], miniBrowser());
    assert.deepEqual(missingPackages(undefined, env), {firefox: ['firefox-esr'], webkit: ['xvfb']});
    assert.deepEqual(missingPackages(['chromium', 'webkit'], env), {webkit: ['xvfb']});
  });

  it('needs no xvfb when there is a display', () => {
    const {env} = machine(['chromium', 'firefox-esr', 'WebKitWebDriver'], {...miniBrowser(), DISPLAY: ':0'});
    assert.deepEqual(missingPackages(undefined, env), {});
  });

  it('takes CHROME_PATH and FIREFOX_PATH instead of PATH, and ignores them when they name no file', () => {
    const own = tempDir();
    const {env} = machine([], {
      CHROME_PATH: executable(own, 'my-chrome'),
      FIREFOX_PATH: executable(own, 'my-firefox'),
    });
    assert.equal(findChromium(env), env.CHROME_PATH);
    assert.deepEqual(Object.keys(missingPackages(undefined, env)), ['webkit']);

    const stale = machine(['chromium'], {CHROME_PATH: join(own, 'gone'), FIREFOX_PATH: join(own, 'gone')});
    assert.equal(findChromium(stale.env), join(stale.bin, 'chromium'));
    assert.deepEqual(Object.keys(missingPackages(undefined, stale.env)), ['firefox', 'webkit']);
  });

  it('does not count a file that cannot be run', () => {
    const {bin, env} = machine();
    writeFileSync(join(bin, 'chromium'), 'not a program');
    assert.deepEqual(missingPackages(['chromium'], env), {chromium: ['chromium']});
  });
});

describe('plan', () => {
  it('requires Chromium and skips Firefox and WebKit by default', () => {
    const {env} = machine();
    assert.deepEqual(plan(env).required, ['chromium']);
    assert.deepEqual(plan(env).optional, ['firefox', 'webkit']);
    assert.deepEqual(plan(env).packages, ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb']);
  });

  it('requires exactly the engines DW_BROWSERS names, and nothing else', () => {
    const {env} = machine([], {DW_BROWSERS: 'chromium, WebKit'});
    assert.deepEqual(plan(env), {
      required: ['chromium', 'webkit'],
      optional: [],
      packages: ['chromium', 'webkit2gtk-driver', 'xvfb'],
      byEngine: {chromium: ['chromium'], webkit: ['webkit2gtk-driver', 'xvfb']},
    });
  });
});

describe('the line that says what to run', () => {
  it('gives the exact command, with sudo unless root', () => {
    assert.equal(
      installCommand(['chromium', 'xvfb'], {root: false}),
      'sudo apt-get install -y chromium xvfb'
    );
    assert.equal(installCommand(['chromium'], {root: true}), 'apt-get install -y chromium');
  });

  it('names the required engine, every missing package and the override', () => {
    const line = missingLine({
      required: ['chromium'],
      optional: ['firefox', 'webkit'],
      packages: ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb'],
      root: false,
    });
    assert.equal(
      line,
      'The tests need Chromium, not installed: run `sudo apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb` (or set CHROME_PATH), then run the tests again.'
    );
  });

  it('says which engines are skipped and how to test in them', () => {
    const line = missingLine({
      optional: ['firefox', 'webkit'],
      packages: ['firefox-esr', 'webkit2gtk-driver', 'xvfb'],
      root: true,
      reason: 'apt-get install failed',
    });
    assert.equal(
      line,
      'Firefox and WebKit skipped, not installed (apt-get install failed): run `apt-get install -y firefox-esr webkit2gtk-driver xvfb` (or set FIREFOX_PATH) to test in them too.'
    );
  });
});

describe('ensureSystemBrowsers', () => {
  it('says nothing and passes when every browser is there', () => {
    assert.deepEqual(ensure({install: true, env: machine(EVERYTHING, miniBrowser()).env}), {
      code: 0,
      out: [],
      err: [],
    });
  });

  it('fails with one line without Chromium where it cannot install (no apt-get)', () => {
    const {code, out, err} = ensure({install: true, env: machine().env, uid: 1000});
    assert.equal(code, 1);
    assert.deepEqual(out, []);
    assert.equal(err.length, 1);
    assert.doesNotMatch(err[0], /\n/);
    assert.match(
      err[0],
      /^The tests need Chromium, not installed: install it or set CHROME_PATH \(on Debian\/Ubuntu: /
    );
    assert.match(err[0], /`sudo apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb`/);
  });

  it('passes with one line when only Firefox and WebKit are missing', () => {
    const {code, out, err} = ensure({install: true, env: machine(['chromium']).env, uid: 1000});
    assert.equal(code, 0);
    assert.deepEqual(err, []);
    assert.equal(out.length, 1);
    assert.match(out[0], /^Firefox and WebKit skipped, not installed/);
  });

  it('gives the sudo command when there is apt-get but no passwordless sudo', () => {
    const {env} = machine(['apt-get', 'chromium']);
    executable(env.PATH, 'sudo', 'exit 1');
    const {code, out} = ensure({install: true, env, uid: 1000});
    assert.equal(code, 0);
    assert.deepEqual(out, [
      'Firefox and WebKit skipped, not installed (no passwordless sudo here): run `sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb` (or set FIREFOX_PATH) to test in them too.',
    ]);
  });

  it('installs nothing without --install or with DW_INSTALL_BROWSERS=0', () => {
    for (const options of [{}, {install: true, env: {DW_INSTALL_BROWSERS: '0'}}]) {
      const {bin, env} = machine();
      const apt = fakeApt(bin);
      const {code} = ensure({...options, env: {...env, ...options.env}, uid: 0});
      assert.equal(code, 1);
      assert.equal(existsSync(apt.log), false);
    }
  });
});

describe('installer', () => {
  it('is apt-get as root, through sudo with passwordless sudo, and nothing otherwise', () => {
    assert.equal(installer(machine(['sudo']).env, 0), undefined);
    assert.deepEqual(installer(machine(['apt-get']).env, 0), {sudo: false});
    assert.equal(installer(machine(['apt-get']).env, 1000), undefined);
    const withSudo = machine(['apt-get']);
    executable(withSudo.bin, 'sudo', 'exit 1');
    assert.equal(installer(withSudo.env, 1000), undefined);
    executable(withSudo.bin, 'sudo', '[ "$1" = -n ] && exit 0; exit 1');
    assert.deepEqual(installer(withSudo.env, 1000), {sudo: true});
  });
});

/**
 * A fake apt-get in `bin`: logs each call, and `install` creates the
 * executables a package brings (failing for the packages in `unknown`).
 */
function fakeApt(bin, {unknown = []} = {}) {
  const log = join(tempDir(), 'apt.log');
  const brings = {chromium: 'chromium', 'firefox-esr': 'firefox-esr', 'webkit2gtk-driver': 'WebKitWebDriver'};
  brings.xvfb = 'xvfb-run';
  const cases = Object.entries(brings)
    .map(([pkg, command]) =>
      unknown.includes(pkg)
        ? `    ${pkg}) echo "E: Unable to locate package ${pkg}" >&2; exit 100 ;;`
        : `    ${pkg}) printf '#!/bin/sh\\nexit 0\\n' > "${bin}/${command}"; /bin/chmod 755 "${bin}/${command}" ;;`
    )
    .join('\n');
  executable(
    bin,
    'apt-get',
    `echo "DEBIAN_FRONTEND=$DEBIAN_FRONTEND $*" >> "${log}"
[ "$1" = install ] || exit 0
shift; [ "$1" = -y ] && shift
for pkg in "$@"; do
  case "$pkg" in
${cases}
  esac
done`
  );
  return {log, calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [])};
}

describe('installing', () => {
  it('runs apt-get update, then installs each missing engine, and passes', () => {
    const {bin, env} = machine(['chromium'], miniBrowser());
    const apt = fakeApt(bin);
    const {code, out, err} = ensure({install: true, env, uid: 0});
    assert.deepEqual(apt.calls(), [
      'DEBIAN_FRONTEND=noninteractive update',
      'DEBIAN_FRONTEND=noninteractive install -y firefox-esr',
      'DEBIAN_FRONTEND=noninteractive install -y webkit2gtk-driver xvfb',
    ]);
    assert.deepEqual({code, err}, {code: 0, err: []});
    assert.deepEqual(out, [
      'Installing the system browsers the tests need: firefox-esr webkit2gtk-driver xvfb (apt-get)',
    ]);
    assert.deepEqual(missingPackages(undefined, env), {});
  });

  it('goes through sudo -n when not root but sudo needs no password', () => {
    const {bin, env} = machine(['chromium', 'firefox-esr'], miniBrowser());
    executable(
      bin,
      'sudo',
      '[ "$1" = -n ] || exit 1; shift; [ "$1" = true ] && exit 0; exec /usr/bin/env "$@"'
    );
    const apt = fakeApt(bin);
    assert.equal(ensure({install: true, env, uid: 1000}).code, 0);
    assert.deepEqual(apt.calls(), [
      'DEBIAN_FRONTEND=noninteractive update',
      'DEBIAN_FRONTEND=noninteractive install -y webkit2gtk-driver xvfb',
    ]);
  });

  it('installs the others when one package is not in the distribution, and does not try it again', () => {
    const {bin, env} = machine([], miniBrowser());
    const apt = fakeApt(bin, {unknown: ['firefox-esr']});
    const failedFile = join(tempDir(), 'apt-failed.json');
    const first = ensure({install: true, env, uid: 0, failedFile});
    assert.equal(first.code, 0);
    assert.deepEqual(Object.keys(missingPackages(undefined, env)), ['firefox']);
    assert.equal(
      first.out.at(-1),
      'Firefox skipped, not installed (apt-get install failed): run `apt-get install -y firefox-esr` (or set FIREFOX_PATH) to test in it too.'
    );

    const before = apt.calls().length;
    const second = ensure({install: true, env, uid: 0, failedFile});
    assert.equal(apt.calls().length, before);
    assert.deepEqual(second.out, [
      'Firefox skipped, not installed (apt-get install failed before): run `apt-get install -y firefox-esr` (or set FIREFOX_PATH) to test in it too.',
    ]);
  });

  it('always tries again for a required engine, and fails without it', () => {
    const {bin, env} = machine([], {DW_BROWSERS: 'firefox'});
    const apt = fakeApt(bin, {unknown: ['firefox-esr']});
    const failedFile = join(tempDir(), 'apt-failed.json');
    assert.equal(ensure({install: true, env, uid: 0, failedFile}).code, 1);
    const {code, err} = ensure({install: true, env, uid: 0, failedFile});
    assert.equal(code, 1);
    assert.equal(apt.calls().filter((call) => call.includes('install -y firefox-esr')).length, 2);
    assert.deepEqual(err, [
      'The tests need Firefox, not installed (apt-get install failed): run `apt-get install -y firefox-esr` (or set FIREFOX_PATH), then run the tests again.',
    ]);
  });
});
