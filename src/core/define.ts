import {VERSION} from './version.js';
import {cut, MAX_QUOTED_URL, warnOnce} from './warn.js';

/**
 * The file this copy of the library was loaded from (the bundle, or a
 * per-element entry's chunk). The npm package's build writes a name here
 * instead (build/package-build.mjs): in a partner's bundle, import.meta.url
 * is a chunk of theirs, or (webpack) the path of the machine that built it.
 */
const SOURCE = import.meta.url;

let conflictReported = false;

interface Copy {
  version?: string;
  source?: string;
}

/**
 * Registers a custom element without ever throwing (a refusal by the page's
 * registry is a warning), and tags its class with
 * this copy's version and URL. A second copy finding a tag taken keeps the
 * first registration and warns once, naming both copies: the same file
 * loaded once is deduplicated by the browser, so two copies of one version
 * come from two URLs (a file pasted from two places, or a per-element entry
 * next to the full bundle). Where there is no registry at all (Node without
 * Lit's DOM shim, a worker), the module still loads and nothing is
 * registered: importing the package must never throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & Copy) | undefined;
  if (!existing) {
    (element as Copy).source = SOURCE;
    // A page whose registry refuses this tag (a polyfill, a name another
    // library reserved) loses this element only: each tag is registered on
    // its own, and the rest of the bundle goes on.
    try {
      customElements.define(tag, element);
    } catch (error) {
      warnOnce(tag, `customElements.define() refused it (${cut(error)}).`);
    }
    return;
  }
  // The same file (for the npm package: the same version, PACKAGE_SOURCE)
  // defined it: this class, or this module evaluated again in another layer
  // of a framework's bundle (Next.js: a server and a client component
  // importing the package). One module graph is one copy: nothing to report.
  if (existing.source === SOURCE || conflictReported) return;
  // One warning per copy, named after the first tag it could not register:
  // the same conflict repeated for every element is noise.
  conflictReported = true;
  const other = cut(existing.version ?? '?');
  warnOnce(
    tag,
    `dystonia-widgets loaded twice: ${cut(existing.source ?? '?', MAX_QUOTED_URL)} (${other}) and ` +
      `${SOURCE} (${VERSION}). ` +
      (other === VERSION
        ? 'Both work, but setLocale() of one copy changes only its own elements.'
        : 'The first copy keeps its tags.') +
      ' Load only one of the two scripts.'
  );
}
