/**
 * The CDN entry: registers every element. Translations load lazily, only
 * when the page is in a language other than English.
 */
import './elements/dystonia-types/define.js';
import './elements/symptom-areas/define.js';
import './elements/patient-testimonial/define.js';
import './elements/dystonia-causes/define.js';
import './elements/dystonia-symptoms/define.js';
import './elements/clinic-approach/define.js';
import './elements/inquiry-cta/define.js';
import './elements/dystonia-guide/define.js';

export * from './index.js';
