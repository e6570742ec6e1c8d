import {common} from '../../core/element.schema.js';
import type {Schema} from '../../core/schema.js';

export const summary = 'Body areas affected by dystonia, as a list and an interactive body map.';

export const schema = {
  selected: {
    type: 'text',
    clinic: false,
    default: '',
    desc: "The selected area's id (`eyes`, `neck`, `face-head-neck`, `vocal-cords`, `hand-forearm`), or empty for none. Kept in sync when a person selects.",
  },
  'no-map': {
    type: 'boolean',
    clinic: false,
    default: false,
    desc: 'Shows the list only, without the body map.',
  },
  ...common,
} as const satisfies Schema;
