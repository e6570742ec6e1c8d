// The builds of `npm run build` (rollup part): which entries go where, and the
// steps that make them. Each step is a module of build/ that says what it
// rewrites and why, tested on its own in test/build/.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {elementTags} from './build/elements.mjs';
import {importGraph} from './build/import-graph.mjs';
import {lazyChunksImportNothing} from './build/lazy-chunks-import-nothing.mjs';
import {localizeWithoutSideEffects} from './build/localize-without-side-effects.mjs';
import {minifyTemplates} from './build/minify-templates.mjs';
import {noDevLocales} from './build/no-dev-locales.mjs';
import {chunkFileNames, selfContainedLocales} from './build/self-contained-locales.mjs';
import {shortMessageIds} from './build/short-message-ids.mjs';
import {stripDescriptions} from './build/strip-descriptions.mjs';

const elements = elementTags();
const perElement = (prefix) =>
  Object.fromEntries(elements.map((tag) => [prefix + tag, `src/elements/${tag}/define.ts`]));

/** A browser build: source rewrites, TypeScript, checks, minification, then the size check's graph. */
const browser = (input, dir) => ({
  input,
  output: {dir, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames},
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    nodeResolve(),
    selfContainedLocales(),
    stripDescriptions(),
    shortMessageIds(),
    noDevLocales(),
    localizeWithoutSideEffects(),
    minifyTemplates(),
    esbuild({tsconfig: './tsconfig.json', target: 'es2021'}),
    lazyChunksImportNothing(),
    terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}}),
    importGraph(),
  ],
});

/**
 * The Node build (package.json `exports`, condition `node`): importing the
 * package in Node, e.g. in an SSR framework's server render, must not throw.
 * Lit's browser build extends HTMLElement when it loads; Lit's own Node build
 * (its `node` export condition) uses @lit-labs/ssr-dom-shim instead and
 * defines the `customElements` global. So Lit and @lit/localize stay bare
 * imports, resolved by Node from this package's dependencies: one Lit
 * instance for the app, the elements and @lit-labs/ssr, which renders them
 * from the registry they are defined in. One graph for every entry, so
 * importing the full entry and a per-element one defines each element once.
 * Not minified (its templates aside: Lit hydrates a server render only if
 * each template's strings match the browser bundle's) and without source
 * maps: it is never sent over a network, and reads as it is in a stack trace.
 */
export const nodeConfig = {
  input: {
    'dystonia-widgets': 'src/define.ts',
    ...perElement('elements/'),
    // The structured data renderToString() puts after an element (not in package.json
    // `exports`), in the same graph so it reads the same msg() as the elements.
    'seo/json-ld': 'src/seo/json-ld.ts',
    // Server renders (renderToString): package export `./server`, Node only.
    server: 'src/server.ts',
  },
  // parse5 (a dependency) and @lit-labs/ssr (an optional peer dependency, for renderToString())
  // are server.js's, loaded by Node too: the same @lit-labs/ssr and Lit as the app's.
  external: (id) =>
    /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/ssr-dom-shim|@lit-labs\/ssr|parse5)(\/|$)/.test(id),
  output: {dir: 'dist/node', format: 'es', sourcemap: false, entryFileNames: '[name].js', chunkFileNames},
  preserveEntrySignatures: 'exports-only',
  plugins: [
    // Node's view of any dependency bundled later (today all are external).
    nodeResolve({exportConditions: ['node']}),
    selfContainedLocales(),
    stripDescriptions(),
    minifyTemplates(),
    esbuild({tsconfig: './tsconfig.json', target: 'node20'}),
  ],
};

/**
 * dist/dystonia-widgets.hydrate.js: the CDN bundle with Lit's hydration
 * support evaluated before Lit (src/hydrate.ts), for pages with prerendered
 * declarative shadow DOM (dist/html/). A build of its own, so the plain
 * bundle stays one self-contained file without it; its locale chunks and the
 * inquiry form's chunk are the plain bundle's, byte for byte (same names).
 */
export const hydrateConfig = browser({'dystonia-widgets.hydrate': 'src/hydrate.ts'}, 'dist');

export default [
  // The CDN bundle: one file that registers every element; its locale and
  // lazy chunks import nothing.
  browser({'dystonia-widgets': 'src/define.ts'}, 'dist'),
  // One entry per element; entries share Lit and the core through chunks,
  // so a page can load several of them and still load Lit once.
  // 'allow-extension': an element's code stays in its own entry file, which
  // then also exports what another entry (the guide) imports from it,
  // instead of a one-line facade that re-exports a chunk (0.14 KB and a
  // request less per element).
  browser(perElement(''), 'dist/elements'),
  nodeConfig,
  hydrateConfig,
];
