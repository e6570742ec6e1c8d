// Vite 8 + React 19 with the package's React components
// (dystonia-widgets/react): tsc, then the Vite apps' shared check
// (test/apps/vite.mjs), which here also opens `vite` dev in Spanish (the
// issue's "404 /node_modules/.vite/deps/locales/es.js").
import {checkViteApp} from '../vite.mjs';

export default ({dir, env}) =>
  checkViteApp({dir, env, checker: 'tsc', checkArgs: (tsconfig) => ['--noEmit', '-p', tsconfig], dev: true});
