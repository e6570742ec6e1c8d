import type {targetLocales} from '../generated/locale-codes.js';
import {loaders} from '../generated/locale-loaders.js';
import type {LocaleModule} from './locale-load.js';

/**
 * How the npm package loads a locale (its build puts this module in the
 * place of locale-load.ts: build/package-build.mjs): one import() of a
 * literal path per locale (src/generated/locale-loaders.ts, written by
 * scripts/localize.mjs), which every bundler (Vite, Rollup, webpack,
 * Turbopack, esbuild) follows and splits into a chunk of the app's own
 * build, and Node loads from the package. No URL is computed at run time,
 * and no path of the machine that built the app ends up in its output. A
 * retry imports the same chunk again (the app's bundler decides how).
 */
export const loadShipped = (locale: (typeof targetLocales)[number]): Promise<LocaleModule> =>
  // A str`` translation's values are the source's indexes (numbers), which the generated type leaves unknown.
  loaders[locale]() as Promise<LocaleModule>;
