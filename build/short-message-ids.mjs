// Rewrites every message id to a short one at build time
// ('areas.eyes.description' -> 'aB'), in the msg() calls of src/ and in the
// keys of the generated locale modules (src/generated/locales/*.ts) alike:
// each id is in the bundle once and in every locale chunk once, and the long
// ones cost about 0.17 KB of the gzipped bundle and 0.45 KB of each locale
// chunk. The short id is the position in the sorted set of ids that
// `lit-localize extract` wrote to the first locales/*.xlf, so both sides use
// one mapping. The build fails on a msg() id or locale key outside that set
// (run `npm run i18n:extract`) and on a msg() call without an id
// (lit-localize would hash its English text at run time). The dev server,
// the pseudo-locale and the translation preview run from source with the
// long ids.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {isLocaleModule} from './self-contained-locales.mjs';

/** The i-th short id: a..z, then aA..zZ (702 in all): letters only, so a key needs no quotes. */
export function shortId(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return i < 26 ? letters[i] : letters[Math.floor(i / 26) - 1] + letters[i % 26].toUpperCase();
}

/**
 * @param {{xliffDir?: string}} [options] where the translators' files are (locales/)
 */
export function shortMessageIds({xliffDir = 'locales'} = {}) {
  let short;
  const msgId = /\bid:\s*(['"])([^'"\\\n]+)\1/g;
  const key = /^(\s*)'([^'\\\n]+)':/gm;
  return {
    name: 'short-message-ids',
    buildStart() {
      const xliff = readdirSync(xliffDir).find((f) => f.endsWith('.xlf'));
      const ids = [...readFileSync(join(xliffDir, xliff), 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map(
        (m) => m[1]
      );
      const unique = [...new Set(ids)].sort();
      if (unique.length > 702) this.error(`${unique.length} messages: shortId() names 702 at most`);
      short = new Map(unique.map((id, i) => [id, shortId(i)]));
    },
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      if (isLocaleModule(id)) {
        return {
          code: code.replace(key, (m, space, k) => {
            if (!short.has(k))
              this.error(`${id}: message id "${k}" is not in locales/*.xlf; run npm run i18n:extract`);
            return `${space}'${short.get(k)}':`;
          }),
          map: null,
        };
      }
      // A msg() call with the English text in place (not a wrapper passing msg on).
      const calls = code.match(/\bmsg\(\s*(?:['"`]|str`)/g)?.length ?? 0;
      if (!calls) return null;
      let replaced = 0;
      const out = code.replace(msgId, (m, q, k) => {
        if (!short.has(k)) return m;
        replaced++;
        return `id: '${short.get(k)}'`;
      });
      if (replaced !== calls)
        this.error(
          `${id}: ${calls} msg() calls but ${replaced} ids from locales/*.xlf; every msg() needs an extracted id`
        );
      return {code: out, map: null};
    },
  };
}
