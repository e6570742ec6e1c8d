/**
 * The element classes and the locale API, without registering any tag.
 * Import `dystonia-widgets/define` (or an element's `define` module) to
 * register the tags.
 */
export {DystoniaTypes, type TypeToggleDetail, type TypesFilter} from './elements/dystonia-types/dystonia-types.js';
export {getLocale, setLocale, shippedLocales, type Locale} from './core/locale.js';
export type {PageConfig} from './core/config.js';
export {VERSION} from './core/version.js';
