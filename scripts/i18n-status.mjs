// `npm run i18n:status`: what each translation lacks. For every target
// locale of lit-localize.json: total / translated / missing / stale /
// invalid, then each missing, stale or invalid message with its English
// source and translator note. Exits 1 when a shipped locale is not complete.
//
//   --json         machine-readable output
//   --dir <path>   read the XLIFF files from another folder (default: lit-localize.json's)
//   --config <f>   another lit-localize.json
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {readConfig} from './i18n/config.mjs';
import {readUnits} from './i18n/xliff.mjs';

const {values: args} = parseArgs({
  options: {json: {type: 'boolean'}, dir: {type: 'string'}, config: {type: 'string'}},
});

const config = readConfig(args.config);
const dir = args.dir ?? config.xliffDirShown;
const KINDS = ['missing', 'stale', 'invalid'];

const report = {sourceLocale: config.sourceLocale, locales: {}};
const files = new Map();
for (const locale of config.targetLocales) {
  const path = join(dir, `${locale}.xlf`);
  files.set(locale, existsSync(path) ? readUnits(path).units : null);
}
// A message is due in every locale: one that a file lacks entirely (never
// extracted into it) is missing there too.
const all = new Map();
for (const units of files.values()) for (const u of units ?? []) if (!all.has(u.id)) all.set(u.id, u);

for (const [locale, units] of files) {
  const byId = new Map((units ?? []).map((u) => [u.id, u]));
  const entries = [...all.values()].map(
    (u) => byId.get(u.id) ?? {id: u.id, source: u.source, note: u.note, target: null, status: 'missing'}
  );
  const summary = {
    file: join(dir, `${locale}.xlf`),
    exists: units !== null,
    total: entries.length,
    translated: 0,
  };
  for (const kind of KINDS) summary[kind] = [];
  for (const e of entries) {
    if (e.status === 'translated') summary.translated++;
    else summary[e.status].push({id: e.id, source: e.source, note: e.note, target: e.target});
  }
  report.locales[locale] = summary;
}

const incomplete = Object.entries(report.locales).filter(
  ([, s]) => !s.exists || KINDS.some((kind) => s[kind].length > 0)
);

if (args.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const rows = [['locale', 'total', 'translated', 'missing', 'stale', 'invalid']];
  for (const [locale, s] of Object.entries(report.locales)) {
    rows.push(
      [locale, s.total, s.translated, s.missing.length, s.stale.length, s.invalid.length].map(String)
    );
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`Translation status (source: ${config.sourceLocale}, ${all.size} messages, files in ${dir})\n`);
  for (const r of rows)
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  const explain = {
    missing: 'no translation yet',
    stale: 'the English changed after it was translated; check the translation, then set state="translated"',
    invalid: 'the placeholders (<x …/>) differ from the English source',
  };
  for (const [locale, s] of Object.entries(report.locales)) {
    if (!s.exists) console.log(`\n${locale}: ${s.file} does not exist (run npm run i18n:extract)`);
    for (const kind of KINDS) {
      if (s[kind].length === 0) continue;
      console.log(`\n${locale}: ${kind} (${s[kind].length}): ${explain[kind]}`);
      for (const e of s[kind]) {
        console.log(`  ${e.id}`);
        console.log(`    en:     ${e.source}`);
        if (e.target) console.log(`    ${locale}:${' '.repeat(Math.max(1, 6 - locale.length))} ${e.target}`);
        if (e.note) console.log(`    note:   ${e.note}`);
      }
    }
  }
  console.log(
    incomplete.length
      ? `\nIncomplete: ${incomplete.map(([l]) => l).join(', ')}. Translators: see docs/translators.md.`
      : '\nEvery locale is complete.'
  );
}
process.exit(incomplete.length ? 1 : 0);
