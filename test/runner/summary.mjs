// The test totals of a run on one line, printed last by `npm test`
// (test/runner/test.mjs) and by .ci/run:
//
//   Chromium 567 passed · Firefox 554 passed, 13 skipped · Node 79 passed — 1200 passed, 0 failed, 13 skipped
//
// Each runner writes its totals into test-results/ as lines of
// "<label>: N passed, N failed, N skipped":
//   summary.txt         one line per browser (totalsReporter() below, in web-test-runner.config.mjs)
//   node-summary.txt    the node tests (node-test-totals.mjs, a node:test reporter)
//   node24-summary.txt  the node tests again under Node 24 (.ci/run)
//   apps-summary.txt    the partners' apps, one test each (test/apps/run.mjs)
//
//   node test/runner/summary.mjs   prints the line for what test-results/ holds
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS_DIR = join(ROOT, 'test-results');
/** The totals files, browsers first, in the order the summary lists them. */
export const TOTALS_FILES = ['summary.txt', 'node-summary.txt', 'node24-summary.txt', 'apps-summary.txt'];

/** "<label>: N passed, N failed, N skipped", the line a totals file holds. */
export function totalsLine(label, {passed, failed, skipped = 0}) {
  return `${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`;
}

/** The totals in a file's text: [{label, passed, failed, skipped}]. Other lines are ignored. */
export function parseTotals(text) {
  const totals = [];
  for (const line of text.split('\n')) {
    const match = /^(.*?):\s*(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(line.trim());
    if (match) {
      const [, label, passed, failed, skipped = '0'] = match;
      totals.push({label, passed: Number(passed), failed: Number(failed), skipped: Number(skipped)});
    }
  }
  return totals;
}

/**
 * The one summary line. A node run is labelled "Node", or "Node 20", "Node 24"
 * when there are several. `stopped` says which step ended the run early, e.g. "lint failed".
 * @param {{label: string, passed: number, failed: number, skipped: number}[]} totals
 * @param {{stopped?: string}} [options]
 */
export function summaryLine(totals, {stopped} = {}) {
  const nodeRuns = totals.filter(({label}) => /^Node\b/.test(label));
  const name = ({label}) => {
    if (!/^Node\b/.test(label)) return label;
    if (nodeRuns.length < 2) return 'Node';
    const major = /(\d+)/.exec(label)?.[1];
    return major ? `Node ${major}` : label;
  };
  const counts = ({passed, failed, skipped}) =>
    [`${passed} passed`, failed && `${failed} failed`, skipped && `${skipped} skipped`]
      .filter(Boolean)
      .join(', ');
  const sum = (key) => totals.reduce((total, entry) => total + entry[key], 0);
  const stop = stopped ?? '';
  if (!totals.length) return stop ? `${stop}; no tests ran.` : 'No tests ran.';
  const parts = totals.map((entry) => `${name(entry)} ${counts(entry)}`).join(' · ');
  const all = `${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`;
  return `${parts} — ${all}${stop ? ` (${stop})` : ''}`;
}

/** Every totals line test-results/ holds, in TOTALS_FILES order. */
export function readTotals(dir = RESULTS_DIR) {
  return TOTALS_FILES.flatMap((file) => {
    const path = join(dir, file);
    return existsSync(path) ? parseTotals(readFileSync(path, 'utf8')) : [];
  });
}

/** Removes the totals of an earlier run, so that a step that does not run now is not counted. */
export function clearTotals(dir = RESULTS_DIR) {
  for (const file of TOTALS_FILES) rmSync(join(dir, file), {force: true});
}

/**
 * A @web/test-runner reporter: counts passed, failed and skipped tests per
 * browser, writes them to test-results/summary.txt and prints the browsers'
 * summary line last.
 */
export function totalsReporter({dir = RESULTS_DIR} = {}) {
  return {
    onTestRunFinished({sessions}) {
      /** @type {Map<string, {label: string, passed: number, failed: number, skipped: number}>} */
      const byBrowser = new Map();
      for (const session of sessions) {
        // chromeLauncher calls the system Chromium "Chrome".
        const label = session.browser.name === 'Chrome' ? 'Chromium' : session.browser.name;
        if (!byBrowser.has(label)) byBrowser.set(label, {label, passed: 0, failed: 0, skipped: 0});
        const totals = byBrowser.get(label);
        const walk = (suite) => {
          for (const test of suite.tests) {
            if (test.skipped) totals.skipped++;
            else if (test.passed) totals.passed++;
            else totals.failed++;
          }
          suite.suites.forEach(walk);
        };
        if (session.testResults) walk(session.testResults);
        // A file that failed to load counts as a failure, not as zero tests.
        if (!session.testResults || session.errors.length > 0) totals.failed += session.errors.length || 1;
      }
      const totals = [...byBrowser.values()];
      mkdirSync(dir, {recursive: true});
      writeFileSync(
        join(dir, 'summary.txt'),
        totals.map((entry) => `${totalsLine(entry.label, entry)}\n`).join('')
      );
      queueMicrotask(() => console.log(summaryLine(totals)));
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`\n${summaryLine(readTotals())}`);
}
