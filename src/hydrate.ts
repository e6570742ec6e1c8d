/**
 * dist/dystonia-widgets.hydrate.js: the CDN bundle (src/define.ts) for pages
 * with prerendered declarative shadow DOM (dist/html/<locale>/<tag>.html).
 * Lit's hydration support must evaluate before Lit's LitElement does, and
 * our adjustments (src/core/hydration.ts) before any element is defined; the
 * elements then take over the prerendered nodes instead of rendering new
 * ones. A rollup config of its own (rollup.config.mjs, its hydrate entry), so the
 * plain bundle carries none of this.
 */
// First, before Lit loads: explains a Trusted Types refusal of Lit's policy.
import './core/trusted-types-guard.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './core/hydration.js';

export * from './define.js';
