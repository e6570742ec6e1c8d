import {define} from '../../core/define.js';
import {PatientTestimonial, type TestimonialChangeDetail} from './patient-testimonial.js';

export {PatientTestimonial};
export type {TestimonialChangeDetail};

define('patient-testimonial', PatientTestimonial);

declare global {
  interface HTMLElementTagNameMap {
    'patient-testimonial': PatientTestimonial;
  }
}
