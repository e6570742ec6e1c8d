import {define} from '../../core/define.js';
import {DystoniaTypes, type TypeToggleDetail} from './dystonia-types.js';

export {DystoniaTypes};
export type {TypeToggleDetail};

define('dystonia-types', DystoniaTypes);

declare global {
  interface HTMLElementTagNameMap {
    'dystonia-types': DystoniaTypes;
  }
}
