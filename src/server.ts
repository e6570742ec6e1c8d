/**
 * The server-only entry (`dystonia-widgets/server`, built into dist/node
 * only): what a server render needs besides the elements, which the package
 * entry registers. Not part of the browser bundle.
 *
 * ```js
 * import 'dystonia-widgets';
 * import {useServerLocale} from 'dystonia-widgets/server';
 * await useServerLocale('es'); // later renders (e.g. @lit-labs/ssr) are in Spanish
 * ```
 */
export {useServerLocale} from './core/locale.js';
export {shippedLocales, getLocale, directionOf, type Locale} from './core/locale.js';
