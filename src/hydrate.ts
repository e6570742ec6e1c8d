/**
 * dist/dystonia-widgets.hydrate.js: the CDN bundle (src/define.ts) for pages
 * with prerendered declarative shadow DOM (dist/html/<locale>/<tag>.html).
 * Lit's hydration support must evaluate before Lit's LitElement does; it
 * then takes over the prerendered nodes instead of rendering new ones.
 * A rollup config of its own (rollup.config.mjs, hydrateConfig), so the plain
 * bundle carries none of this.
 */
// First, before Lit loads: explains a Trusted Types refusal of Lit's policy.
import './core/trusted-types-guard.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {DwElement} from './core/element.js';
import {getLocale} from './core/locale.js';

export * from './define.js';

type Hydrating = {_$needsHydration?: boolean; update(changed: unknown): void};
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
  if (this._$needsHydration && root?.querySelector('.base')?.getAttribute('lang') !== getLocale()) {
    this._$needsHydration = false;
    for (const node of [...(root?.childNodes ?? [])]) if (node.nodeName !== 'STYLE') node.remove();
  }
  update.call(this, changed);
};
