import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {cssWhitespace} from './scripts/rollup-css-whitespace.mjs';

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
          isEntry: chunk.isEntry,
          imports: chunk.imports.map((i) => prefix + i),
          dynamicImports: chunk.dynamicImports.map((i) => prefix + i),
        };
      }
      mkdirSync('dist', {recursive: true});
      writeFileSync(file, `${JSON.stringify(graph, null, 2)}\n`);
    },
  };
}

const plugins = () => [
  nodeResolve(),
  stripTranslatorNotes(),
  cssWhitespace(),
  esbuild({tsconfig: './tsconfig.json', target: 'es2021'}),
  terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}}),
];

// Locale chunks get stable names next to their entry: dist/locales/es.js.
const chunkFileNames = (chunk) =>
  chunk.facadeModuleId?.includes('/src/generated/locales/') ? 'locales/[name].js' : 'chunks/[name]-[hash].js';

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
    input: Object.fromEntries(elements.map((tag) => [tag, `src/elements/${tag}/define.ts`])),
    output: {
      dir: 'dist/elements',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames,
    },
    preserveEntrySignatures: 'exports-only',
    plugins: [...plugins(), importGraph()],
  },
];
