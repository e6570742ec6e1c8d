/**
 * The CDN entry: registers every element. Translations load lazily, only
 * when the page is in a language other than English.
 */
import './elements/dystonia-types/define.js';

export * from './index.js';
