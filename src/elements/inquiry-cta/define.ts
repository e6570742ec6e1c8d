import '../../core/trusted-types-guard.js';
import {define} from '../../core/define.js';
import {InquiryCta} from './inquiry-cta.js';

export * from './inquiry-cta.js';

define('inquiry-cta', InquiryCta);

declare global {
  interface HTMLElementTagNameMap {
    'inquiry-cta': InquiryCta;
  }
}
