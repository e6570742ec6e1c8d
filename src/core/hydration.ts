/**
 * Hydration of prerendered elements, for src/hydrate.ts only (never in the
 * plain bundle). Imported before any element is defined: an element in the
 * page upgrades, and makes its render root, the moment it is defined.
 */
import {DwElement} from './element.js';
import {getLocale} from './locale.js';

/**
 * The hydration support's "render root came from the server" flag: `_$AG`
 * in Lit's production build (its `_$` names are mangled the same way in every
 * release, so that Lit's packages work together), `_$needsHydration` in the
 * development build.
 */
type Hydrating = {_$AG?: boolean; _$needsHydration?: boolean; update(changed: unknown): void};
const proto = DwElement.prototype as unknown as Hydrating;

// The plain bundle clears a declarative shadow root (nothing there can
// hydrate); here the hydration support's createRenderRoot (LitElement's) keeps it.
delete (proto as {createRenderRoot?: unknown}).createRenderRoot;

// Hydration adopts the prerendered text as if the element had rendered it.
// Prerendered in another locale than the page's (the first render waits for
// the page's locale), it would stay in that locale: such an element renders
// afresh instead, keeping only the prerendered styles.
const {update} = proto;
proto.update = function (this: DwElement & Hydrating, changed: unknown) {
  const root = this.shadowRoot;
  if (
    (this._$AG || this._$needsHydration) &&
    root?.querySelector('.base')?.getAttribute('lang') !== getLocale()
  ) {
    this._$AG = this._$needsHydration = false;
    for (const node of [...(root?.childNodes ?? [])]) if (node.nodeName !== 'STYLE') node.remove();
  }
  update.call(this, changed);
};
