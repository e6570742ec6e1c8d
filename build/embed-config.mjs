// The iframe embed's clinic settings (docs/security.md, docs/hosting.md "The iframe embed").
//
// Where a patient's data goes and whom they contact (the form's endpoint, the
// contact link, the phone, the privacy link, the clinic's name, the
// testimonials' attribution) never comes from the embed's URL: anyone can
// write a link to the clinic's embed page. It comes from a file the clinic
// keeps, `embed.config.json` at the project's root (or the path in
// DW_EMBED_CONFIG), which `npm run build` writes into dist/embed/index.html:
//   - as the page config (<script type="application/json" data-dystonia-widgets>),
//     which every element on the embed page reads, and the clinic settings that
//     are attributes only (e.g. the form's encoding) in a data block of their own;
//   - into the page's Content-Security-Policy: connect-src allows the
//     endpoint's origin only ('none' without a form).
// embed/embed.config.example.json shows the shape. No file: the embed shows
// no contact, phone or form (each element says so once in the console).
//
// Which URLs are accepted is decided by the elements' own code
// (src/core/url.ts allowedUrl) and which keys exist by the page config's
// (src/core/config.ts KEYS), both loaded from src/ (build/source-module.mjs).
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {CLINIC_ATTRIBUTES_ID} from '../scripts/snippet.mjs';
import {importSource} from './source-module.mjs';

const {allowedUrl} = await importSource('src/core/url.ts');
const {KEYS} = await importSource('src/core/config.ts');

/** The page config keys a clinic sets for its embed: all but the page's language and the debug panel. */
export const CLINIC_KEYS = KEYS.filter((key) => key !== 'locale' && key !== 'debug');

/**
 * The URL keys and the schemes each accepts, as <inquiry-cta> reads them (its
 * url() calls in src/elements/inquiry-cta/inquiry-cta.ts; test/build/embed-config.test.mjs
 * checks that they agree).
 */
export const URL_SCHEMES = {contactUrl: ['https', 'mailto'], inquiryUrl: ['https'], privacyUrl: ['https']};

/** A base that cannot be a real origin: a relative URL resolves on it, meaning "the embed's own origin". */
const SELF = 'https://embed.invalid/';

/**
 * The clinic's configuration, checked. Throws an Error that says what to fix
 * (the clinic's build stops rather than publish an embed that posts
 * somewhere else than meant).
 * @param config the parsed embed.config.json
 * @param clinicAttributes tag → names of its attributes that are clinic settings (element-options.mjs)
 * @returns {{page: Record<string, string>, attributes: Record<string, Record<string, string>>}}
 */
export function checkClinicConfig(config, clinicAttributes) {
  const fail = (message) => {
    throw new Error(`embed.config.json: ${message}`);
  };
  if (typeof config !== 'object' || config === null || Array.isArray(config)) fail('must be a JSON object.');
  const page = Object.create(null);
  const attributes = Object.create(null);
  for (const [key, value] of Object.entries(config)) {
    if (key === 'elements') continue;
    if (!CLINIC_KEYS.includes(key))
      fail(`unknown key "${key}"; known keys: ${CLINIC_KEYS.join(', ')}, elements.`);
    if (typeof value !== 'string' || !value.trim()) fail(`"${key}" must be a non-empty string.`);
    if (Object.hasOwn(URL_SCHEMES, key)) checkUrl(key, value, URL_SCHEMES[key], fail);
    page[key] = value.trim();
  }
  const elements = Object.hasOwn(config, 'elements') ? config.elements : {};
  if (typeof elements !== 'object' || elements === null || Array.isArray(elements))
    fail('"elements" must be an object: tag → {attribute: value}.');
  for (const [tag, values] of Object.entries(elements)) {
    const allowed = Object.hasOwn(clinicAttributes, tag) ? clinicAttributes[tag] : undefined;
    if (!allowed)
      fail(
        `"elements" names "${tag}", which has no clinic settings; tags with some: ${Object.keys(clinicAttributes).join(', ')}.`
      );
    if (typeof values !== 'object' || values === null || Array.isArray(values))
      fail(`"elements"."${tag}" must be an object.`);
    attributes[tag] = Object.create(null);
    for (const [name, value] of Object.entries(values)) {
      if (!allowed.includes(name))
        fail(`<${tag}> has no clinic setting "${name}"; its clinic settings: ${allowed.join(', ')}.`);
      if (typeof value !== 'string') fail(`"elements"."${tag}"."${name}" must be a string.`);
      attributes[tag][name] = value;
    }
  }
  return {page, attributes};
}

/** Fails unless the elements would accept `value` (allowedUrl), saying why not. */
function checkUrl(key, value, schemes, fail) {
  if (allowedUrl(value, schemes, SELF)) return;
  if (!URL.canParse(value.trim(), SELF)) fail(`"${key}" is not a URL.`);
  const url = new URL(value.trim(), SELF);
  if (url.username || url.password) fail(`"${key}" must not hold a user name or password.`);
  fail(`"${key}" must be an ${schemes.map((s) => `${s}:`).join(' or ')} URL (http: only on localhost).`);
}

/** The connect-src the embed page needs: the endpoint's origin, 'self' for a relative one, 'none' without. */
export function connectSource(inquiryUrl) {
  if (!inquiryUrl) return "'none'";
  const url = new URL(inquiryUrl, SELF);
  return url.origin === new URL(SELF).origin ? "'self'" : url.origin;
}

/** JSON inside a <script> element: "<" as \u003c, so that no value can close it. */
const scriptJson = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

/**
 * embed/index.html with the clinic's settings: the page config and the
 * clinic's attributes as data blocks (never run), and connect-src narrowed
 * to the endpoint. Fails when the template changed shape.
 * @param template embed/index.html
 * @param clinic checkClinicConfig()'s result, or undefined (no settings)
 */
export function embedPage(template, clinic = {page: {}, attributes: {}}) {
  // The directive inside the policy's content="…" (the comment above it names it too).
  const policy = /(content="[^"]*?)connect-src [^;"]*/;
  const marker = '<!-- clinic settings -->';
  if (!policy.test(template) || template.split(marker).length !== 2)
    throw new Error('embed/index.html: expected one connect-src and one "<!-- clinic settings -->" marker');
  const blocks = [
    `<script type="application/json" data-dystonia-widgets>\n${scriptJson(clinic.page)}\n    </script>`,
    `<script type="application/json" id="${CLINIC_ATTRIBUTES_ID}">\n${scriptJson(clinic.attributes)}\n    </script>`,
  ].join('\n    ');
  return template
    .replace(policy, `$1connect-src ${connectSource(clinic.page.inquiryUrl)}`)
    .replace(marker, blocks);
}

/**
 * The clinic's configuration file: DW_EMBED_CONFIG, else embed.config.json at
 * the root; undefined when neither exists (an embed without clinic settings).
 */
export function readClinicConfig(root, clinicAttributes, env = process.env) {
  const path = env.DW_EMBED_CONFIG || join(root, 'embed.config.json');
  if (!existsSync(path)) {
    if (env.DW_EMBED_CONFIG) throw new Error(`DW_EMBED_CONFIG: no file at ${path}`);
    return undefined;
  }
  let config;
  try {
    config = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${error.message})`);
  }
  return {path, ...checkClinicConfig(config, clinicAttributes)};
}
