/**
 * docs/apps.md ("Use it in your app") quotes the apps of test/apps/: after
 * each marker `<!-- test/apps/<file> -->` (the file's first
 * `#region docs` … `#endregion docs`) or `<!-- test/apps/<file>#<n> -->` (its
 * n-th), a fenced block with that region, dedented. `npm run docs` writes
 * them (scripts/docs.mjs); test/node/apps-docs.test.mjs fails when the page
 * and the apps differ, so a snippet is always code CI ran.
 */
import {readFileSync} from 'node:fs';
import {extname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const APPS_PAGE = join(ROOT, 'docs/apps.md');

const LANGUAGES = {
  '.tsx': 'tsx',
  '.ts': 'ts',
  '.vue': 'vue',
  '.svelte': 'svelte',
  '.astro': 'astro',
  '.mjs': 'js',
  '.js': 'js',
};

/** Removes the common leading indentation and surrounding blank lines. */
function dedent(lines) {
  const indents = lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length);
  const cut = Math.min(...indents);
  return lines
    .map((l) => l.slice(cut).trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/**
 * The `#region <name>` regions of a file (any comment syntax), in order,
 * dedented: `docs` here, `readme` in test/types/ (readme-frameworks.test.mjs).
 */
export function regions(file, name = 'docs') {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const found = [];
  let start;
  for (const [i, line] of lines.entries()) {
    if (line.includes(`#region ${name}`)) start = i;
    else if (line.includes(`#endregion ${name}`) && start !== undefined) {
      found.push(dedent(lines.slice(start + 1, i)));
      start = undefined;
    }
  }
  return found;
}

const MARKER = /<!-- (test\/apps\/[^\s#]+)(?:#(\d+))? -->\n(?:\n```[^\n]*\n[\s\S]*?\n```\n)?/g;

/** The page with each marker's block written from its app's file. */
export function renderAppsPage(text) {
  return text.replace(MARKER, (_, file, n = '1') => {
    const region = regions(file)[Number(n) - 1];
    if (region === undefined) throw new Error(`docs/apps.md: ${file} has no region #${n}`);
    return `<!-- ${file}${n === '1' ? '' : `#${n}`} -->\n\n\`\`\`${LANGUAGES[extname(file)] ?? 'text'}\n${region}\n\`\`\`\n`;
  });
}

/** The files the page quotes. */
export const quotedFiles = (text) => [...text.matchAll(MARKER)].map((m) => m[1]);
