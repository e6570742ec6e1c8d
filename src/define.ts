/**
 * The package entry and the CDN bundle: registers every element and exports
 * their classes, their events' detail types and the locale API. There is no
 * entry that exports the classes without registering: the guide and the
 * symptoms element register the elements they contain.
 * Translations load lazily, only when the page is in a language other than
 * English.
 */
export * from './elements/dystonia-types/define.js';
export * from './elements/symptom-areas/define.js';
export * from './elements/patient-testimonial/define.js';
export * from './elements/dystonia-causes/define.js';
export * from './elements/dystonia-symptoms/define.js';
export * from './elements/clinic-approach/define.js';
export * from './elements/inquiry-cta/define.js';
export * from './elements/dystonia-guide/define.js';
export {getLocale, setLocale, shippedLocales, type Locale} from './core/locale.js';
export type {PageConfig} from './core/config.js';
export {VERSION} from './core/version.js';
