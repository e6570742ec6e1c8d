// The one reader of lit-localize.json for the project's scripts (status,
// extract, the pseudo-locale, the translation preview). lit-localize
// resolves the config's paths against the config file's folder; so does
// this, so a script gives the same answer from any working directory.
import {existsSync, readFileSync} from 'node:fs';
import {dirname, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * lit-localize.json (the project's unless `configPath` is given), its paths
 * absolute. `raw` is the file as written, for writing a derived config.
 */
export function readConfig(configPath = resolve(root, 'lit-localize.json')) {
  if (!existsSync(configPath)) throw new Error(`${configPath} not found`);
  const raw = JSON.parse(readFileSync(configPath, 'utf8'));
  const baseDir = dirname(resolve(configPath));
  const at = (file) => (file === undefined ? undefined : resolve(baseDir, file));
  const xliffDir = resolve(baseDir, raw.interchange?.xliffDir ?? './locales/');
  return {
    raw,
    baseDir,
    sourceLocale: raw.sourceLocale,
    targetLocales: raw.targetLocales,
    tsConfig: at(raw.tsConfig),
    outputDir: at(raw.output?.outputDir),
    localeCodesModule: at(raw.output?.localeCodesModule),
    xliffDir,
    /** The XLIFF folder as a person would type it, for messages. */
    xliffDirShown: relative(process.cwd(), xliffDir) || '.',
  };
}
