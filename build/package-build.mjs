// What the npm package's build (dist/lib: bundlers and Node) does
// differently from the CDN bundle.
//
// packageLocales(): its way to load translations. Puts
// src/core/locale-load.package.ts in the place of src/core/locale-load.ts.
// The CDN bundle loads `locales/<locale>.js` by a URL computed next to its
// own file (retries under a fresh URL); no bundler can follow that, so in a
// partner's Vite, webpack, Turbopack or esbuild build Spanish and Arabic
// would 404 (or, in webpack, the build machine's file path would be written
// into the app). The package module imports each locale by a literal path
// instead, which rollup emits here as dist/lib/locales/<locale>.js and the
// partner's bundler splits into chunks of its own. Fails the build if the
// module it replaces is not imported at all (renamed, say).
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const DEFAULT = /\/src\/core\/locale-load\.(js|ts)$/;

export function packageLocales() {
  let replaced = false;
  return {
    name: 'package-locales',
    buildStart() {
      replaced = false;
    },
    async resolveId(source, importer, options) {
      if (!importer || !/^\.\/locale-load\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, {...options, skipSelf: true});
      if (!resolved || !DEFAULT.test(resolved.id)) return resolved;
      replaced = true;
      return resolved.id.replace(/locale-load\.(js|ts)$/, 'locale-load.package.ts');
    },
    buildEnd(error) {
      if (!error && !replaced) this.error('src/core/locale-load.ts was never imported: nothing to replace');
    },
  };
}

/** For tests: the module this step puts in place. */
export const packageModule = fileURLToPath(new URL('../src/core/locale-load.package.ts', import.meta.url));

/**
 * What src/core/define.ts names this copy by in the "loaded twice" warning,
 * and tells copies apart by: two versions of the package are two copies, one
 * version evaluated twice (in two layers of a framework's bundle) is one.
 */
export const PACKAGE_SOURCE = `the npm package ${pkg.name}@${pkg.version}`;

/**
 * noImportMeta(): the package has no `import.meta`. A bundler replaces
 * `import.meta.url` with a chunk of the app's (Vite) or with the build
 * machine's file path (webpack, written into a public chunk), and warns about
 * what it cannot follow. src/core/define.ts's SOURCE becomes PACKAGE_SOURCE;
 * any other `import.meta` fails the build.
 */
export function noImportMeta() {
  return {
    name: 'no-import-meta',
    transform(code, id) {
      if (!id.endsWith('/src/core/define.ts')) return null;
      const source = /const SOURCE = import\.meta\.url;/;
      if (!source.test(code)) this.error('src/core/define.ts: `const SOURCE = import.meta.url;` not found');
      return {code: code.replace(source, `const SOURCE = ${JSON.stringify(PACKAGE_SOURCE)};`), map: null};
    },
    renderChunk(code, chunk) {
      if (/\bimport\.meta\b/.test(code)) this.error(`${chunk.fileName} uses import.meta`);
      return null;
    },
  };
}

/**
 * Writes the package build (rollup.config.mjs packageConfig) into `dir`
 * from any working directory (the config names its inputs relative to the
 * repository): for `npm run prerender` and the node tests, which need it
 * without a whole `npm run build`. `sourcemap` overrides the config's.
 * @param {string} dir
 * @param {{sourcemap?: boolean}} [options]
 */
export async function writePackageBuild(dir, {sourcemap} = {}) {
  const {rollup} = await import('rollup');
  const {packageConfig} = await import('../rollup.config.mjs');
  const cwd = process.cwd();
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  try {
    const bundle = await rollup(packageConfig);
    await bundle.write({...packageConfig.output, dir, ...(sourcemap !== undefined && {sourcemap})});
    await bundle.close();
  } finally {
    process.chdir(cwd);
  }
}
