import {VERSION} from './version.js';
import {warnOnce} from './warn.js';

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
  if (other !== VERSION) {
    warnOnce(
      tag,
      `already defined by dystonia-widgets ${other}; this copy (${VERSION}) is not used. ` +
        'Load only one version of the script on the page.'
    );
  }
}
