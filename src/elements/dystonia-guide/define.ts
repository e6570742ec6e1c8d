import {define} from '../../core/define.js';
import {DystoniaGuide} from './dystonia-guide.js';

export {DystoniaGuide};

define('dystonia-guide', DystoniaGuide);

declare global {
  interface HTMLElementTagNameMap {
    'dystonia-guide': DystoniaGuide;
  }
}
