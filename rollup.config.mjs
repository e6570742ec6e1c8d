import {readdirSync, writeFileSync, mkdirSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

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
 */
function importGraph() {
  return {
    name: 'import-graph',
    writeBundle(options, bundle) {
      const graph = {};
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        graph[file] = {isEntry: chunk.isEntry, imports: chunk.imports, dynamicImports: chunk.dynamicImports};
      }
      mkdirSync(options.dir, {recursive: true});
      writeFileSync(`${options.dir}/import-graph.json`, `${JSON.stringify(graph, null, 2)}\n`);
    },
  };
}

export default {
  input: {
    'dystonia-widgets': 'src/define.ts',
    ...Object.fromEntries(elements.map((tag) => [`elements/${tag}`, `src/elements/${tag}/define.ts`])),
  },
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    // Locale chunks get stable names next to the bundle: dist/locales/es.js.
    chunkFileNames: (chunk) =>
      chunk.facadeModuleId?.includes('/src/generated/locales/') ? 'locales/[name].js' : 'chunks/[name]-[hash].js',
  },
  preserveEntrySignatures: 'exports-only',
  plugins: [
    nodeResolve(),
    stripTranslatorNotes(),
    esbuild({tsconfig: './tsconfig.json', target: 'es2021'}),
    terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}}),
    importGraph(),
  ],
};
