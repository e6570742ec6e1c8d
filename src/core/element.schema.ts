import type {Schema} from './schema.js';

/** The attributes every element has (src/core/element.ts), last in each element's schema. */
export const common = {
  'heading-level': {
    type: 'number',
    clinic: false,
    min: 1,
    max: 6,
    step: 1,
    default: 2,
    desc: "Level of the element's top heading, a whole number from 1 to 6; another value warns once and gives 2. Inner headings follow it.",
  },
  debug: {
    type: 'boolean',
    clinic: false,
    default: false,
    desc: 'Shows a "Debug" panel after the content, in plain English for the page\'s editor: unknown attributes, refused values, the language asked for and shown, missing settings, blocked content, version and script URL. Page config `"debug": true` turns it on for every widget.',
  },
} as const satisfies Schema;
