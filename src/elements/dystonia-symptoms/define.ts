import '../../core/trusted-types-guard.js';
import {define} from '../../core/define.js';
import {DystoniaSymptoms} from './dystonia-symptoms.js';

export * from './dystonia-symptoms.js';

define('dystonia-symptoms', DystoniaSymptoms);

declare global {
  interface HTMLElementTagNameMap {
    'dystonia-symptoms': DystoniaSymptoms;
  }
}
