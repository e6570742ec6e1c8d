// Vite 8 + Svelte 5 with the tag itself, typed by dystonia-widgets/svelte:
// svelte-check, then the Vite apps' shared check (test/apps/vite.mjs), with
// ondw-type-toggle reaching the app's own DOM.
import {checkViteApp} from '../vite.mjs';

export default ({dir, env}) =>
  checkViteApp({
    dir,
    env,
    checker: 'svelte-check',
    checkArgs: (tsconfig) => ['--tsconfig', tsconfig, '--fail-on-warnings'],
  });
