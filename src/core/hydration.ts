/**
 * Hydration of prerendered elements, for src/hydrate.ts only (never in the
 * plain bundle). Imported before any element is defined: an element in the
 * page upgrades, and makes its render root, the moment it is defined.
 */
import {DwElement} from './element.js';
import {getLocale} from './locale.js';
import {cut, warnOnce} from './warn.js';

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

/** Removes what was prerendered, keeping its styles, so that the element renders afresh. */
function discard(element: DwElement & Hydrating): void {
  element._$AG = element._$needsHydration = false;
  for (const node of [...(element.shadowRoot?.childNodes ?? [])])
    if (node.nodeName !== 'STYLE') node.remove();
}

// Hydration adopts the prerendered text as if the element had rendered it.
// Prerendered in another locale than the page's (the first render waits for
// the page's locale), it would stay in that locale: such an element renders
// afresh instead, keeping only the prerendered styles. Markup that does not
// match the element's attributes (e.g. heading-level added to a fragment
// prerendered without it) makes hydration throw: rendered afresh, with a warning.
const {update} = proto;
proto.update = function (this: DwElement & Hydrating, changed: unknown) {
  const hydrating = this._$AG || this._$needsHydration;
  if (hydrating && this.shadowRoot?.querySelector('.base')?.getAttribute('lang') !== getLocale())
    discard(this);
  try {
    update.call(this, changed);
  } catch (error) {
    if (!hydrating) throw error;
    warnOnce(
      this.localName,
      `its prerendered HTML does not match its attributes (${cut(error)}); rendered afresh. ` +
        'Prerender it with the same attributes, or paste the .plain.html form.'
    );
    discard(this);
    update.call(this, changed);
  }
};
