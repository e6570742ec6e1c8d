/**
 * `dystonia-widgets/react`: a React component per element, made with
 * `@lit/react` (Lit's own wrapper). Properties are set as properties
 * (`headingLevel={3}`), events are props (`onTypeToggle`), and it works after
 * a server render's hydration, where React attaches no listener to a custom
 * element's `on…` attributes. Importing it registers every element. For the
 * tags themselves in JSX (`<dystonia-types>`), the types are in
 * `dystonia-widgets/react-jsx`; docs/apps.md says when to use which.
 *
 * ```tsx
 * import {DystoniaTypes} from 'dystonia-widgets/react';
 * <DystoniaTypes filter="syndromes" onTypeToggle={(e) => console.log(e.detail.id)} />
 * ```
 *
 * Each component's events are its element's (custom-elements.json, checked
 * by test/node/react.test.mjs); an event of an element inside another (a
 * toggle inside the guide) bubbles to it.
 */
import {createComponent, type EventName} from '@lit/react';
import * as React from 'react';
import {
  ClinicApproach as ClinicApproachElement,
  DystoniaCauses as DystoniaCausesElement,
  DystoniaGuide as DystoniaGuideElement,
  DystoniaSymptoms as DystoniaSymptomsElement,
  DystoniaTypes as DystoniaTypesElement,
  InquiryCta as InquiryCtaElement,
  PatientTestimonial as PatientTestimonialElement,
  SymptomAreas as SymptomAreasElement,
} from './define.js';
import type {DwEventName} from './core/events.js';

/** An event's name typed with its CustomEvent, for @lit/react. */
const event = <K extends DwEventName>(name: K) => name as EventName<GlobalEventHandlersEventMap[K]>;

const typeToggle = event('dw-type-toggle');
const areaSelect = event('dw-area-select');

export const DystoniaTypes = createComponent({
  react: React,
  tagName: 'dystonia-types',
  elementClass: DystoniaTypesElement,
  events: {onTypeToggle: typeToggle},
  displayName: 'DystoniaTypes',
});

export const SymptomAreas = createComponent({
  react: React,
  tagName: 'symptom-areas',
  elementClass: SymptomAreasElement,
  events: {onAreaSelect: areaSelect},
  displayName: 'SymptomAreas',
});

export const PatientTestimonial = createComponent({
  react: React,
  tagName: 'patient-testimonial',
  elementClass: PatientTestimonialElement,
  events: {onTestimonialChange: event('dw-testimonial-change')},
  displayName: 'PatientTestimonial',
});

export const DystoniaCauses = createComponent({
  react: React,
  tagName: 'dystonia-causes',
  elementClass: DystoniaCausesElement,
  displayName: 'DystoniaCauses',
});

export const DystoniaSymptoms = createComponent({
  react: React,
  tagName: 'dystonia-symptoms',
  elementClass: DystoniaSymptomsElement,
  events: {onAreaSelect: areaSelect},
  displayName: 'DystoniaSymptoms',
});

export const ClinicApproach = createComponent({
  react: React,
  tagName: 'clinic-approach',
  elementClass: ClinicApproachElement,
  displayName: 'ClinicApproach',
});

export const InquiryCta = createComponent({
  react: React,
  tagName: 'inquiry-cta',
  elementClass: InquiryCtaElement,
  events: {
    onInquirySubmit: event('dw-inquiry-submit'),
    onInquirySuccess: event('dw-inquiry-success'),
    onInquiryError: event('dw-inquiry-error'),
  },
  displayName: 'InquiryCta',
});

export const DystoniaGuide = createComponent({
  react: React,
  tagName: 'dystonia-guide',
  elementClass: DystoniaGuideElement,
  events: {onAreaSelect: areaSelect, onTypeToggle: typeToggle},
  displayName: 'DystoniaGuide',
});
