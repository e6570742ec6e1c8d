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

/** A component for `tagName` (@lit/react's createComponent with this React); `displayName` for React's tools. */
const component = <I extends HTMLElement, E extends Record<string, EventName> = Record<never, never>>(
  tagName: string,
  elementClass: new () => I,
  displayName: string,
  events?: E
) => createComponent({react: React, tagName, elementClass, events, displayName});

const typeToggle = event('dw-type-toggle');
const areaSelect = event('dw-area-select');

export const DystoniaTypes = component('dystonia-types', DystoniaTypesElement, 'DystoniaTypes', {
  onTypeToggle: typeToggle,
});

export const SymptomAreas = component('symptom-areas', SymptomAreasElement, 'SymptomAreas', {
  onAreaSelect: areaSelect,
});

export const PatientTestimonial = component(
  'patient-testimonial',
  PatientTestimonialElement,
  'PatientTestimonial',
  {onTestimonialChange: event('dw-testimonial-change')}
);

export const DystoniaCauses = component('dystonia-causes', DystoniaCausesElement, 'DystoniaCauses');

export const DystoniaSymptoms = component('dystonia-symptoms', DystoniaSymptomsElement, 'DystoniaSymptoms', {
  onAreaSelect: areaSelect,
});

export const ClinicApproach = component('clinic-approach', ClinicApproachElement, 'ClinicApproach');

export const InquiryCta = component('inquiry-cta', InquiryCtaElement, 'InquiryCta', {
  onInquirySubmit: event('dw-inquiry-submit'),
  onInquirySuccess: event('dw-inquiry-success'),
  onInquiryError: event('dw-inquiry-error'),
});

export const DystoniaGuide = component('dystonia-guide', DystoniaGuideElement, 'DystoniaGuide', {
  onAreaSelect: areaSelect,
  onTypeToggle: typeToggle,
});
