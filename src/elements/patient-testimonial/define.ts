import {define} from '../../core/define.js';
import {PatientTestimonial, type TestimonialChangeDetail} from './patient-testimonial.js';

export {PatientTestimonial};
export type {TestimonialChangeDetail};

define('patient-testimonial', PatientTestimonial);

declare global {
  interface HTMLElementTagNameMap {
    'patient-testimonial': PatientTestimonial;
  }
  interface HTMLElementEventMap {
    'dw-testimonial-change': CustomEvent<TestimonialChangeDetail>;
  }
  // The event bubbles and is composed, so hosts often listen on document.
  interface DocumentEventMap {
    'dw-testimonial-change': CustomEvent<TestimonialChangeDetail>;
  }
}
