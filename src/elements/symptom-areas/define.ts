import {define} from '../../core/define.js';
import {SymptomAreas, type AreaSelectDetail} from './symptom-areas.js';

export {SymptomAreas};
export type {AreaSelectDetail};

define('symptom-areas', SymptomAreas);

declare global {
  interface HTMLElementTagNameMap {
    'symptom-areas': SymptomAreas;
  }
}
