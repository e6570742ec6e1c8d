import path from 'node:path';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const elements = readdirSync('src/elements');

/**
 * Drops the `desc` option of msg() calls from the bundle: translator notes
 * matter to `lit-localize extract` only, and are a third of the content's
 * bytes. lit-localize requires desc to be a plain string literal, which is
 * what the pattern matches.
 */
function stripTranslatorNotes() {
  const desc = /,?\s*desc:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)/g;
  return {
    name: 'strip-translator-notes',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('desc:')) return null;
      return {code: code.replace(desc, ''), map: null};
    },
  };
}

/**
 * Replaces lit-localize's message-id hashing with a stub: msg() hashes its
 * English text only for a message without an `id`, and every message here
 * has one (shortMessageIds fails the build on a msg() call without an id),
 * so the FNV-1a code (about 0.5 KB) would never run.
 */
function noIdHashing() {
  const stub = '\0dw-no-id-hashing';
  return {
    name: 'no-id-hashing',
    resolveId(source, importer) {
      if (source === './id-generation.js' && importer?.includes('/@lit/localize/internal/')) return stub;
      return null;
    },
    load(id) {
      if (id !== stub) return null;
      // Never called (every msg() has an id); an empty id finds no translation, so English shows.
      return 'export const generateMsgId = () => "";';
    },
  };
}

/**
 * Shortens every message id at build time ('areas.eyes.description' -> 'a0'), in the
 * msg() calls of src/ and in the keys of the generated locale modules alike:
 * each id is in the bundle once and in every locale chunk once. The short id
 * is the position in the sorted set of ids that `lit-localize extract` wrote
 * to locales/<first target>.xlf, so both sides use one mapping; the build
 * fails on a msg() id or locale key outside that set (run `npm run
 * i18n:extract`) and on a msg() call without an id. The dev server, the
 * pseudo-locale and the translation preview run from source with the long ids.
 */
function shortMessageIds() {
  let short;
  const msgId = /\bid:\s*(['"])([^'"\\\n]+)\1/g;
  const key = /^(\s*)'([^'\\\n]+)':/gm;
  const name = (i) => {
    // a..z, then a0..z9, …: letters first, so a key needs no quotes.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    return i < 26 ? letters[i] : letters[Math.floor(i / 26) - 1] + letters[i % 26].toUpperCase();
  };
  return {
    name: 'short-message-ids',
    buildStart() {
      const xliff = readdirSync('locales').find((f) => f.endsWith('.xlf'));
      const ids = [...readFileSync(`locales/${xliff}`, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map(
        (m) => m[1]
      );
      short = new Map([...new Set(ids)].sort().map((id, i) => [id, name(i)]));
    },
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      if (id.includes('/src/generated/locales/')) {
        return {
          code: code.replace(key, (m, space, k) => {
            if (!short.has(k))
              this.error(`${id}: message id "${k}" is not in locales/*.xlf; run npm run i18n:extract`);
            return `${space}'${short.get(k)}':`;
          }),
          map: null,
        };
      }
      // A msg() call with the English text in place (not a wrapper passing msg on).
      const calls = code.match(/\bmsg\(\s*(?:['"`]|str`)/g)?.length ?? 0;
      if (!calls) return null;
      let replaced = 0;
      const out = code.replace(msgId, (m, q, k) => {
        if (!short.has(k)) return m;
        replaced++;
        return `id: '${short.get(k)}'`;
      });
      if (replaced !== calls)
        this.error(
          `${id}: ${calls} msg() calls but ${replaced} ids from locales/*.xlf; every msg() needs an extracted id`
        );
      return {code: out, map: null};
    },
  };
}

/**
 * Leaves the development tools' locales (src/core/dev-locales.ts: the
 * pseudo-locale and the translation preview, which run from source) out of the
 * browser build: the module becomes `devLoaders = undefined`, and the code
 * that reads it folds away.
 */
function noDevLocales() {
  return {
    name: 'no-dev-locales',
    load(id) {
      return id.endsWith('/src/core/dev-locales.ts') ? 'export const devLoaders = undefined;' : null;
    },
  };
}

/**
 * Marks @lit/localize's modules free of side effects, so an unused part
 * drops out: src/core/locale.ts installs msg() itself, and configureLocalization()
 * (init/runtime.js, re-exported by the package's index next to msg and str)
 * only makes a promise when it loads, which rollup cannot tell is unused.
 */
function localizeWithoutSideEffects() {
  return {
    name: 'localize-without-side-effects',
    transform(code, id) {
      return id.includes('/node_modules/@lit/localize/') ? {code, map: null, moduleSideEffects: false} : null;
    },
  };
}

/**
 * Records each output file's static imports, so the size check can add up
 * what a page really downloads for an entry (lazy locale chunks excluded).
 * Both builds add to one dist/import-graph.json.
 */
function importGraph() {
  return {
    name: 'import-graph',
    writeBundle(options, bundle) {
      const file = 'dist/import-graph.json';
      const graph = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const prefix = options.dir === 'dist' ? '' : `${options.dir.slice('dist/'.length)}/`;
        graph[prefix + name] = {
          // Locale chunks are emitted as entries (see selfContainedLocales) but load lazily.
          isEntry: chunk.isEntry && !chunk.fileName.startsWith('locales/'),
          imports: chunk.imports.map((i) => prefix + i),
          dynamicImports: chunk.dynamicImports.map((i) => prefix + i),
        };
      }
      mkdirSync('dist', {recursive: true});
      writeFileSync(file, `${JSON.stringify(graph, null, 2)}\n`);
    },
  };
}

/**
 * Makes each locale chunk plain data that the loaded bundle uses: the
 * generated modules (src/generated/locales/*.ts) import `str` from
 * @lit/localize, which would make dist/locales/es.js import the bundle,
 * and a bundle URL with a query string (`?ver=…`) would then load a second
 * copy of it (which Trusted Types refuses). `str` only builds a plain
 * object, so each chunk gets its own three-line equivalent. Also rewrites
 * the locale URL that src/core/locale.ts retries with (LOCALE_URL) for the
 * output layout, and fails the build if a locale chunk imports anything.
 */
function selfContainedLocales() {
  const localeModule = (id) => id.includes('/src/generated/locales/');
  const strImport = /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/;
  return {
    name: 'self-contained-locales',
    buildStart() {
      // src/core/locale.ts imports them by URL (one URL per retry), so they are emitted here.
      for (const file of readdirSync('src/generated/locales')) {
        const name = file.replace(/\.ts$/, '');
        this.emitFile({type: 'chunk', id: `src/generated/locales/${file}`, fileName: `locales/${name}.js`});
      }
    },
    transform(code, id) {
      if (!localeModule(id)) return null;
      if (/\bimport\b/.test(code.replace(strImport, '')))
        this.error(`${id}: a locale module may import only str from @lit/localize`);
      // Same shape as @lit/localize's str tag (internal/str-tag.js).
      const local = 'const str = (strings, ...values) => ({strTag: true, strings, values});';
      return {code: code.replace(strImport, local), map: null};
    },
    renderChunk(code, chunk) {
      if (!chunk.moduleIds.some((id) => id.endsWith('/src/core/locale.ts'))) return null;
      const literal = /(['"])\.\.\/generated\/locales\/\{\}\.ts\1/;
      if (!literal.test(code)) this.error('src/core/locale.ts: LOCALE_URL not found');
      const dir = path.posix.relative(path.posix.dirname(chunk.fileName), 'locales');
      return {code: code.replace(literal, `'./${dir}/{}.js'`.replace('./../', '../')), map: null};
    },
    generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId || !localeModule(chunk.facadeModuleId)) continue;
        if (chunk.imports.length || chunk.dynamicImports.length)
          this.error(`${chunk.fileName} imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}`);
      }
    },
  };
}

/**
 * Fails the build if a lazily imported chunk of src/ (the inquiry form's
 * code) imports anything. Such a chunk imports the bundle back by its plain
 * URL, so a bundle loaded as `dystonia-widgets.js?ver=…` would run twice;
 * src/elements/inquiry-cta/inquiry-form.ts imports types only and gets Lit
 * and the core through init() instead. Locale chunks are checked by
 * selfContainedLocales.
 */
function lazyChunksImportNothing() {
  return {
    name: 'lazy-chunks-import-nothing',
    generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isDynamicEntry || chunk.isEntry) continue;
        if (chunk.imports.length || chunk.dynamicImports.length)
          this.error(
            `${chunk.fileName} is loaded lazily but imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}`
          );
      }
    },
  };
}

/**
 * Minifies the HTML and CSS of html`` and css`` templates in src/
 * (html-minifier-next and lightningcss): Lit ships template text as
 * written. Attribute quotes go where HTML allows it; bindings keep their
 * kind (`.prop=`, `?attr=`, `@event=`), and whitespace between text and
 * inline content stays one space (test/integration/bundle.test.ts renders
 * every element from the built bundle).
 */
const minifyTemplates = () =>
  minifyHTML({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {minifyOptions: {removeAttributeQuotes: true}},
  });

const plugins = () => [
  nodeResolve(),
  selfContainedLocales(),
  stripTranslatorNotes(),
  shortMessageIds(),
  noIdHashing(),
  noDevLocales(),
  localizeWithoutSideEffects(),
  minifyTemplates(),
  esbuild({tsconfig: './tsconfig.json', target: 'es2021'}),
  lazyChunksImportNothing(),
  terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}}),
];

// Locale chunks get stable names next to their entry: dist/locales/es.js.
const chunkFileNames = (chunk) =>
  chunk.facadeModuleId?.includes('/src/generated/locales/') ? 'locales/[name].js' : 'chunks/[name]-[hash].js';

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
 * Not minified (its html``/css`` templates aside, see below) and without
 * source maps: it is never sent over a network, and reads as it is in a
 * stack trace.
 */
const external = (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/ssr-dom-shim)(\/|$)/.test(id);
export const nodeConfig = {
  input: {
    'dystonia-widgets': 'src/define.ts',
    ...Object.fromEntries(elements.map((tag) => [`elements/${tag}`, `src/elements/${tag}/define.ts`])),
    // For scripts/prerender.mjs only (not in package.json `exports`): the
    // structured data, in the same graph so it reads the same msg() as the elements.
    'seo/json-ld': 'src/seo/json-ld.ts',
    // Server renders in a locale (useServerLocale): package export `./server`, Node only.
    server: 'src/server.ts',
  },
  external,
  output: {dir: 'dist/node', format: 'es', sourcemap: false, entryFileNames: '[name].js', chunkFileNames},
  preserveEntrySignatures: 'exports-only',
  plugins: [
    // Node's view of any dependency bundled later (today all are external).
    nodeResolve({exportConditions: ['node']}),
    selfContainedLocales(),
    stripTranslatorNotes(),
    // The browser bundle's template strings, byte for byte: Lit hydrates a
    // server render only if each template's digest (a hash of its strings)
    // matches the one in the browser (npm run prerender, any consumer's SSR).
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
export const hydrateConfig = {
  input: {'dystonia-widgets.hydrate': 'src/hydrate.ts'},
  output: {dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames},
  preserveEntrySignatures: 'allow-extension',
  plugins: [...plugins(), importGraph()],
};

export default [
  {
    // The CDN bundle: one file that registers every element; shared code
    // stays in it and the locale chunks import from it.
    input: {'dystonia-widgets': 'src/define.ts'},
    output: {dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames},
    preserveEntrySignatures: 'allow-extension',
    plugins: [...plugins(), importGraph()],
  },
  {
    // One entry per element; entries share Lit and the core through chunks,
    // so a page can load several of them and still load Lit once.
    // 'allow-extension': an element's code stays in its own entry file, which
    // then also exports what another entry (the guide) imports from it,
    // instead of a one-line facade that re-exports a chunk (0.14 KB and a
    // request less per element).
    input: Object.fromEntries(elements.map((tag) => [tag, `src/elements/${tag}/define.ts`])),
    output: {
      dir: 'dist/elements',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames,
    },
    preserveEntrySignatures: 'allow-extension',
    plugins: [...plugins(), importGraph()],
  },
  nodeConfig,
  hydrateConfig,
];
