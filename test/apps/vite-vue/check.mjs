// Vite 8 + Vue 3.5 with the tag itself, typed by dystonia-widgets/vue:
// vue-tsc, then the Vite apps' shared check (test/apps/vite.mjs), with
// @dw-type-toggle reaching the app's own DOM.
import {checkViteApp} from '../vite.mjs';

export default ({dir, env}) =>
  checkViteApp({dir, env, checker: 'vue-tsc', checkArgs: (tsconfig) => ['--noEmit', '-p', tsconfig]});
