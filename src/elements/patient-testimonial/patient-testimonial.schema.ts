import {common} from '../../core/element.schema.js';
import type {Schema} from '../../core/schema.js';

export const summary = 'Patient testimonials: one quote, or a set with previous/next and optional rotation.';

export const schema = {
  index: {
    type: 'number',
    clinic: false,
    min: 0,
    step: 1,
    default: undefined,
    desc: '0-based index of the one testimonial to show, without controls: a whole number from 0 to the count − 1 (0–1 today); any other value warns once and shows the first. Without it, every testimonial is shown as a set to step through.',
  },
  rotate: {
    type: 'number',
    clinic: false,
    min: 1,
    max: 2147483.647,
    default: undefined,
    desc: 'Seconds between automatic changes, for the set only: from 1 to 2147483.647 (the longest timer delay, 2^31 − 1 ms); a positive value outside that range is clamped to it with one warning; zero, negative or not a number warns and does not rotate. Ignored under reduced motion; without it nothing rotates.',
  },
  attribution: {
    type: 'text',
    clinic: true,
    default: undefined,
    desc: 'Who the quotes are attributed to, shown as text; overrides the page config `attribution`. Default: "Patient" in the page\'s language.',
  },
  ...common,
} as const satisfies Schema;
