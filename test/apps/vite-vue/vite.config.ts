import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // #region docs
  // Vue leaves the widgets' tags to the browser.
  plugins: [vue({template: {compilerOptions: {isCustomElement: (tag) => tag === 'dystonia-types'}}})],
  // #endregion docs
});
