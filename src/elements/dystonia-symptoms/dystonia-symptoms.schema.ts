import {common} from '../../core/element.schema.js';
import type {Schema} from '../../core/schema.js';

export const summary = 'Symptoms of dystonia, with the body areas commonly affected.';

export const schema = {
  'no-areas': {
    type: 'boolean',
    clinic: false,
    default: false,
    desc: 'Leave out the body areas and the sentence introducing them.',
  },
  ...common,
} as const satisfies Schema;
