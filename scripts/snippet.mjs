// What an editor pastes, made from dist/integrity.json. No Node APIs: the
// command line (build/version-dist.mjs, `npm run snippet`) and the embed
// builder (demo/embed.ts, in the browser) use this one implementation.

/** Where an editor's snippet points when no --base is given: the shape, not a real host. */
export const PLACEHOLDER_BASE = 'https://<your host>/dystonia-widgets/';

/** The versioned directory under dist/ (and under the host's base URL). */
export const versionDir = (version) => `v${version}/`;

/** The versioned root URL: `<base>/v<version>/`. */
const pinnedRoot = (integrity, base) => `${base.endsWith('/') ? base : `${base}/`}${integrity.path}`;

/** An integrity hash from integrity.json, or an error naming the file. */
function hashOf(integrity, file) {
  const value = integrity.files[file];
  if (!value) throw new Error(`${file} is not in integrity.json`);
  return value;
}

/**
 * The tags an editor pastes, in this order: an import map that gives each
 * file the entry loads its hash (the entry's own hash covers only the entry
 * file), a modulepreload of each file the entry imports before it runs (a
 * per-element entry's shared chunks, from integrity.preload: no request
 * chain), the locale chunk's modulepreload (for a page in that language,
 * when the entry does not carry its text) and the versioned entry, each
 * with its hash, render-blocking unless the page has prerendered text. In a
 * translated page, the whole bundle is that locale's file
 * (dystonia-widgets.es.js, build/locale-entries.mjs), with the text inside:
 * the first render has it. docs/editors.md and docs/hosting.md say what each
 * engine verifies (test/integration/second-origin.test.ts checks it).
 * @param integrity dist/integrity.json (versionDist().integrity)
 * @param options base: the URL dist/ is served under; locale: the page's
 *   locale (none, or the source locale: no preload); element: a tag, for
 *   its per-element entry (elements/<tag>.js) instead of the whole bundle;
 *   withImportMap: false leaves the import map out (a page whose CSP refuses
 *   inline scripts); prerendered: the page has the prerendered text (no
 *   `blocking="render"`); hydrate: the hydrate bundle (declarative shadow
 *   DOM; prerendered)
 */
export function snippet(
  integrity,
  {base = PLACEHOLDER_BASE, locale, element, withImportMap = true, prerendered = false, hydrate = false} = {}
) {
  // The hydrate bundle is for prerendered declarative shadow DOM; it has no per-locale entries.
  if (hydrate) prerendered = true;
  const root = pinnedRoot(integrity, base);
  const hash = (file) => hashOf(integrity, file);
  // The per-element entries have their own chunks and locales under elements/.
  const dir = element ? 'elements/' : '';
  // The whole bundle in a translated page: its per-locale file (build/locale-entries.mjs), the
  // bundle with the translation inside: the first render has its text.
  const localeEntry = !element && locale && `dystonia-widgets.${locale}.js`;
  const entry = element
    ? `elements/${element}.js`
    : hydrate
      ? 'dystonia-widgets.hydrate.js'
      : localeEntry && integrity.files[localeEntry]
        ? localeEntry
        : 'dystonia-widgets.js';
  hash(entry);
  const preload = (file) => [
    `<link rel="modulepreload" href="${root}${file}"`,
    `      integrity="${hash(file)}" crossorigin="anonymous" />`,
  ];
  const lines = [];
  if (withImportMap) {
    // What the entry may import: its locale chunks and its chunks (for the whole bundle, not elements/).
    const own = new RegExp(`^${dir}(locales|chunks)/`);
    const lazy = Object.keys(integrity.files).filter((file) => own.test(file));
    lines.push(
      '<script type="importmap">',
      JSON.stringify({integrity: Object.fromEntries(lazy.map((file) => [root + file, hash(file)]))}, null, 2),
      '</script>'
    );
  }
  for (const file of integrity.preload?.[entry] ?? []) lines.push(...preload(file));
  if (locale && locale !== 'en' && entry !== localeEntry)
    lines.push(...preload(`${dir}locales/${locale}.js`));
  // Without prerendered text, the page waits for the widgets before its first paint (Chromium;
  // others ignore the attribute), so it never paints without them and then moves what follows.
  const blocking = prerendered ? '' : ' blocking="render"';
  lines.push(
    `<script type="module"${blocking} src="${root}${entry}"`,
    `        integrity="${hash(entry)}" crossorigin="anonymous"></script>`
  );
  return `${lines.join('\n')}\n`;
}

/** `"` `&` `<` `>` as character references: a value inside a double-quoted attribute. */
export const escapeAttribute = (value) =>
  String(value).replace(/[&"<>]/g, (c) => ({'&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;'})[c]);

/** The id of the embed page's data block with the clinic's attributes (build/embed-config.mjs writes it). */
export const CLINIC_ATTRIBUTES_ID = 'dw-embed-clinic';

/** The message dist/embed/ posts to its parent (docs/hosting.md, "The iframe embed"). */
export const HEIGHT_MESSAGE = 'dystonia-widgets:height';

/**
 * The message dist/embed/resize.js posts to each embed frame already on the page when it starts:
 * the embed answers with its height (it may have posted before resize.js listened).
 */
export const HEIGHT_REQUEST = 'dystonia-widgets:height-request';

/**
 * The iframe embed page's versioned URL for the element, its locale and
 * presentation attributes (the page takes nothing else from its address).
 */
export function iframeSrc(integrity, {base = PLACEHOLDER_BASE, tag, locale, attributes = {}}) {
  const query = new URLSearchParams({tag});
  if (locale) query.set('locale', locale);
  for (const [name, value] of Object.entries(attributes)) query.set(name, value);
  return `${pinnedRoot(integrity, base)}embed/index.html?${query}`;
}

/**
 * The iframe embed (docs/hosting.md, "The iframe embed"): the versioned
 * `embed/index.html` with the element's tag, locale and presentation
 * attributes as query parameters, and, unless withResize is false, the
 * parent script that sets the frame's height from the messages the embed posts.
 * @param integrity dist/integrity.json
 * @param options base: the URL dist/ is served under; tag; locale;
 *   attributes: name → value (a boolean attribute: ''); title: the frame's
 *   accessible name; height: the height reserved before the embed posts its
 *   own (the builder measures it for the element and language)
 */
export function iframeSnippet(
  integrity,
  {base = PLACEHOLDER_BASE, tag, locale, attributes = {}, title = tag, height = 600, withResize = true}
) {
  const src = iframeSrc(integrity, {base, tag, locale, attributes});
  const lines = [
    `<iframe src="${escapeAttribute(src)}"`,
    `        title="${escapeAttribute(title)}" width="100%" height="${Math.ceil(height)}" loading="lazy"></iframe>`,
  ];
  if (withResize) {
    lines.push(
      `<script src="${pinnedRoot(integrity, base)}embed/resize.js"`,
      `        integrity="${hashOf(integrity, 'embed/resize.js')}" crossorigin="anonymous" async></script>`
    );
  }
  return `${lines.join('\n')}\n`;
}
