import '../../core/trusted-types-guard.js';
import {define} from '../../core/define.js';
import {SymptomAreas} from './symptom-areas.js';

export * from './symptom-areas.js';

define('symptom-areas', SymptomAreas);

declare global {
  interface HTMLElementTagNameMap {
    'symptom-areas': SymptomAreas;
  }
}
