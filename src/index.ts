/**
 * The element classes and the locale API, without registering any tag.
 * Import `dystonia-widgets` (the bundle, src/define.ts) or an element's
 * entry to register the tags.
 */
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
