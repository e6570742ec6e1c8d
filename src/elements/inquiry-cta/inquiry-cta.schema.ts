import {common} from '../../core/element.schema.js';
import type {Schema} from '../../core/schema.js';

export const summary = 'Call to action: contact link, phone link and/or inquiry form.';

export const schema = {
  'clinic-name': {
    type: 'text',
    clinic: true,
    default: undefined,
    desc: "The clinic's name, shown as text in the heading; overrides page config `clinicName`.",
  },
  href: {
    type: 'text',
    clinic: true,
    default: undefined,
    desc: "URL of the clinic's contact page (https:, or mailto:); overrides page config `contactUrl`.",
  },
  phone: {
    type: 'text',
    clinic: true,
    default: undefined,
    desc: "The clinic's phone number, shown as given; overrides page config `phone`.",
  },
  action: {
    type: 'text',
    clinic: true,
    default: undefined,
    desc: 'Endpoint the inquiry form posts to (https:, http: on localhost only); overrides page config `inquiryUrl`.',
  },
  'privacy-url': {
    type: 'text',
    clinic: true,
    default: undefined,
    desc: "URL of the clinic's privacy policy, linked under the consent box; overrides page config `privacyUrl`.",
  },
  encoding: {
    type: 'enum',
    values: ['json', 'form'],
    clinic: true,
    default: 'json',
    desc: 'How the form is sent: `json` or `form` (application/x-www-form-urlencoded).',
  },
  timeout: {
    type: 'number',
    min: 1,
    max: 120,
    clinic: true,
    default: 15,
    desc: 'Seconds to wait for the endpoint before giving up, from 1 to 120. Values outside are clamped with one warning; a value that is not a positive number warns and uses the default.',
  },
  ...common,
} as const satisfies Schema;
