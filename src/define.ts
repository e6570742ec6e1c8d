/**
 * The package entry and the CDN bundle: registers every element and exports
 * their classes, their events' detail types and the locale API. There is no
 * entry that exports the classes without registering: the guide and the
 * symptoms element register the elements they contain.
 * Translations load lazily, only when the page is in a language other than
 * English.
 */
// First, before Lit loads: explains a Trusted Types refusal of Lit's policy.
import './core/trusted-types-guard.js';
// One plain import per element: demo/preview-frame.ts and the pseudo-locale
// test read the registered tags from these lines.
import './elements/dystonia-types/define.js';
import './elements/symptom-areas/define.js';
import './elements/patient-testimonial/define.js';
import './elements/dystonia-causes/define.js';
import './elements/dystonia-symptoms/define.js';
import './elements/clinic-approach/define.js';
import './elements/inquiry-cta/define.js';
import './elements/dystonia-guide/define.js';

export {
  DystoniaTypes,
  type TypeToggleDetail,
  type TypesFilter,
} from './elements/dystonia-types/dystonia-types.js';
export {SymptomAreas, type AreaSelectDetail} from './elements/symptom-areas/symptom-areas.js';
export {
  PatientTestimonial,
  type TestimonialChangeDetail,
} from './elements/patient-testimonial/patient-testimonial.js';
export {DystoniaCauses} from './elements/dystonia-causes/dystonia-causes.js';
export {DystoniaSymptoms} from './elements/dystonia-symptoms/dystonia-symptoms.js';
export {ClinicApproach} from './elements/clinic-approach/clinic-approach.js';
export {
  InquiryCta,
  type InquiryErrorDetail,
  type InquiryErrorReason,
  type InquiryPayload,
  type InquirySubmitDetail,
  type InquirySuccessDetail,
} from './elements/inquiry-cta/inquiry-cta.js';
export {DystoniaGuide} from './elements/dystonia-guide/dystonia-guide.js';
export {getLocale, setLocale, shippedLocales, type Locale} from './core/locale.js';
export type {PageConfig} from './core/config.js';
export {VERSION} from './core/version.js';
