// Reading and writing the translators' XLIFF 1.2 files in Node (xmldom).
// What their units and states mean is in ./xliff-units.mjs, shared with the
// browser. Used by i18n-status and i18n-extract.
import {readFileSync, writeFileSync} from 'node:fs';
import {DOMParser, XMLSerializer} from '@xmldom/xmldom';
import {xliffUnits} from './xliff-units.mjs';

export {STALE_STATE, STALE_STATES, contentText} from './xliff-units.mjs';

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

/** The units of a locale file, with their status (see xliffUnits). */
export function readUnits(path) {
  return xliffUnits(readXliff(path));
}
