import '../../core/trusted-types-guard.js';
import {define} from '../../core/define.js';
import {DystoniaTypes} from './dystonia-types.js';

export * from './dystonia-types.js';

define('dystonia-types', DystoniaTypes);

declare global {
  interface HTMLElementTagNameMap {
    'dystonia-types': DystoniaTypes;
  }
}
