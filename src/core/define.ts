import {VERSION} from './version.js';
import {warnOnce} from './warn.js';

let conflictReported = false;

interface Versioned {
  version?: string;
}

/**
 * Registers a custom element without ever throwing. The same script pasted
 * twice (or two bundles of one version) makes the second registration a
 * silent no-op; another version already on the page keeps its registration
 * and we warn once, naming both versions.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  const other = (existing as CustomElementConstructor & Versioned).version ?? 'unknown';
  // One warning per copy of the library, named after the first tag it could
  // not register: the same conflict repeated for every element is noise.
  if (other !== VERSION && !conflictReported) {
    conflictReported = true;
    warnOnce(
      tag,
      `already defined by dystonia-widgets ${other}; this copy (${VERSION}) is not used ` +
        'for this or any other element already defined. Load only one version of the script on the page.'
    );
  }
}
