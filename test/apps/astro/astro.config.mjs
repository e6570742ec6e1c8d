// Astro's defaults: static output (`astro build` writes dist/), each page's
// <script> bundled by Vite. No integration or adapter for dystonia-widgets.
import {defineConfig} from 'astro/config';

export default defineConfig({
  // #region docs
  // Needed when some pages import 'dystonia-widgets/hydrate' and others
  // 'dystonia-widgets' (or 'dystonia-widgets/elements/…'): the pages then
  // share a chunk with Lit and the elements, which Vite's bundler (Rolldown)
  // runs before the hydrate script's own first line, so the elements render
  // the server's HTML afresh instead of hydrating it. With this option every
  // module runs in import order.
  vite: {build: {rolldownOptions: {output: {strictExecutionOrder: true}}}},
  // #endregion docs
});
