// The one list of the library's elements: each folder of src/elements/ that
// has a define.ts (the module that registers the element, and its entry in
// the build). The build's entries (rollup.config.mjs), the prerendered
// fragments (scripts/prerender.mjs) and the package checks
// (scripts/pack-check.mjs, test/node/) all read it here, so a new element is
// a new folder and nothing else; a folder without define.ts (work in
// progress, shared helpers) is not an element.
import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The element tags, sorted.
 * @param {string} [root] the project (a fixture's, in tests)
 * @returns {string[]}
 */
export function elementTags(root = ROOT) {
  const dir = join(root, 'src/elements');
  return readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'define.ts')))
    .map((entry) => entry.name)
    .sort();
}
