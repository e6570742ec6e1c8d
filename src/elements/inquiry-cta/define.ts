import {define} from '../../core/define.js';
import {
  InquiryCta,
  type InquiryErrorDetail,
  type InquiryErrorReason,
  type InquiryPayload,
  type InquirySubmitDetail,
  type InquirySuccessDetail,
} from './inquiry-cta.js';

export {InquiryCta};
export type {
  InquiryErrorDetail,
  InquiryErrorReason,
  InquiryPayload,
  InquirySubmitDetail,
  InquirySuccessDetail,
};

define('inquiry-cta', InquiryCta);

declare global {
  interface HTMLElementTagNameMap {
    'inquiry-cta': InquiryCta;
  }
}
