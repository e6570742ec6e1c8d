import '../../core/trusted-types-guard.js';
import {define} from '../../core/define.js';
import {DystoniaGuide} from './dystonia-guide.js';

export * from './dystonia-guide.js';

define('dystonia-guide', DystoniaGuide);

declare global {
  interface HTMLElementTagNameMap {
    'dystonia-guide': DystoniaGuide;
  }
}
