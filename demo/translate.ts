/*
 * The translation preview (demo/translate.html, served by `npm start`):
 * every widget in English and in a chosen locale side by side, one iframe
 * each (the library keeps one locale per page), and a status table per
 * locale computed here from the .xlf files as they are now.
 *
 * Because this page fetches /locales/<locale>.xlf, the dev server watches
 * those files: saving one reloads the page, and with it both frames, which
 * ask the dev server for a preview module built from the new file.
 *
 * Query: `locale` (the right-hand side), `dir` (XLIFF folder the dev server
 * may preview; default `locales`).
 */
import {STALE_STATES, UNTRANSLATED_STATES, xliffUnits} from '../scripts/i18n/xliff-units.mjs';
import type {PreviewMessage} from './preview-frame.js';

interface Index {
  dir: string;
  sourceLocale: string;
  locales: string[];
  messages: Array<{id: string; source: string}>;
  error?: string;
}

interface LocaleStatus {
  locale: string;
  translated: number;
  /** No <target>, an empty one, or no unit at all for a message of the code: shown in English. */
  missing: Array<{id: string; source: string}>;
  /** The English changed after translation (set by `npm run i18n:extract`). */
  stale: number;
  /** A target still marked `new` / `needs-translation` (shown as written). */
  notFinal: number;
  /** Units for messages the code no longer has. */
  obsolete: number;
  problems: string[];
}

const PSEUDO = 'en-XA';

const params = new URLSearchParams(location.search);
const dir = params.get('dir') || 'locales';

const select = document.querySelector<HTMLSelectElement>('#locale')!;
const sync = document.querySelector<HTMLInputElement>('#sync')!;
const sourceFrame = document.querySelector<HTMLIFrameElement>('#source-frame')!;
const targetFrame = document.querySelector<HTMLIFrameElement>('#target-frame')!;
const targetTitle = document.querySelector<HTMLElement>('#target-title')!;
const summaryBody = document.querySelector<HTMLTableSectionElement>('#summary tbody')!;
const missingList = document.querySelector<HTMLUListElement>('#missing ul')!;
const missingSummary = document.querySelector<HTMLElement>('#missing summary')!;

const languageNames = new Intl.DisplayNames(['en'], {type: 'language'});
const nameOf = (locale: string) =>
  locale === PSEUDO ? 'pseudo-locale' : (languageNames.of(locale) ?? locale);

const frameUrl = (locale: string) =>
  `./preview-frame.html?locale=${encodeURIComponent(locale)}&dir=${encodeURIComponent(dir)}`;

async function fetchIndex(): Promise<Index> {
  const response = await fetch(`/__dw-i18n/index.json?dir=${encodeURIComponent(dir)}`, {cache: 'no-store'});
  const index = (await response.json()) as Index;
  if (!response.ok || index.error) throw new Error(index.error ?? `HTTP ${response.status}`);
  return index;
}

/** Reads <dir>/<locale>.xlf (which also makes the dev server watch it) and counts. */
async function localeStatus(locale: string, index: Index): Promise<LocaleStatus> {
  const status: LocaleStatus = {
    locale,
    translated: 0,
    missing: [],
    stale: 0,
    notFinal: 0,
    obsolete: 0,
    problems: [],
  };
  const response = await fetch(`/${dir}/${locale}.xlf`, {cache: 'no-store'});
  if (!response.ok) {
    status.problems.push(`${dir}/${locale}.xlf: HTTP ${response.status}`);
    return status;
  }
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  const parseError = doc.getElementsByTagName('parsererror')[0];
  if (parseError) {
    status.problems.push(
      `${dir}/${locale}.xlf is not well-formed XML: ${(parseError.textContent ?? '').trim()}`
    );
    return status;
  }
  const units = new Map(xliffUnits(doc).units.map((unit) => [unit.id, unit]));
  const invalid: string[] = [];
  for (const {id, source} of index.messages) {
    const unit = units.get(id);
    // Counted as the preview frame shows it: a blank target is built as the English.
    if (!unit || unit.blank) {
      status.missing.push({id, source});
      continue;
    }
    if (!unit.placeholdersMatch) invalid.push(id);
    if (STALE_STATES.has(unit.state)) status.stale++;
    else if (UNTRANSLATED_STATES.has(unit.state)) status.notFinal++;
    else status.translated++;
  }
  const known = new Set(index.messages.map((m) => m.id));
  status.obsolete = [...units.keys()].filter((id) => !known.has(id)).length;
  if (invalid.length) {
    status.problems.push(
      `${dir}/${locale}.xlf: placeholders differ from the English in ${invalid.join(', ')} ` +
        '(the preview cannot be built until they match)'
    );
  }
  return status;
}

function cell(row: HTMLTableRowElement, text: string | number, className?: string): void {
  const td = row.insertCell();
  td.textContent = String(text);
  if (className) td.className = className;
}

function showSummary(statuses: LocaleStatus[], current: string): void {
  summaryBody.replaceChildren();
  for (const status of statuses) {
    const row = summaryBody.insertRow();
    row.className = status.locale === current ? 'current' : '';
    row.dataset.locale = status.locale;
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = `${status.locale} (${nameOf(status.locale)})`;
    row.append(th);
    if (status.problems.length && status.translated + status.missing.length === 0) {
      const td = row.insertCell();
      td.colSpan = 5;
      td.className = 'problem';
      td.textContent = status.problems.join('\n');
      continue;
    }
    cell(row, status.translated, 'number');
    cell(row, status.missing.length, 'number');
    cell(row, status.stale, 'number');
    cell(row, status.notFinal, 'number');
    cell(row, status.obsolete, 'number');
    for (const problem of status.problems) {
      const note = summaryBody.insertRow();
      note.insertCell();
      const td = note.insertCell();
      td.colSpan = 5;
      td.className = 'problem';
      td.textContent = problem;
    }
  }
  const chosen = statuses.find((s) => s.locale === current);
  missingList.replaceChildren(
    ...(chosen?.missing ?? []).map(({id, source}) => {
      const item = document.createElement('li');
      item.textContent = `${id} — ${source}`;
      item.lang = 'en';
      return item;
    })
  );
  missingSummary.textContent = chosen
    ? `Missing messages of ${current} (${chosen.missing.length})`
    : `Missing messages: none to count for ${current}`;
}

/** Frames scrolled by the script, whose next scroll event is an echo to ignore. */
const echoes = new WeakSet<Window>();

/** Keeps the two frames at the same relative scroll position (their lengths differ). */
function syncScroll(from: HTMLIFrameElement, to: HTMLIFrameElement): void {
  from.addEventListener('load', () => {
    const win = from.contentWindow;
    win?.addEventListener('scroll', () => {
      if (echoes.delete(win)) return;
      const other = to.contentWindow;
      if (!sync.checked || !other) return;
      const ratio = win.scrollY / Math.max(1, win.document.documentElement.scrollHeight - win.innerHeight);
      const y = Math.round(
        ratio * Math.max(0, other.document.documentElement.scrollHeight - other.innerHeight)
      );
      if (Math.abs(other.scrollY - y) < 2) return;
      echoes.add(other);
      other.scrollTo(0, y);
    });
  });
}

/**
 * A frame moves focus to the form's first error while it loads; give focus
 * back to the control the translator was using.
 */
let focusBeforeLoad: Element | null = null;
window.addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
  if (event.origin !== location.origin || event.data?.type !== 'dw-preview-ready') return;
  const active = document.activeElement;
  if (
    active instanceof HTMLIFrameElement &&
    focusBeforeLoad instanceof HTMLElement &&
    focusBeforeLoad !== active
  ) {
    focusBeforeLoad.focus({preventScroll: true});
  }
});

function show(locale: string, statuses: LocaleStatus[]): void {
  focusBeforeLoad = document.activeElement;
  targetTitle.textContent = `${nameOf(locale)} (${locale})`;
  targetFrame.title = `Every widget in ${nameOf(locale)} (${locale})`;
  const src = frameUrl(locale);
  if (targetFrame.getAttribute('src') !== src) targetFrame.src = src;
  showSummary(statuses, locale);
  const url = new URL(location.href);
  url.searchParams.set('locale', locale);
  history.replaceState(null, '', url);
}

async function main(): Promise<void> {
  syncScroll(sourceFrame, targetFrame);
  syncScroll(targetFrame, sourceFrame);
  focusBeforeLoad = document.activeElement;
  sourceFrame.src = frameUrl('en');

  let index: Index;
  try {
    index = await fetchIndex();
  } catch (error) {
    summaryBody.replaceChildren();
    const cellElement = summaryBody.insertRow().insertCell();
    cellElement.colSpan = 6;
    cellElement.className = 'problem';
    cellElement.textContent = `The dev server could not list the translations: ${String(error)}`;
    return;
  }
  const locales = index.locales.filter((l) => l !== index.sourceLocale);
  for (const locale of [...locales, PSEUDO]) {
    select.add(new Option(`${locale} — ${nameOf(locale)}`, locale));
  }
  const wanted = params.get('locale');
  select.value = wanted && [...locales, PSEUDO].includes(wanted) ? wanted : (locales[0] ?? PSEUDO);

  const statuses = await Promise.all(locales.map((locale) => localeStatus(locale, index)));
  select.addEventListener('change', () => show(select.value, statuses));
  show(select.value, statuses);
}

void main();
