// test/runner/summary.mjs and node-test-totals.mjs: the one line `npm test`
// and .ci/run end with, made from the totals each runner leaves in test-results/.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, describe, it} from 'node:test';
import {clearTotals, parseTotals, readTotals, summaryLine, totalsLine} from '../runner/summary.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const dirs = [];
after(() => dirs.forEach((dir) => rmSync(dir, {recursive: true, force: true})));
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'dw-summary-test-'));
  dirs.push(dir);
  return dir;
}

const chromium = {label: 'Chromium', passed: 567, failed: 0, skipped: 0};
const firefox = {label: 'Firefox', passed: 554, failed: 0, skipped: 13};
const webkit = {label: 'WebKit', passed: 542, failed: 0, skipped: 25};

describe('summaryLine', () => {
  it('lists each browser and the node tests, then the totals', () => {
    const node = {label: 'Node 20.20.2', passed: 79, failed: 0, skipped: 0};
    assert.equal(
      summaryLine([chromium, firefox, webkit, node]),
      'Chromium 567 passed · Firefox 554 passed, 13 skipped · WebKit 542 passed, 25 skipped · Node 79 passed — 1742 passed, 0 failed, 38 skipped'
    );
  });

  it('names the Node versions when the node tests ran under two', () => {
    const line = summaryLine([
      chromium,
      {label: 'Node 20.20.2', passed: 79, failed: 1, skipped: 0},
      {label: 'Node 24.11.0', passed: 80, failed: 0, skipped: 0},
    ]);
    assert.equal(
      line,
      'Chromium 567 passed · Node 20 79 passed, 1 failed · Node 24 80 passed — 726 passed, 1 failed, 0 skipped'
    );
  });

  it('says which step failed, after what ran or instead of it', () => {
    assert.equal(
      summaryLine([{...chromium, failed: 2}], {stopped: 'browser tests failed'}),
      'Chromium 567 passed, 2 failed — 567 passed, 2 failed, 0 skipped (browser tests failed)'
    );
    assert.equal(summaryLine([], {stopped: 'typecheck failed'}), 'typecheck failed; no tests ran.');
    assert.equal(summaryLine([]), 'No tests ran.');
  });
});

describe('the totals files', () => {
  it('read back what was written, and ignore other lines', () => {
    assert.deepEqual(parseTotals(`${totalsLine('Firefox', firefox)}\nnoise\n`), [firefox]);
    // The format before the per-browser lines, without a label or skipped count.
    assert.deepEqual(parseTotals('Node: 3 passed, 1 failed'), [
      {label: 'Node', passed: 3, failed: 1, skipped: 0},
    ]);
  });

  it('are read browsers first, and cleared before a run', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'node-summary.txt'), `${totalsLine('Node 20.20.2', {passed: 5, failed: 0})}\n`);
    writeFileSync(
      join(dir, 'summary.txt'),
      `${totalsLine('Chromium', chromium)}\n${totalsLine('WebKit', webkit)}\n`
    );
    assert.deepEqual(
      readTotals(dir).map(({label}) => label),
      ['Chromium', 'WebKit', 'Node 20.20.2']
    );
    clearTotals(dir);
    assert.equal(existsSync(join(dir, 'summary.txt')), false);
    assert.deepEqual(readTotals(dir), []);
  });
});

describe('the node test reporter', () => {
  it('counts passed, failed and skipped tests, not suites', () => {
    const dir = tempDir();
    const file = join(dir, 'sample.test.mjs');
    writeFileSync(
      file,
      `import {describe, it} from 'node:test';
describe('a suite', () => {
  it('passes', () => {});
  it('fails', () => { throw new Error('no'); });
  it('is skipped', {skip: true}, () => {});
  it('is to do', {todo: true}, () => { throw new Error('later'); });
});
it('passes too', () => {});
`
    );
    const out = join(dir, 'node-summary.txt');
    try {
      execFileSync(
        process.execPath,
        [
          '--test',
          `--test-reporter=${join(ROOT, 'test/runner/node-test-totals.mjs')}`,
          `--test-reporter-destination=${out}`,
          file,
        ],
        // Without NODE_TEST_CONTEXT, which would make the child report to this run instead.
        {stdio: 'ignore', env: {...process.env, NODE_TEST_CONTEXT: undefined}}
      );
    } catch {
      // a test fails on purpose
    }
    assert.equal(readFileSync(out, 'utf8'), `Node ${process.versions.node}: 2 passed, 1 failed, 2 skipped\n`);
  });
});
