// Theming tokens, after material-web's button/internal/_outlined-button.scss:
// each public --dw-* custom property is read once, on the host, into a private
// --_* one with the library's one default (the mapping, in baseStyles); every
// rule uses the private one. Each element documents (JSDoc @cssprop, which
// becomes the manifest and the docs) exactly the public tokens its rules use.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {describe, it} from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const read = (file) => readFileSync(file, 'utf8');

// Every hand-written source file (src/generated/ is the localize output).
const sources = readdirSync(SRC, {recursive: true})
  .filter((f) => f.endsWith('.ts') && !f.startsWith('generated'))
  .map((f) => ({file: relative(ROOT, join(SRC, f)), text: read(join(SRC, f))}));

// One mapping entry: `--_x: var(--dw-x, default);`, the default optional here
// so that a missing one is reported rather than unseen; a default nests
// functions two deep (color-mix(…, var(--_accent) …)).
const ENTRY = /(--_[a-z-]+):\s*var\((--dw-[a-z-]+)(?:,\s*((?:[^()]|\((?:[^()]|\([^()]*\))*\))*))?\);/g;
const entries = (text) =>
  [...text.matchAll(ENTRY)].map(([, name, token, fallback]) => ({name, token, fallback}));
// The rules: the text with the mapping entries taken out.
const rules = (text) => text.replace(ENTRY, '');
const names = (text, re) => new Set([...text.matchAll(re)].map((m) => m[1]));
const privateUses = (text) => names(rules(text), /var\((--_[a-z-]+)/g);

// The shared style blocks: core/styles.ts, and the heading button's and the buttons', kept apart so that elements without them do not load them.
const shared = ['core/styles.ts', 'core/heading-button-styles.ts', 'core/button-styles.ts']
  .map((f) => read(join(SRC, f)))
  .join('\n');
const sharedBlocks = [...shared.matchAll(/export const (\w+) = css`([\s\S]*?)`;/g)].map(([, name, body]) => ({
  name,
  body,
}));
const baseStyles = sharedBlocks.find((b) => b.name === 'baseStyles')?.body ?? '';
const mapping = entries(baseStyles);
const tokenOf = new Map(mapping.map((e) => [e.name, e.token]));
// A default may derive from another private property (`--_link-color` is
// `--_accent-ink` unless set): a rule using one uses what it derives from.
const derivedFrom = new Map(mapping.map((e) => [e.name, [...names(e.fallback ?? '', /var\((--_[a-z-]+)/g)]]));
const withDerived = (used) => {
  const all = new Set(used);
  for (const name of all) for (const from of derivedFrom.get(name) ?? []) all.add(from);
  return all;
};

describe('CSS custom properties', () => {
  it('the mapping is the first rule of baseStyles, :host', () => {
    const host = /^\s*:host\s*\{([^}]*)\}/.exec(baseStyles);
    assert.ok(host, 'baseStyles starts with a :host rule');
    assert.ok(mapping.length > 0, 'baseStyles maps some --dw-* token');
    assert.deepEqual(entries(host[1]), mapping, 'every mapping entry is in that :host rule');
  });

  it('every --dw-* token is read exactly once, in the mapping, with exactly one default', () => {
    for (const {token, name, fallback} of mapping) {
      assert.equal(
        name,
        token.replace('--dw-', '--_'),
        `${token} is mapped to the private property of its name`
      );
      assert.ok(fallback?.trim(), `${token} has a default`);
      assert.doesNotMatch(fallback, /var\(\s*--dw-/, `${token} has one default, not a chain of tokens`);
      for (const from of derivedFrom.get(name))
        assert.ok(
          mapping.findIndex((e) => e.name === from) < mapping.findIndex((e) => e.name === name),
          `${token} derives from ${from}, mapped before it`
        );
    }
    const tokens = mapping.map((e) => e.token);
    assert.deepEqual(tokens, [...new Set(tokens)], 'no token is mapped twice');
    assert.equal(
      sources.flatMap(({text}) => entries(text)).length,
      mapping.length,
      'no mapping outside baseStyles'
    );
    // Anywhere else, in any source file, a read of a public token is a rule
    // reading it directly.
    const strays = sources.flatMap(({file, text}) =>
      [...rules(text).matchAll(/var\(\s*--dw-[a-z-]*/g)].map((m) => `${file}: ${m[0]}`)
    );
    assert.deepEqual(strays, [], 'no rule reads a --dw-* token directly');
  });

  it('every private property used is defined by the mapping, and every one defined is used', () => {
    const used = withDerived(sources.flatMap(({text}) => [...privateUses(text)]));
    const defined = sources.flatMap(({text}) =>
      [...rules(text).matchAll(/(--_[a-z-]+)\s*:/g)].map((m) => m[1])
    );
    assert.deepEqual(defined, [], 'only the mapping defines private properties');
    assert.deepEqual(
      [...used].filter((name) => !tokenOf.has(name)),
      [],
      'private properties used but not mapped'
    );
    assert.deepEqual(
      mapping.filter((e) => !used.has(e.name)).map((e) => e.token),
      [],
      'tokens mapped but used by no rule'
    );
  });

  it('the CSS text carries no comments (it ships as written; comments go in JavaScript)', () => {
    const commented = sources.flatMap(({file, text}) =>
      [...text.matchAll(/css`[^`]*`/g)].filter(([block]) => block.includes('/*')).map(() => file)
    );
    assert.deepEqual(commented, []);
  });

  for (const tag of readdirSync(join(SRC, 'elements'))) {
    it(`<${tag}> documents exactly the --dw-* properties its rules use`, () => {
      const folder = join(SRC, 'elements', tag);
      const own = readdirSync(folder)
        .map((f) => read(join(folder, f)))
        .join('\n');
      assert.match(own, /\bbaseStyles\b/, `<${tag}> includes baseStyles, so the mapping reaches its rules`);
      // Only the shared style blocks the element imports.
      const base = sharedBlocks
        .filter(({name}) => new RegExp(`\\b${name}\\b`).test(own))
        .map(({body}) => body)
        .join('\n');
      const uses = [
        ...new Set([...withDerived(privateUses(`${own}\n${base}`))].map((name) => tokenOf.get(name) ?? name)),
      ].sort();
      const jsdoc = read(join(folder, `${tag}.ts`));
      const docs = [...names(jsdoc, /@cssprop\s+(--dw-[a-z-]+)/g)].sort();
      assert.ok(uses.length > 0, `<${tag}> uses some token`);
      assert.deepEqual(docs, uses);
    });
  }

  it('each token is documented with the same default in every element, and in docs/developers.md', () => {
    const defaults = new Map();
    for (const tag of readdirSync(join(SRC, 'elements'))) {
      const jsdoc = read(join(SRC, 'elements', tag, `${tag}.ts`));
      for (const [line, token] of jsdoc.matchAll(/@cssprop\s+(--dw-[a-z-]+).*/g)) {
        const stated = /\(default: ([^)]*)\)\.?$/.exec(line)?.[1];
        assert.ok(stated, `<${tag}> states the default of ${token}`);
        defaults.set(token, [...(defaults.get(token) ?? []), stated]);
      }
    }
    for (const [token, stated] of defaults) {
      assert.deepEqual([...new Set(stated)], [stated[0]], `${token} has one documented default`);
    }
    // The theming section for developers names every token.
    const docs = read(join(ROOT, 'docs/developers.md'));
    assert.deepEqual(
      mapping.map((e) => e.token).filter((token) => !docs.includes(`\`${token}\``)),
      [],
      'tokens docs/developers.md does not name'
    );
  });
});
