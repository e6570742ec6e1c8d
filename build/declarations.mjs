/**
 * The elements' declarations (dist/types/, written by `tsc -p
 * tsconfig.build.json`) with each schema attribute as a field of its class.
 *
 * An element's properties are declared once, in its schema, and typed by an
 * interface merged with the class (`export interface DystoniaTypes extends
 * Props<typeof schema> {}`, src/core/schema.ts). TypeScript understands
 * that; lit-analyzer (web-component-analyzer) reads a class's own members
 * only, so it would not know `.filter` or `.headingLevel` in a Lit app's
 * templates. Each such interface is replaced by the same properties as
 * fields of the class, with the types Props gives (build/cem-schema.mjs,
 * typeText) and the schema's documentation. Every rewrite must match
 * exactly what it expects, or the build fails: a change in tsc's output is
 * noticed here. test/build/declarations.test.mjs; test:types runs
 * lit-analyzer on a Lit app.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {typeText} from './cem-schema.mjs';
import {camel, commonNames, loadSchemas} from './schema.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * `text` (one declaration file) with `className`'s merged Props interface
 * turned into fields of the class.
 */
export function withFields(text, className, attributes, file) {
  const merged = new RegExp(`export interface ${className} extends Props<typeof \\w+> \\{\\n\\}\\n`);
  const open = new RegExp(`(export declare (?:abstract )?class ${className} extends \\w+ \\{\\n)`);
  if (!merged.test(text) || !open.test(text))
    throw new Error(`build/declarations.mjs: ${file}: tsc's declaration of ${className} changed`);
  const fields = attributes
    .map((a) => `    /** ${a.desc.replace(/\*\//g, '* /')} */\n    ${camel(a.name)}: ${typeText(a)};\n`)
    .join('');
  return text.replace(merged, '').replace(open, `$1${fields}`);
}

/** Rewrites dist/types' core/element.d.ts and each element's declaration file. */
export async function declarations(root = ROOT) {
  const schemas = await loadSchemas(root);
  const common = await commonNames(root);
  const any = Object.values(schemas)[0];
  const jobs = [['core/element.d.ts', 'DwElement', any.attributes.filter((a) => common.includes(a.name))]];
  for (const [tag, {attributes}] of Object.entries(schemas)) {
    const own = attributes.filter((a) => !common.includes(a.name));
    // Only the common attributes (DwElement's fields): the class merges no interface.
    if (!own.length) continue;
    const file = `elements/${tag}/${tag}.d.ts`;
    const text = readFileSync(join(root, 'dist/types', file), 'utf8');
    const className = text.match(/export interface (\w+) extends Props<typeof \w+> \{\n\}/)?.[1];
    if (!className)
      throw new Error(`build/declarations.mjs: ${file}: no Props interface (tsc's output changed?)`);
    jobs.push([file, className, own]);
  }
  for (const [file, className, attributes] of jobs) {
    const path = join(root, 'dist/types', file);
    writeFileSync(path, withFields(readFileSync(path, 'utf8'), className, attributes, file));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await declarations();
