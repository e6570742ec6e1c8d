// The units of a translators' XLIFF 1.2 file and what their states mean,
// read from an already parsed Document. No Node imports: the scripts parse
// with @xmldom/xmldom (./xliff.mjs), the browser (test/helpers.ts, the
// translation preview demo/translate.ts) with DOMParser, and both read the
// units here, so a status means the same everywhere. Types: ./xliff-units.d.mts.

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
export const UNTRANSLATED_STATES = new Set(['new', 'needs-translation']);

/** The state extract sets on a target whose source changed. */
export const STALE_STATE = 'needs-review-translation';

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

/** The placeholders of a <source>/<target> as one comparable string (order does not matter). */
function placeholders(element) {
  return element
    ? elements(element, 'x')
        .map((x) => x.getAttribute('equiv-text'))
        .sort()
        .join('\n')
    : '';
}

/**
 * The units of a parsed locale file: id, English source, translation (or
 * null without a <target>), the translator note, the target's state and a
 * status: translated | missing | stale | invalid (a translation whose
 * placeholders differ from the source's). `blank` and `placeholdersMatch`
 * are what the status is made of, for readers that count differently.
 */
export function xliffUnits(doc) {
  const file = doc.getElementsByTagName('file')[0];
  const units = elements(doc, 'trans-unit').map((unit) => {
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    const note = elements(unit, 'note').find((n) => n.getAttribute('from') === 'lit-localize');
    // xmldom answers '' for a missing attribute, the browser null: both become null.
    const state = target?.getAttribute('state') || null;
    const translation = target ? contentText(target).trim() : '';
    const placeholdersMatch = placeholders(source) === placeholders(target);
    let status = 'translated';
    if (!target || !translation || UNTRANSLATED_STATES.has(state)) status = 'missing';
    else if (STALE_STATES.has(state)) status = 'stale';
    else if (!placeholdersMatch) status = 'invalid';
    return {
      id: unit.getAttribute('id') ?? '',
      source: source ? contentText(source) : '',
      target: target ? contentText(target) : null,
      note: note?.textContent ?? '',
      state,
      status,
      // What lit-localize builds as no translation: no text and no placeholder.
      blank: !target || (!translation && elements(target, 'x').length === 0),
      placeholdersMatch,
    };
  });
  return {locale: file?.getAttribute('target-language') || null, units};
}
