import {common} from '../../core/element.schema.js';
import type {Schema} from '../../core/schema.js';

export const summary = 'The complete dystonia guide with in-page navigation.';

export const schema = {
  'clinic-name': {
    type: 'text',
    clinic: true,
    default: undefined,
    desc: "The clinic's name, passed to the sections; overrides page config `clinicName`.",
  },
  ...common,
} as const satisfies Schema;
