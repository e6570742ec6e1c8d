// Reading and writing the translators' XLIFF 1.2 files, and what their
// units' states mean for the status report. Shared by i18n-status and
// i18n-extract.
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import {dirname, relative, resolve} from 'node:path';
import {DOMParser, XMLSerializer} from '@xmldom/xmldom';

/**
 * XLIFF 1.2 `state` values on <target> that mean "the English changed
 * after this was translated": set by `npm run i18n:extract`, cleared by the
 * translator (state="translated", or any CAT tool's "confirm").
 */
export const STALE_STATES = new Set([
  'needs-review-translation',
  'needs-review-adaptation',
  'needs-review-l10n',
  'needs-adaptation',
  'needs-l10n',
]);

/** States that mean "not translated yet", even with text in <target>. */
const UNTRANSLATED_STATES = new Set(['new', 'needs-translation']);

/** The state extract sets on a target whose source changed. */
export const STALE_STATE = 'needs-review-translation';

export function readXliff(path) {
  const text = readFileSync(path, 'utf8');
  const errors = [];
  const doc = new DOMParser({
    errorHandler: {warning: () => {}, error: (e) => errors.push(e), fatalError: (e) => errors.push(e)},
  }).parseFromString(text, 'application/xml');
  if (errors.length > 0) throw new Error(`${path}: not well-formed XML: ${errors[0]}`);
  return doc;
}

export function writeXliff(path, doc) {
  const text = new XMLSerializer().serializeToString(doc);
  writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
}

const elements = (node, name) => Array.from(node.getElementsByTagName(name));

/** Text of a <source> or <target>, each placeholder written as its source (`${clinic}`). */
export function contentText(element) {
  let text = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) text += node.data;
    else if (node.nodeName === 'x') text += node.getAttribute('equiv-text') ?? '';
    else text += node.textContent ?? '';
  }
  return text;
}

function placeholders(element) {
  return element
    ? elements(element, 'x')
        .map((x) => x.getAttribute('equiv-text'))
        .sort()
    : [];
}

/**
 * The units of a locale file: id, English source, translation (or null),
 * the translator note, and a status: translated | missing | stale | invalid
 * (a translation whose placeholders differ from the source's).
 */
export function readUnits(path) {
  const doc = readXliff(path);
  const file = doc.getElementsByTagName('file')[0];
  const units = elements(doc, 'trans-unit').map((unit) => {
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    const note = elements(unit, 'note').find((n) => n.getAttribute('from') === 'lit-localize');
    const state = target?.getAttribute('state') || null;
    const translation = target ? contentText(target).trim() : '';
    let status = 'translated';
    if (!target || !translation || UNTRANSLATED_STATES.has(state)) status = 'missing';
    else if (STALE_STATES.has(state)) status = 'stale';
    else if (placeholders(source).join('\n') !== placeholders(target).join('\n')) status = 'invalid';
    return {
      id: unit.getAttribute('id'),
      source: source ? contentText(source) : '',
      target: target ? contentText(target) : null,
      note: note?.textContent ?? '',
      state,
      status,
    };
  });
  return {locale: file?.getAttribute('target-language') ?? null, units};
}

/**
 * lit-localize.json, with its paths resolved against the config file's
 * folder, as lit-localize does.
 */
export function readConfig(configPath = 'lit-localize.json') {
  if (!existsSync(configPath)) throw new Error(`${configPath} not found (run from the repository root)`);
  const raw = JSON.parse(readFileSync(configPath, 'utf8'));
  const base = dirname(resolve(configPath));
  const xliffDir = resolve(base, raw.interchange?.xliffDir ?? './locales/');
  return {
    raw,
    sourceLocale: raw.sourceLocale,
    targetLocales: raw.targetLocales,
    tsConfig: resolve(base, raw.tsConfig),
    outputDir: resolve(base, raw.output.outputDir),
    xliffDir,
    /** The XLIFF folder as a person would type it, for messages. */
    xliffDirShown: relative(process.cwd(), xliffDir) || '.',
  };
}
