import {define} from '../../core/define.js';
import {SymptomAreas, type AreaSelectDetail} from './symptom-areas.js';

export {SymptomAreas};
export type {AreaSelectDetail};

define('symptom-areas', SymptomAreas);

declare global {
  interface HTMLElementTagNameMap {
    'symptom-areas': SymptomAreas;
  }
  interface HTMLElementEventMap {
    'dw-area-select': CustomEvent<AreaSelectDetail>;
  }
  // The event bubbles and is composed, so hosts often listen on document.
  interface DocumentEventMap {
    'dw-area-select': CustomEvent<AreaSelectDetail>;
  }
}
