/**
 * `npm run docs`: writes each element's attribute table into docs/elements.md
 * from its schema (src/elements/<tag>/<tag>.schema.ts), between the markers
 *   <!-- attributes: <tag> -->  …  <!-- /attributes -->
 * (`common` for the attributes every element has). An element's table lists
 * its own attributes; the common ones are listed once.
 * Also writes the quotes of docs/apps.md from the apps of test/apps/
 * (scripts/apps-docs.mjs).
 * `--check` changes nothing and fails when a page differs from what it
 * would write (test/node/schema.test.mjs and apps-docs.test.mjs run the same checks).
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {commonNames, loadSchemas} from '../build/schema.mjs';
import {APPS_PAGE, renderAppsPage} from './apps-docs.mjs';

const PAGE = fileURLToPath(new URL('../docs/elements.md', import.meta.url));

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** What an attribute accepts, in words. */
function accepts(a) {
  switch (a.type) {
    case 'enum':
      return a.values.map((v) => `\`${v}\``).join(', ');
    case 'boolean':
      return 'present or absent';
    case 'number': {
      const kind = a.step === 1 ? 'whole number' : 'number';
      if (a.min !== undefined && a.max !== undefined) return `${kind}, ${a.min} to ${a.max}`;
      return a.min !== undefined ? `${kind}, at least ${a.min}` : kind;
    }
    default:
      return 'text';
  }
}

/** The markdown table of some attributes. */
export function table(attributes) {
  const rows = attributes.map((a) =>
    [
      `\`${a.name}\``,
      accepts(a),
      a.default === undefined || a.default === '' ? '—' : `\`${a.default}\``,
      a.clinic ? 'clinic setting' : 'presentation',
      cell(a.desc),
    ].join(' | ')
  );
  return [
    '| Attribute | Accepts | Default | Kind | Description |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

/** The page with every marked table written from the schemas. */
export async function render(page) {
  const schemas = await loadSchemas();
  const common = await commonNames();
  const anyTag = Object.keys(schemas)[0];
  return page.replace(
    /(<!-- attributes: ([a-z-]+) -->\n)[\s\S]*?(<!-- \/attributes -->)/g,
    (match, open, tag, close) => {
      const attributes =
        tag === 'common'
          ? schemas[anyTag].attributes.filter((a) => common.includes(a.name))
          : schemas[tag]?.attributes.filter((a) => !common.includes(a.name));
      if (!attributes) throw new Error(`docs/elements.md: <!-- attributes: ${tag} --> names no element`);
      const body = attributes.length
        ? table(attributes)
        : 'Only the [attributes every element has](#common-to-every-element).';
      return `${open}\n${body}\n\n${close}`;
    }
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pages = [
    {file: PAGE, render, what: 'the attribute tables differ from the schemas'},
    {file: APPS_PAGE, render: renderAppsPage, what: 'the quotes differ from the apps of test/apps/'},
  ];
  for (const {file, render: write, what} of pages) {
    const page = readFileSync(file, 'utf8');
    const next = await write(page);
    const name = `docs/${file.split('/docs/')[1]}`;
    if (process.argv.includes('--check')) {
      if (next !== page) {
        console.error(`${name}: ${what}; run npm run docs`);
        process.exitCode = 1;
      }
    } else if (next !== page) {
      writeFileSync(file, next);
      console.log(`${name}: written`);
    }
  }
}
