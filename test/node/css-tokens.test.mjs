// Theming drift: each element documents (JSDoc @cssprop, which becomes the
// manifest and the docs) exactly the --dw-* custom properties its styles
// read, its own and the shared base styles'.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, it} from 'node:test';

const SRC = resolve(import.meta.dirname, '../../src');
const used = (text) => new Set([...text.matchAll(/var\((--dw-[a-z-]+)/g)].map((m) => m[1]));
const documented = (text) => new Set([...text.matchAll(/@cssprop\s+(--dw-[a-z-]+)/g)].map((m) => m[1]));

describe('CSS custom properties', () => {
  for (const tag of readdirSync(join(SRC, 'elements'))) {
    it(`<${tag}> documents exactly the --dw-* properties it uses`, () => {
      const folder = join(SRC, 'elements', tag);
      const sources = readdirSync(folder).map((f) => readFileSync(join(folder, f), 'utf8'));
      const own = sources.join('\n');
      // Only the shared style blocks (export const name = css`…`) the element imports.
      const shared = readFileSync(join(SRC, 'core/styles.ts'), 'utf8');
      const base = [...shared.matchAll(/export const (\w+) = css`([\s\S]*?)`;/g)]
        .filter(([, name]) => new RegExp(`\\b${name}\\b`).test(own))
        .map(([, , body]) => body)
        .join('\n');
      const uses = [...new Set([...used(own), ...used(base)])].sort();
      const docs = [...documented(readFileSync(join(folder, `${tag}.ts`), 'utf8'))].sort();
      assert.ok(uses.length > 0, `<${tag}> reads some --dw-* property`);
      assert.deepEqual(docs, uses);
    });
  }
});
