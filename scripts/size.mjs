// `npm run size`: min+gzip of each entry (with everything it imports
// statically), of each locale chunk and of each other lazy chunk, against
// size-budgets.json; and the requests a page makes before its first
// translated paint: the entry, the chunks it imports statically and
// the locale chunk (when the page is not in English).
import {readFileSync, existsSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {localeEntryNames} from '../build/locale-entries.mjs';

const DIST = 'dist';
if (!existsSync(`${DIST}/import-graph.json`)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const graph = JSON.parse(readFileSync(`${DIST}/import-graph.json`, 'utf8'));
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));

const gz = (file) => gzipSync(readFileSync(`${DIST}/${file}`), {level: 9}).length;

/** The entry and every chunk it loads before running: what a page downloads. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of graph[file]?.imports ?? []) closure(dep, seen);
  return seen;
}

/** The per-locale entries (build/locale-entries.mjs): the bundle with a translation, budgeted together. */
const localeEntries = localeEntryNames().map((name) => `${name}.js`);

const rows = [];
const entryBudgets = [
  ...Object.entries(budgets.entries),
  ...localeEntries.map((entry) => [entry, budgets.localeEntries]),
];
for (const [entry, budget] of entryBudgets) {
  if (!graph[entry]) {
    rows.push({name: entry, size: NaN, budget, note: 'missing from dist/'});
    continue;
  }
  const files = [...closure(entry)];
  // The locale chunk is one more request, after the entry has run; a per-locale entry carries its text.
  const own = localeEntries.includes(entry);
  const requests = files.length + (own ? 0 : 1);
  const maxRequests = budgets.requestsBeforeFirstPaint[own ? 'dystonia-widgets.<locale>.js' : entry];
  rows.push({
    name: entry,
    size: files.reduce((sum, f) => sum + gz(f), 0),
    budget,
    requests,
    requestsOk: maxRequests === undefined || requests <= maxRequests,
    note: `${files.length} file(s)` + (maxRequests === undefined ? '' : `, at most ${maxRequests} requests`),
  });
}
for (const entry of Object.keys(graph).filter(
  (f) => graph[f].isEntry && !(f in budgets.entries) && !localeEntries.includes(f)
)) {
  rows.push({name: entry, size: NaN, budget: 0, note: 'no budget in size-budgets.json'});
}
for (const file of Object.keys(graph).filter((f) => /(^|\/)locales\/[^/]+\.js$/.test(f))) {
  rows.push({name: file, size: gz(file), budget: budgets.locales, note: 'lazy'});
}
// Other lazily imported chunks (the inquiry form's code), budgeted by name: chunks/<name>-<hash>.js.
const lazy = new Set(Object.values(graph).flatMap((f) => f.dynamicImports));
for (const file of [...lazy].filter((f) => !/(^|\/)locales\//.test(f))) {
  const name = file.match(/chunks\/(.+)-[\w-]{8}\.js$/)?.[1];
  const budget = budgets.lazy[name];
  rows.push({name: file, size: gz(file), budget: budget ?? 0, note: budget ? 'lazy' : 'lazy, no budget'});
}

const kb = (n) => (Number.isNaN(n) ? '—' : `${(n / 1024).toFixed(2)} KB`);
const failed = rows.filter((r) => !(r.size <= r.budget) || r.requestsOk === false);
const width = Math.max(...rows.map((r) => r.name.length));
console.log(
  `${'file'.padEnd(width)}  ${'min+gz'.padStart(9)}  ${'budget'.padStart(9)}  ${'requests'.padStart(8)}  status`
);
for (const r of rows) {
  const status = r.size <= r.budget && r.requestsOk !== false ? 'ok' : 'OVER';
  const requests = r.requests === undefined ? '' : String(r.requests);
  console.log(
    `${r.name.padEnd(width)}  ${kb(r.size).padStart(9)}  ${kb(r.budget).padStart(9)}  ${requests.padStart(8)}  ${status}  ${r.note}`
  );
}
console.log('\nrequests: before a translated first paint (the entry, its static imports, the locale chunk).');
if (failed.length) {
  console.error(`\nSize check failed: ${failed.map((r) => r.name).join(', ')}.`);
  process.exit(1);
}
console.log('\nAll sizes within budget.');
