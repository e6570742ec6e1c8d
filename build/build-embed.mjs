// The iframe embed and the embed builder, built next to the bundle
// (docs/hosting.md "The iframe embed", docs/editors.md "The embed builder"):
//   dist/embed/index.html, embed.css, embed.js   one element from query parameters
//   dist/embed/resize.js                          the optional parent-page script
//   dist/builder/index.html, embed.css, builder.js   the embed builder (demo/embed.html)
//   dist/builder/clinic.css                       the host page of its preview (demo/clinic.css)
// Both know the elements' attributes from their schemas, baked in
// (build/element-options.mjs). dist/embed/index.html carries the clinic's
// settings from embed.config.json (or DW_EMBED_CONFIG; build/embed-config.mjs).
// dist/embed/ joins the versioned copy and integrity.json (build/version-dist.mjs, isServed).
//
// `node build/build-embed.mjs`   (part of npm run build)
// buildEmbed() is pure (files in memory), so test/server/embed.mjs serves the same files.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {clinicAttributes, elementOptions, elementOptionsPlugin} from './element-options.mjs';
import {embedPage, readClinicConfig} from './embed-config.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path) => readFileSync(join(ROOT, path), 'utf8');

/** Replaces `from` in `text`, failing when it is not there exactly once. */
function replaceOnce(text, from, to, file) {
  if (text.split(from).length !== 2) throw new Error(`${file}: expected "${from}" once`);
  return text.replace(from, to);
}

async function script(input, format, descriptions = true) {
  const bundle = await rollup({
    input: join(ROOT, input),
    plugins: [
      nodeResolve(),
      elementOptionsPlugin({descriptions}),
      esbuild({tsconfig: join(ROOT, 'tsconfig.json'), target: 'es2021'}),
      terser({ecma: 2021, module: format === 'es', format: {comments: false}}),
    ],
  });
  const {output} = await bundle.generate({format});
  await bundle.close();
  if (output.length !== 1) throw new Error(`${input}: expected one output file, got ${output.length}`);
  return output[0].code;
}

/**
 * The files, path under dist/ → text.
 * @param clinic the clinic's checked settings (embed-config.mjs checkClinicConfig), or none
 */
export async function buildEmbed(clinic) {
  const [embed, resize, builder] = await Promise.all([
    script('embed/embed.ts', 'es', false),
    script('embed/resize.ts', 'iife'),
    script('demo/embed.ts', 'es'),
  ]);
  let builderPage = read('demo/embed.html');
  // The dev server serves the page from demo/ with dist/ beside it; built, dist/ is the parent.
  builderPage = replaceOnce(
    builderPage,
    '<meta name="dw-dist" content="../dist/" />',
    '<meta name="dw-dist" content="../" />',
    'demo/embed.html'
  );
  builderPage = replaceOnce(builderPage, 'src="./embed.ts"', 'src="./builder.js"', 'demo/embed.html');
  return new Map([
    ['embed/index.html', embedPage(read('embed/index.html'), clinic)],
    ['embed/embed.css', read('embed/embed.css')],
    ['embed/embed.js', embed],
    ['embed/resize.js', resize],
    ['builder/index.html', builderPage],
    ['builder/embed.css', read('demo/embed.css')],
    ['builder/clinic.css', read('demo/clinic.css')],
    ['builder/builder.js', builder],
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const clinic = readClinicConfig(ROOT, clinicAttributes(await elementOptions()));
  console.log(
    clinic
      ? `dist/embed/: the clinic's settings from ${clinic.path} (${Object.keys(clinic.page).join(', ') || 'none'})`
      : 'dist/embed/: no embed.config.json: the embed shows no contact link, phone or form'
  );
  const files = await buildEmbed(clinic);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(ROOT, 'dist', path)), {recursive: true});
    writeFileSync(join(ROOT, 'dist', path), text);
  }
  console.log(
    `dist/embed/, dist/builder/: ${[...files].map(([p, t]) => `${p} ${(Buffer.byteLength(t) / 1024).toFixed(2)} KB`).join(', ')}`
  );
}
