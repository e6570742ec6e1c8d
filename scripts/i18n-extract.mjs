// `npm run i18n:extract`: `lit-localize extract` without losing a
// translator's work. After lit-localize has updated locales/*.xlf from the
// English source:
// - a translation whose English source changed is kept and marked
//   state="needs-review-translation" (stale, in XLIFF's own vocabulary,
//   which CAT tools show); `npm run i18n:status` lists it until a translator
//   checks it and sets state="translated";
// - a translation of a message removed from the code is reported and kept
//   in locales/removed.json, and put back if a message with that id returns;
// - new messages are reported as untranslated.
//
//   --check   change nothing: exit 1 if locales/ is not what extraction
//             would write (English changed without `npm run i18n:extract`).
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {DOMParser, XMLSerializer} from '@xmldom/xmldom';
import {readConfig} from './i18n/config.mjs';
import {STALE_STATE, STALE_STATES, contentText, readUnits, readXliff, writeXliff} from './i18n/xliff.mjs';

const {values: args} = parseArgs({options: {check: {type: 'boolean'}, config: {type: 'string'}}});
const config = readConfig(args.config);
const localesDir = config.xliffDir;
const archivePath = join(localesDir, 'removed.json');

/** Runs lit-localize extract, writing the XLIFF files into `xliffDir`. */
function litLocalizeExtract(xliffDir) {
  const tmp = mkdtempSync(join(tmpdir(), 'dw-extract-'));
  const tmpConfig = join(tmp, 'lit-localize.json');
  writeFileSync(
    tmpConfig,
    JSON.stringify({
      ...config.raw,
      tsConfig: config.tsConfig,
      output: {
        ...config.raw.output,
        outputDir: config.outputDir,
        localeCodesModule: config.localeCodesModule,
      },
      interchange: {...config.raw.interchange, xliffDir},
    })
  );
  const bin = createRequire(import.meta.url).resolve('@lit/localize-tools/bin/lit-localize.js');
  const run = spawnSync(process.execPath, [bin, 'extract', '--config', tmpConfig], {encoding: 'utf8'});
  rmSync(tmp, {recursive: true, force: true});
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}${run.stderr}`.replace(/^Config: \{[\s\S]*?\n\}\n/, ''));
    process.exit(run.status ?? 1);
  }
  return /Extracted (\d+) messages/.exec(run.stdout)?.[1];
}

function snapshot(dir) {
  const result = new Map();
  for (const locale of config.targetLocales) {
    const path = join(dir, `${locale}.xlf`);
    result.set(locale, existsSync(path) ? new Map(readUnits(path).units.map((u) => [u.id, u])) : new Map());
  }
  return result;
}

const serializer = new XMLSerializer();
const innerXml = (element) =>
  Array.from(element.childNodes)
    .map((n) => serializer.serializeToString(n))
    .join('');

/** Marks, archives and restores after lit-localize wrote the files in `dir`; returns what happened. */
function reconcile(dir, before, archive) {
  const changes = {};
  for (const locale of config.targetLocales) {
    const path = join(dir, `${locale}.xlf`);
    const old = before.get(locale);
    const doc = readXliff(path);
    const log = (changes[locale] = {stale: [], removed: [], restored: [], untranslated: []});
    const seen = new Set();
    for (const unit of Array.from(doc.getElementsByTagName('trans-unit'))) {
      const id = unit.getAttribute('id');
      seen.add(id);
      const source = contentText(unit.getElementsByTagName('source')[0]);
      let target = unit.getElementsByTagName('target')[0];
      const previous = old.get(id);
      const archived = archive[locale]?.[id];
      if (!target && !previous && archived) {
        // The message is back: put the archived translation back.
        const fragment = new DOMParser().parseFromString(
          `<target>${archived.target}</target>`,
          'application/xml'
        );
        target = doc.importNode(fragment.documentElement, true);
        unit.insertBefore(target, unit.getElementsByTagName('source')[0].nextSibling);
        if (archived.state) target.setAttribute('state', archived.state);
        delete archive[locale][id];
        log.restored.push(id);
        if (archived.source !== source) target.setAttribute('state', STALE_STATE);
      } else if (
        target &&
        previous &&
        previous.source !== source &&
        !STALE_STATES.has(target.getAttribute('state'))
      ) {
        target.setAttribute('state', STALE_STATE);
        log.stale.push(id);
      }
      if (!target) log.untranslated.push(id);
    }
    for (const [id, unit] of old) {
      if (seen.has(id) || unit.target === null) continue;
      const oldDoc = readXliff(join(localesDir, `${locale}.xlf`));
      const oldTarget = Array.from(oldDoc.getElementsByTagName('trans-unit'))
        .find((u) => u.getAttribute('id') === id)
        ?.getElementsByTagName('target')[0];
      archive[locale] ??= {};
      archive[locale][id] = {
        source: unit.source,
        target: oldTarget ? innerXml(oldTarget) : unit.target,
        state: unit.state,
      };
      log.removed.push(id);
    }
    writeXliff(path, doc);
  }
  return changes;
}

const archive = existsSync(archivePath) ? JSON.parse(readFileSync(archivePath, 'utf8')) : {};
const before = snapshot(localesDir);

if (args.check) {
  const tmp = mkdtempSync(join(tmpdir(), 'dw-check-'));
  for (const locale of config.targetLocales) {
    const path = join(localesDir, `${locale}.xlf`);
    if (existsSync(path)) cpSync(path, join(tmp, `${locale}.xlf`));
  }
  litLocalizeExtract(tmp);
  reconcile(tmp, before, structuredClone(archive));
  const after = snapshot(tmp);
  rmSync(tmp, {recursive: true, force: true});
  const differences = [];
  for (const locale of config.targetLocales) {
    const a = before.get(locale);
    const b = after.get(locale);
    for (const id of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(id);
      const y = b.get(id);
      if (!x) differences.push(`${locale}: ${id} is new in the code`);
      else if (!y) differences.push(`${locale}: ${id} is no longer in the code`);
      else if (x.source !== y.source || x.note !== y.note || x.state !== y.state) {
        differences.push(`${locale}: ${id} changed in the code`);
      }
    }
  }
  if (differences.length) {
    console.error(`locales/ is out of date with the English source:\n  ${differences.join('\n  ')}`);
    console.error('Run `npm run i18n:extract` and commit locales/.');
    process.exit(1);
  }
  console.log('locales/ matches the English source.');
  process.exit(0);
}

const count = litLocalizeExtract(localesDir);
const changes = reconcile(localesDir, before, archive);
for (const locale of Object.keys(archive))
  if (Object.keys(archive[locale]).length === 0) delete archive[locale];
if (Object.keys(archive).length) writeFileSync(archivePath, `${JSON.stringify(archive, null, 2)}\n`);
else rmSync(archivePath, {force: true});

console.log(`Extracted ${count} messages into ${config.xliffDirShown}`);
for (const [locale, log] of Object.entries(changes)) {
  const parts = [];
  if (log.untranslated.length) parts.push(`${log.untranslated.length} untranslated`);
  if (log.stale.length)
    parts.push(`${log.stale.length} marked stale (English changed): ${log.stale.join(', ')}`);
  if (log.restored.length)
    parts.push(`${log.restored.length} restored from removed.json: ${log.restored.join(', ')}`);
  if (log.removed.length) {
    parts.push(
      `${log.removed.length} removed from the code, translation kept in locales/removed.json: ${log.removed.join(', ')}`
    );
  }
  console.log(`  ${locale}: ${parts.length ? parts.join('; ') : 'up to date'}`);
}
