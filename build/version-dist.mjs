// The pinned, verifiable copy of the build (docs/hosting.md):
//   dist/v<version>/…      every file a browser loads (the .js rollup emits, whatever their
//                          names, and their .map), in the same relative layout as dist/, so
//                          the bundle's relative locale URLs resolve inside the copy
//   dist/integrity.json    the SRI hash (sha384) of every .js in it
//
// `node build/version-dist.mjs`            after rollup (the last step of `npm run build`)
// `node build/version-dist.mjs --clean`    before rollup: empties dist/ but keeps earlier
//                                          versioned copies, so a rebuild can be compared
// `node build/version-dist.mjs --snippet [--base URL] [--locale es] [--element <tag>] [--no-import-map]`   (`npm run snippet`)
//                                          prints the tags an editor pastes, with real hashes
//
// versionDist() and snippet() are pure, so test/server/ serves the same layout and hashes
// from its in-memory rollup build.
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {PLACEHOLDER_BASE, snippet, versionDir} from '../scripts/snippet.mjs';

// snippet() lives in a browser-safe module of its own: the embed builder
// (demo/embed.ts) makes the same tags in the page, from one implementation.
export {PLACEHOLDER_BASE, snippet, versionDir};

/** Earlier versioned copies (and this one) inside dist/. */
const VERSIONED = /^v\d+\.\d+\.\d+[^/]*\//;

/**
 * Whether a file of dist/ belongs in the versioned copy: what a browser
 * loads (scripts, and the source maps its developer tools ask for). The
 * declarations (types/), the npm package's build (lib/, for bundlers and Node through
 * the package's exports map), the manifest and the build's bookkeeping are
 * for npm and tools, never served to a page.
 */
export const isServed = (path) =>
  !VERSIONED.test(path) &&
  !path.startsWith('types/') &&
  !path.startsWith('lib/') &&
  // The embed builder (dist/builder/) is a tool a clinic hosts, not something pages pin.
  !path.startsWith('builder/') &&
  // The iframe embed's page and style sheet too: an embed URL is pinned like a script URL.
  (/\.js(\.map)?$/.test(path) || /^embed\/[^/]+\.(html|css)$/.test(path));

/**
 * Whether a file gets an integrity hash: scripts only. Subresource
 * Integrity applies to fetches that carry integrity metadata (a script, a
 * modulepreload, an import map entry); a source map is fetched only by
 * developer tools, which never check one.
 */
export const isHashed = (path) => isServed(path) && path.endsWith('.js');

/** The SRI string of some bytes: `sha384-<base64>`. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * The versioned copy and its integrity, from the build's files.
 * @param files {path under dist/ → bytes (Uint8Array or string)}, a Map or an object
 * @param version package.json's version
 * @returns {{files: Map<string, Uint8Array | string>, integrity: {version: string, path: string,
 *   algorithm: 'sha384', files: Record<string, string>, preload?: Record<string, string[]>}}}
 *   files: `v<version>/<path>` → the same bytes; integrity.files: `<path>` (relative to
 *   `v<version>/`) → `sha384-…`, sorted by path; integrity.preload (when `files` has the build's
 *   import-graph.json): staticImports()
 */
export function versionDist(files, version) {
  if (!/^\d+\.\d+\.\d+(?:[-+][\w.+-]*)?$/.test(version)) throw new Error(`not a version: ${version}`);
  const all = files instanceof Map ? [...files] : Object.entries(files);
  const entries = all.filter(([path]) => isServed(path)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const dir = versionDir(version);
  const hashed = Object.fromEntries(
    entries.filter(([path]) => isHashed(path)).map(([path, bytes]) => [path, sri(bytes)])
  );
  const graph = all.find(([path]) => path === 'import-graph.json')?.[1];
  return {
    files: new Map(entries.map(([path, bytes]) => [dir + path, bytes])),
    integrity: {
      version,
      path: dir,
      algorithm: 'sha384',
      files: hashed,
      ...(graph && {preload: staticImports(JSON.parse(String(graph)), hashed)}),
    },
  };
}

/**
 * Per entry that imports other files before it runs (a per-element entry:
 * its shared chunks, the elements it contains), all of them, transitively
 * and sorted: what snippet() preloads with the entry, so the browser asks
 * for every file at once instead of finding each import in the file before
 * (a request chain before the first render). From dist/import-graph.json
 * (build/import-graph.mjs); only files the versioned copy hashes.
 * @param graph {file: {isEntry, imports, dynamicImports}}
 * @param hashed integrity.files
 * @returns {Record<string, string[]>}
 */
export function staticImports(graph, hashed) {
  const preload = {};
  for (const [file, node] of Object.entries(graph)) {
    if (!node.isEntry || !hashed[file]) continue;
    const seen = new Set();
    const visit = (from) => {
      for (const next of graph[from]?.imports ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        visit(next);
      }
    };
    visit(file);
    const files = [...seen].filter((f) => hashed[f]).sort();
    if (files.length) preload[file] = files;
  }
  return Object.fromEntries(Object.entries(preload).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// --- the command line (disk) -------------------------------------------------

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

function walk(dir, prefix = '') {
  const out = [];
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = prefix + entry.name;
    if (entry.isDirectory()) out.push(...walk(join(dir, entry.name), `${path}/`));
    else out.push(path);
  }
  return out;
}

/** Empties dist/ except earlier versioned copies (dist/v<version>/). */
function clean() {
  if (!existsSync(DIST)) return;
  for (const name of readdirSync(DIST)) {
    if (!VERSIONED.test(`${name}/`)) rmSync(join(DIST, name), {recursive: true, force: true});
  }
}

function write() {
  const {version} = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const built = new Map(
    walk(DIST)
      .filter((path) => isServed(path) || path === 'import-graph.json')
      .map((path) => [path, readFileSync(join(DIST, path))])
  );
  if (![...built.keys()].some(isServed)) throw new Error('dist/ has no built files: run rollup first');
  const {files, integrity} = versionDist(built, version);
  const dir = versionDir(version);
  // A version is immutable once published: hosts and browsers keep it for a
  // year, and pages pin its hashes. The same version with other bytes is a
  // missed version bump; say so loudly (a development rebuild replaces it).
  if (existsSync(join(DIST, dir))) {
    const changed = walk(join(DIST, dir))
      .filter((path) => {
        const now = files.get(dir + path);
        return !now || !readFileSync(join(DIST, dir, path)).equals(Buffer.from(now));
      })
      .concat(
        [...files.keys()].map((p) => p.slice(dir.length)).filter((p) => !existsSync(join(DIST, dir, p)))
      );
    if (changed.length) {
      console.warn(
        [
          `WARNING: dist/${dir} already held other bytes for version ${version} (${changed.length} file(s): ` +
            `${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''}); replaced.`,
          `  If v${version} is published, do not upload this build: bump "version" in package.json and build again.`,
          '  (Hosts serve a versioned path as immutable and pages pin its hashes: new bytes under it break them.)',
        ].join('\n')
      );
    }
    rmSync(join(DIST, dir), {recursive: true, force: true});
  }
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(DIST, path)), {recursive: true});
    writeFileSync(join(DIST, path), bytes);
  }
  writeFileSync(join(DIST, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  console.log(
    `dist/${dir}: ${files.size} files; dist/integrity.json: ${Object.keys(integrity.files).length} hashes.`
  );
  console.log(
    `\nPaste on a Spanish page (\`npm run snippet -- --base <URL of dist/> --locale <xx>\` for yours):\n`
  );
  console.log(snippet(integrity, {locale: 'es'}));
}

function printSnippet(args) {
  const option = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const file = join(DIST, 'integrity.json');
  if (!existsSync(file)) {
    console.error('dist/integrity.json is missing: run `npm run build` first.');
    process.exit(1);
  }
  const integrity = JSON.parse(readFileSync(file, 'utf8'));
  const base = option('base') ?? PLACEHOLDER_BASE;
  const withImportMap = !args.includes('--no-import-map');
  const prerendered = args.includes('--prerendered');
  const hydrate = args.includes('--hydrate');
  process.stdout.write(
    snippet(integrity, {
      base,
      locale: option('locale'),
      element: option('element'),
      withImportMap,
      prerendered,
      hydrate,
    })
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  if (args.includes('--clean')) clean();
  else if (args.includes('--snippet')) printSnippet(args);
  else write();
}
