import {common} from '../../core/element.schema.js';
import type {Schema} from '../../core/schema.js';

export const summary = "How the clinic can help, with the clinic's configured name.";

export const schema = {
  'clinic-name': {
    type: 'text',
    clinic: true,
    default: undefined,
    desc: "The clinic's name, shown as text; overrides page config `clinicName`.",
  },
  ...common,
} as const satisfies Schema;
