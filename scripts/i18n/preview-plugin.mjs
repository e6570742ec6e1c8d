// @web/dev-server plugin for the translation preview (demo/translate.html).
//
//   GET /__dw-i18n/index.json?dir=locales
//       {dir, sourceLocale, locales: ['ar', 'es', …], messages: [{id, source}]}:
//       the XLIFF files of the folder and every message of the CURRENT code
//       (so the page can count what a file lacks, even before an extract).
//   GET /__dw-i18n/preview/<locale>.js?dir=locales
//       a runtime locale module built on this request from <dir>/<locale>.xlf,
//       in which each message without a <target> is the English source
//       behind the FALLBACK_MARKER. The page registers it with
//       registerDevLocale() in place of the shipped module.
//
// `dir` is one of the folders the plugin was given (default: locales/), so
// a test can point it at fixtures; nothing else on disk is reachable. The
// toolchain (TypeScript, lit-localize) loads when the server starts, in the background.
import {existsSync} from 'node:fs';
import path from 'node:path';
import {readConfig, root} from './config.mjs';

/** Put before the English text of a message that has no translation. */
export const FALLBACK_MARKER = '⚠EN⟩ ';

const LOCALE = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

let tools;
const toolchain = () => (tools ??= import('./locale-module.mjs'));

/** A target with no text and no placeholder (`<target/>`) is no translation either. */
const isEmpty = (message) => message.contents.every((part) => typeof part === 'string' && part.trim() === '');

/**
 * Messages without a target (or with an empty one): the English source
 * behind the marker, placeholders kept. Translated messages stay as written.
 */
function withFallbacks(messages, existing, mergeStrings) {
  return messages.map(({name, contents}) => {
    const translation = existing.get(name);
    if (translation && !isEmpty(translation)) return translation;
    return {name, contents: mergeStrings([FALLBACK_MARKER, ...contents])};
  });
}

/** The English of a message as a reader sees it, placeholders as `${name}`. */
const sourceText = (contents) =>
  contents.map((part) => (typeof part === 'string' ? part : part.untranslatable)).join('');

const js = (body) => ({body, type: 'js', headers: {'Cache-Control': 'no-store'}});
const json = (value) => ({body: JSON.stringify(value), type: 'json', headers: {'Cache-Control': 'no-store'}});
const failure = (message) => js(`throw new Error(${JSON.stringify(`[translation preview] ${message}`)});\n`);

/**
 * @param {{dirs?: string[]}} [options] folders (relative to the repository
 *   root) that may be previewed; the first is the default.
 */
export function i18nPreviewPlugin({dirs = ['locales']} = {}) {
  return {
    name: 'dw-i18n-preview',
    serverStart() {
      // Load the toolchain and analyse the program while the browsers start,
      // not on the first preview request: cold, that takes from one to tens
      // of seconds on a busy machine, longer than a test waits for a frame.
      setTimeout(() => {
        toolchain()
          .then(({projectMessages}) => projectMessages())
          .catch(() => {});
      });
    },
    async serve(context) {
      if (!context.path.startsWith('/__dw-i18n/')) return undefined;
      const dir = (context.query.dir || dirs[0]).replace(/\/+$/, '');
      if (!dirs.includes(dir)) {
        return failure(`dir "${dir}" is not previewable; use one of: ${dirs.join(', ')}`);
      }
      const folder = path.join(root, dir);
      const {buildLocaleModule, mergeStrings, projectMessages, xliffLocales} = await toolchain();

      if (context.path === '/__dw-i18n/index.json') {
        try {
          return json({
            dir,
            sourceLocale: readConfig().sourceLocale,
            locales: await xliffLocales(folder),
            messages: projectMessages().map(({name, contents}) => ({id: name, source: sourceText(contents)})),
          });
        } catch (error) {
          return json({error: String(error.message ?? error)});
        }
      }

      const match = context.path.match(/^\/__dw-i18n\/preview\/([^/]+)\.js$/);
      if (!match) return undefined;
      const locale = match[1];
      const file = path.join(folder, `${locale}.xlf`);
      if (!LOCALE.test(locale) || !existsSync(file)) return failure(`no ${dir}/${locale}.xlf`);
      const started = performance.now();
      try {
        const {code, existing, messages} = await buildLocaleModule({
          locale,
          seedXliff: file,
          translate: (sources, existing) => withFallbacks(sources, existing, mergeStrings),
        });
        const missing = messages.filter(
          ({name}) => !existing.has(name) || isEmpty(existing.get(name))
        ).length;
        console.log(
          `[translation preview] ${dir}/${locale}.xlf: ${messages.length - missing} translated, ` +
            `${missing} shown in English (${Math.round(performance.now() - started)} ms)`
        );
        return js(code);
      } catch (error) {
        console.error(`[translation preview] ${dir}/${locale}.xlf: ${error.message ?? error}`);
        return failure(`${dir}/${locale}.xlf: ${error.message ?? error}`);
      }
    },
  };
}
