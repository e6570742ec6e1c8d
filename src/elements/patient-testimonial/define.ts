import '../../core/trusted-types-guard.js';
import {define} from '../../core/define.js';
import {PatientTestimonial} from './patient-testimonial.js';

export * from './patient-testimonial.js';

define('patient-testimonial', PatientTestimonial);

declare global {
  interface HTMLElementTagNameMap {
    'patient-testimonial': PatientTestimonial;
  }
}
