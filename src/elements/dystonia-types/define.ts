import {define} from '../../core/define.js';
import {DystoniaTypes, type TypeToggleDetail, type TypesFilter} from './dystonia-types.js';

export {DystoniaTypes};
export type {TypeToggleDetail, TypesFilter};

define('dystonia-types', DystoniaTypes);

declare global {
  interface HTMLElementTagNameMap {
    'dystonia-types': DystoniaTypes;
  }
}
