import {common} from '../../core/element.schema.js';
import type {Schema} from '../../core/schema.js';

export const summary = 'Types of dystonia as an accessible disclosure list.';

export const schema = {
  filter: {
    type: 'enum',
    clinic: false,
    values: ['all', 'distribution', 'syndromes'],
    default: 'all',
    desc: 'Which types to show: `all`, `distribution` or `syndromes`.',
  },
  open: {
    type: 'text',
    clinic: false,
    default: '',
    desc: 'Type ids to show opened, separated by spaces (e.g. `focal cervical`), or `all`. Kept in sync when a person opens or closes a type.',
  },
  ...common,
} as const satisfies Schema;
