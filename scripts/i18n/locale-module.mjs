// Builds a development-only runtime locale module (the pseudo-locale, a
// translation preview) with the @lit/localize toolchain itself: the same
// message extraction as `lit-localize extract`, the same XLIFF reader and
// writer, the same `lit-localize build` output. Nothing here parses
// TypeScript or guesses at messages.
//
// How: a temporary folder gets a lit-localize config (the project's
// sourceLocale and tsConfig, one target locale, runtime output as .js) and
// an XLIFF file; the targets are written through lit-localize's own XLIFF
// formatter, then a fresh localizer validates the placeholders and builds,
// exactly as `node node_modules/@lit/localize-tools/bin/lit-localize.js
// build --config <tmp>/lit-localize.json` would (pass `keep: true` to look).
import {existsSync, statSync} from 'node:fs';
import {copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {readConfigFileAndWriteSchema} from '@lit/localize-tools/lib/config.js';
import {KnownError} from '@lit/localize-tools/lib/error.js';
import {sortProgramMessages} from '@lit/localize-tools/lib/messages.js';
import {RuntimeLitLocalizer} from '@lit/localize-tools/lib/modes/runtime.js';
import {readTsConfig, stringifyDiagnostics} from '@lit/localize-tools/lib/typescript.js';
import {readConfig} from './config.mjs';

/**
 * A localizer that takes the source messages it is given instead of
 * analysing the program again: extraction is the slow part (~1.3 s), and a
 * build needs two localizers (one reads the XLIFF before the targets are
 * written, one after).
 */
class Localizer extends RuntimeLitLocalizer {
  constructor(config, messages) {
    super(config);
    this.messages = messages;
  }

  extractSourceMessages() {
    return {messages: this.messages, errors: []};
  }
}

let extracted;

/** What identifies the program's inputs: every file's path, size and mtime. */
function inputsStamp(tsConfigPath) {
  const {fileNames} = readTsConfig(tsConfigPath);
  return fileNames
    .map((file) => {
      const {mtimeMs, size} = statSync(file);
      return `${file}\t${size}\t${mtimeMs}`;
    })
    .join('\n');
}

/**
 * Every `msg()` of the source, in lit-localize's XLIFF order, extracted by
 * lit-localize from the project's tsConfig. Kept while no input file
 * changes (the preview server asks again on every request).
 */
export function sourceMessages(config) {
  const tsConfigPath = config.resolve(config.tsConfig);
  const stamp = inputsStamp(tsConfigPath);
  if (extracted?.stamp === stamp && extracted.tsConfigPath === tsConfigPath) return extracted.messages;
  const {messages, errors} = new RuntimeLitLocalizer(config).extractSourceMessages();
  if (errors.length > 0) {
    throw new KnownError(`lit-localize could not analyse the source:\n${stringifyDiagnostics(errors)}`);
  }
  // Sorted while the TypeScript nodes are at hand, then only what the XLIFF
  // writer and the module builder read, so the program can be freed.
  const plain = sortProgramMessages([...messages]).map(({name, contents, tag, desc}) => ({
    name,
    contents,
    tag,
    desc,
  }));
  extracted = {stamp, tsConfigPath, messages: plain};
  return plain;
}

/** The source messages of the project as configured in lit-localize.json. */
export function projectMessages() {
  const {raw, baseDir} = readConfig();
  // The shape lit-localize's own config reader gives its localizers.
  return sourceMessages({...raw, baseDir, resolve: (file) => path.resolve(baseDir, file)});
}

/**
 * Builds the runtime locale module of `locale` and returns its JavaScript.
 *
 * - `seedXliff`: an XLIFF file whose targets are read first (copied, never
 *   written); without it the locale starts with no translations.
 * - `translate(messages, existing)`: returns the translations to build
 *   (lit-localize `Message`s: `{name, contents}`), given the source
 *   messages and the seed's translations by id.
 * - `keep`: leave the temporary folder (its path is returned) to inspect it
 *   or to run the lit-localize CLI on its config.
 */
export async function buildLocaleModule({locale, seedXliff, translate, keep = false}) {
  const project = readConfig();
  const dir = await mkdtemp(path.join(os.tmpdir(), `dw-i18n-${locale}-`));
  try {
    const configPath = path.join(dir, 'lit-localize.json');
    await writeFile(
      configPath,
      `${JSON.stringify(
        {
          $schema: project.raw.$schema,
          sourceLocale: project.sourceLocale,
          targetLocales: [locale],
          tsConfig: project.tsConfig,
          output: {mode: 'runtime', outputDir: './out', language: 'js'},
          interchange: {format: 'xliff', xliffDir: './xliff/'},
        },
        null,
        2
      )}\n`
    );
    const xliffDir = path.join(dir, 'xliff');
    await mkdir(xliffDir);
    if (seedXliff) await copyFile(seedXliff, path.join(xliffDir, `${locale}.xlf`));

    const config = readConfigFileAndWriteSchema(configPath);
    const messages = sourceMessages(config);

    const seed = new Localizer(config, messages);
    const existing = new Map(
      (seed.readTranslationsSync().translations.get(locale) ?? []).map((message) => [message.name, message])
    );
    const translations = translate(messages, existing);
    await seed.formatter.writeOutput(messages, new Map([[locale, translations]]));

    const builder = new Localizer(config, messages);
    const {errors} = builder.validateTranslations();
    if (errors.length > 0) {
      throw new KnownError(`Placeholders that do not match the source:\n${errors.join('\n')}`);
    }
    await builder.build();
    const code = await readFile(path.join(dir, 'out', `${locale}.js`), 'utf8');
    return {code, messages, translations, existing, dir: keep ? dir : undefined};
  } finally {
    if (!keep) await rm(dir, {recursive: true, force: true});
  }
}

/** Message contents with adjacent strings joined, as the XLIFF reader would give them back. */
export function mergeStrings(parts) {
  return parts.reduce((merged, part) => {
    const last = merged.length - 1;
    if (typeof part === 'string' && typeof merged[last] === 'string') merged[last] += part;
    else merged.push(part);
    return merged;
  }, []);
}

/** The XLIFF files of a folder, as locale codes (`es.xlf` → `es`). */
export async function xliffLocales(dir) {
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((name) => name.endsWith('.xlf'))
    .map((name) => name.slice(0, -'.xlf'.length))
    .sort();
}

export {KnownError};
