// The builds of `npm run build` (rollup part): which entries go where, and the
// steps that make them. Each step is a module of build/ that says what it
// rewrites and why, tested on its own in test/build/.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {elementTags} from './build/elements.mjs';
import {importGraph} from './build/import-graph.mjs';
import {lazyChunksImportNothing} from './build/lazy-chunks-import-nothing.mjs';
import {localeEntries, localeEntryInputs} from './build/locale-entries.mjs';
import {localizeWithoutSideEffects} from './build/localize-without-side-effects.mjs';
import {minifyTemplates} from './build/minify-templates.mjs';
import {noDevLocales} from './build/no-dev-locales.mjs';
import {noImportMeta, packageLocales} from './build/package-build.mjs';
import {chunkFileNames, selfContainedLocales} from './build/self-contained-locales.mjs';
import {shortMessageIds} from './build/short-message-ids.mjs';
import {stripDescriptions} from './build/strip-descriptions.mjs';

const elements = elementTags();
const perElement = (prefix) =>
  Object.fromEntries(elements.map((tag) => [prefix + tag, `src/elements/${tag}/define.ts`]));

/**
 * A browser build: source rewrites, TypeScript, checks, minification, then the size check's graph;
 * `plugins` first (the per-locale entries' virtual modules).
 */
const browser = (input, dir, plugins = []) => ({
  input,
  output: {dir, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames},
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    ...plugins,
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
 * The npm package's build (dist/lib, package.json `exports`): what a
 * partner's bundler (Vite, webpack, Turbopack, esbuild) and Node import. Lit,
 * @lit/localize, @lit/react, @lit-labs/* and React stay bare imports, so an
 * app and its server render share one Lit: Lit's own `node` export condition
 * gives Node its DOM shim and `customElements`, and @lit-labs/ssr renders the
 * elements from the registry they are defined in. Translations load through
 * literal import() paths a bundler splits into chunks of its own
 * (packageLocales), and nothing depends on import.meta (noImportMeta): no
 * path of the machine that built an app ends up in it. One graph for every
 * entry, so importing the full entry, a per-element one, the React
 * components and the server entry defines each element once. Not minified
 * (the app's bundler does that), its templates aside: Lit hydrates a server
 * render only if each template's strings match the client's, and both are
 * this build.
 */
export const packageConfig = {
  input: {
    'dystonia-widgets': 'src/define.ts',
    ...perElement('elements/'),
    // `dystonia-widgets/hydrate`: the elements with Lit's hydration support, first in the graph.
    hydrate: 'src/hydrate.ts',
    // hydrate.js must evaluate the Trusted Types guard, then Lit's hydration
    // support, then our adjustments, before any module that imports Lit
    // does: each an entry, a file of its own, so src/hydrate.ts's import
    // order holds (inside a shared chunk, the guard would bring Lit in first).
    'internal/trusted-types-guard': 'src/core/trusted-types-guard.ts',
    'internal/hydration': 'src/core/hydration.ts',
    // `dystonia-widgets/react`: @lit/react components.
    react: 'src/react.ts',
    // The structured data renderToString() puts after an element (not in package.json
    // `exports`), in the same graph so it reads the same msg() as the elements.
    'seo/json-ld': 'src/seo/json-ld.ts',
    // `dystonia-widgets/server`: server renders (renderToString), Node only.
    server: 'src/server.ts',
  },
  external: (id) =>
    /^(node:|(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|parse5|react)(\/|$))/.test(id),
  output: {
    dir: 'dist/lib',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames,
  },
  preserveEntrySignatures: 'exports-only',
  plugins: [
    // Any dependency bundled later resolves as Node and bundlers do (today all are external).
    nodeResolve({exportConditions: ['node']}),
    packageLocales(),
    noImportMeta(),
    stripDescriptions(),
    noDevLocales(),
    minifyTemplates(),
    esbuild({tsconfig: './tsconfig.json', target: 'es2021'}),
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

/**
 * dist/dystonia-widgets.<locale>.js, one per translation: the CDN bundle
 * with that locale's text inside, for pages in that language
 * (build/locale-entries.mjs). Each a build of its own, so each is one
 * self-contained file like the bundle: one request, checked by its own
 * hash; its lazy chunks are the bundle's, byte for byte (same names).
 */
export const localeConfigs = Object.entries(localeEntryInputs()).map(([name, id]) =>
  browser({[name]: id}, 'dist', [localeEntries()])
);

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
  packageConfig,
  hydrateConfig,
  ...localeConfigs,
];
