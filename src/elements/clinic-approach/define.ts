import '../../core/trusted-types-guard.js';
import {define} from '../../core/define.js';
import {ClinicApproach} from './clinic-approach.js';

export * from './clinic-approach.js';

define('clinic-approach', ClinicApproach);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-approach': ClinicApproach;
  }
}
