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
  interface HTMLElementEventMap {
    'dw-inquiry-submit': CustomEvent<InquirySubmitDetail>;
    'dw-inquiry-success': CustomEvent<InquirySuccessDetail>;
    'dw-inquiry-error': CustomEvent<InquiryErrorDetail>;
  }
  // The events bubble and are composed, so hosts often listen on document.
  interface DocumentEventMap {
    'dw-inquiry-submit': CustomEvent<InquirySubmitDetail>;
    'dw-inquiry-success': CustomEvent<InquirySuccessDetail>;
    'dw-inquiry-error': CustomEvent<InquiryErrorDetail>;
  }
}
