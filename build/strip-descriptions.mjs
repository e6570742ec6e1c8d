// Rewrites src/**/*.ts on the way into the bundle: removes every `desc`
// property whose value is a plain string. Those are documentation, never read
// at run time: msg()'s translator notes (for `lit-localize extract` only; it
// requires them to be string literals) and the attributes' documentation in
// the element schemas (src/elements/<tag>/<tag>.schema.ts,
// src/core/element.schema.ts; for the manifest, the embed builder and the
// docs). They are about 3 KB of the bundle's 20 KB, gzipped.
//
// A regular expression, not a parser: it runs before esbuild, on TypeScript.
// It takes a `desc: <string>` that follows `{` or `,` (comments and line
// breaks between are fine) and is followed by `,` or `}`, with the one comma
// that keeps the object valid: the one before it, or (first property) the
// one after it. A string with `${…}` or joined with `+` is not a plain string
// and stays, as does a type (`desc: string;`).

const GAP = String.raw`(?:\s|//[^\n]*|/\*[\s\S]*?\*/)*`;
const STRING =
  String.raw`'(?:[^'\\\n]|\\[\s\S])*'|"(?:[^"\\\n]|\\[\s\S])*"|` + '`(?:[^`\\\\$]|\\\\[\\s\\S]|\\$(?!\\{))*`';
const DESC = new RegExp(`([{,])${GAP}desc\\s*:\\s*(?:${STRING})(${GAP})([,}])`, 'g');

/** `code` without its `desc: '…'` properties. */
export function withoutDescriptions(code) {
  return code.replace(DESC, (match, before, gap, after) => {
    // `a: 1, desc: '…'}` → `a: 1}`; `a: 1, desc: '…', b: 2` → `a: 1, b: 2`.
    if (before === ',') return gap + after;
    // First property: `{desc: '…', b: 2}` → `{ b: 2}`; `{desc: '…'}` → `{}`.
    return after === '}' ? `{${gap}}` : '{';
  });
}

const TOOL_ONLY = new RegExp(
  `([{,])${GAP}(?:clinic\\s*:\\s*(?:true|false)|step\\s*:\\s*[\\d.]+)(${GAP})([,}])`,
  'g'
);

/**
 * A schema file (`*.schema.ts`) without its `clinic: true|false` flags and
 * `step` as well: which attributes the iframe embed may take from its URL is
 * decided at build time (build/element-options.mjs), and `step` serves the
 * builder's inputs; the elements read neither.
 */
export function withoutToolOnlyKeys(code) {
  return withoutDescriptions(code).replace(TOOL_ONLY, (match, before, gap, after) =>
    before === ',' ? gap + after : after === '}' ? `{${gap}}` : '{'
  );
}

/** Rollup: removes the descriptions from src/ TypeScript (before esbuild). */
export function stripDescriptions() {
  return {
    name: 'strip-descriptions',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('desc')) return null;
      return {
        code: id.endsWith('.schema.ts') ? withoutToolOnlyKeys(code) : withoutDescriptions(code),
        map: null,
      };
    },
  };
}
