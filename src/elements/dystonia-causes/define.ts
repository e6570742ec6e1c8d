import '../../core/trusted-types-guard.js';
import {define} from '../../core/define.js';
import {DystoniaCauses} from './dystonia-causes.js';

export * from './dystonia-causes.js';

define('dystonia-causes', DystoniaCauses);

declare global {
  interface HTMLElementTagNameMap {
    'dystonia-causes': DystoniaCauses;
  }
}
