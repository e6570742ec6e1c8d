import {common} from '../../core/element.schema.js';
import type {Schema} from '../../core/schema.js';

export const summary = 'What causes dystonia, and the causes of acquired dystonia.';

export const schema = {...common} as const satisfies Schema;
