import type {msg as litMsg} from '@lit/localize';

/**
 * The inquiry form's labels, hints, errors and status texts. Only the form's
 * code (src/elements/inquiry-cta/inquiry-form.ts, a lazily loaded chunk)
 * imports this module, so a page without a form never downloads its text.
 * That chunk must import nothing at run time, so `msg` comes from the
 * bundle as an argument; `lit-localize extract` finds these messages by
 * msg's type all the same, with their ids.
 */

/** Reasons a field is refused before sending, each with its own message. */
export type CtaErrorCode =
  | 'name-missing'
  | 'reply-missing'
  | 'email-missing'
  | 'email-invalid'
  | 'phone-missing'
  | 'phone-invalid'
  | 'message-long'
  | 'consent-missing';

/** What the form says below the button, after a try or while sending. */
export type CtaStatus = 'sending' | 'invalid' | 'network' | 'unconfirmed' | 'timeout' | 'rejected' | 'server';

export interface FormContent {
  name: string;
  email: string;
  phone: string;
  /** Explains that an e-mail address or a phone number is needed. */
  replyHint: string;
  /** Legend of the preferred way to reply. */
  method: string;
  byEmail: string;
  byPhone: string;
  message: string;
  messageHint: string;
  /** Before the number of characters the message may still have. */
  charactersLeft: string;
  /** Before the number of characters the message has beyond its maximum. */
  charactersOver: string;
  consent: string;
  privacy: string;
  submit: string;
  errors: Record<CtaErrorCode, string>;
  status: Record<CtaStatus, string>;
  success: string;
}

/** The localized text of the inquiry form; call at render time with @lit/localize's msg. */
export function formContent(msg: typeof litMsg): FormContent {
  const sending = msg('Sending…', {
    id: 'cta.form.sending',
    desc: 'Shown on the send button, and announced, while the inquiry form is being sent.',
  });
  return {
    name: msg('Name (required)', {
      id: 'cta.form.name',
      desc: 'Label of the inquiry form’s name field. Keep the mark that says the field must be filled in.',
    }),
    email: msg('Email', {
      id: 'cta.form.email',
      desc: 'Label of the inquiry form’s e-mail address field.',
    }),
    phone: msg('Phone', {
      id: 'cta.form.phone',
      desc: 'Label of the inquiry form’s phone number field.',
    }),
    replyHint: msg('Give an email address, a phone number or both, so that we can reply.', {
      id: 'cta.form.reply-hint',
      desc: 'Hint above the e-mail and phone fields of the inquiry form: at least one of the two is needed.',
    }),
    method: msg('Preferred way to reply', {
      id: 'cta.form.method',
      desc: 'Title of the pair of choices "By email" / "By phone" in the inquiry form.',
    }),
    byEmail: msg('By email', {
      id: 'cta.form.method.email',
      desc: 'Choice: the person prefers that the clinic replies by e-mail.',
    }),
    byPhone: msg('By phone', {
      id: 'cta.form.method.phone',
      desc: 'Choice: the person prefers that the clinic replies by phone.',
    }),
    message: msg('Message (optional)', {
      id: 'cta.form.message',
      desc: 'Label of the inquiry form’s free-text message field, which may be left empty.',
    }),
    messageHint: msg('Please do not include medical details here.', {
      id: 'cta.form.message-hint',
      desc: 'Hint under the message field: the form is not a safe place for health information.',
    }),
    charactersLeft: msg('Characters left:', {
      id: 'cta.form.characters-left',
      desc: 'Under the message field, before a number: how many more characters the message may have.',
    }),
    charactersOver: msg('Characters too many:', {
      id: 'cta.form.characters-over',
      desc: 'Under the message field, before a number: how many characters the message has beyond its maximum.',
    }),
    consent: msg('I agree that the clinic may use these details to reply to my request (required).', {
      id: 'cta.form.consent',
      desc: 'Label of the consent checkbox, which must be ticked to send the form. Keep the mark that says it is required.',
    }),
    privacy: msg('Privacy policy (opens in a new tab)', {
      id: 'cta.form.privacy',
      desc: 'Link to the clinic’s privacy policy, under the consent checkbox. It opens in a new tab so that the form keeps what was typed.',
    }),
    submit: msg('Send request', {
      id: 'cta.form.submit',
      desc: 'Button that sends the inquiry form to the clinic.',
    }),
    errors: {
      'name-missing': msg('Enter your name.', {
        id: 'cta.error.name-missing',
        desc: 'Error under the name field when it was left empty.',
      }),
      'reply-missing': msg('Enter an email address or a phone number.', {
        id: 'cta.error.reply-missing',
        desc: 'Error under the e-mail field when neither an e-mail address nor a phone number was given.',
      }),
      'email-missing': msg('Enter the email address we should reply to.', {
        id: 'cta.error.email-missing',
        desc: 'Error under the e-mail field when "By email" was chosen but no address was given.',
      }),
      'email-invalid': msg('Enter an email address like name@example.com.', {
        id: 'cta.error.email-invalid',
        desc: 'Error under the e-mail field when the address is not valid. Keep name@example.com as an example address.',
      }),
      'phone-missing': msg('Enter the phone number we should call.', {
        id: 'cta.error.phone-missing',
        desc: 'Error under the phone field when "By phone" was chosen but no number was given.',
      }),
      'phone-invalid': msg('Enter a phone number using only digits, spaces and + ( ) - .', {
        id: 'cta.error.phone-invalid',
        desc: 'Error under the phone field when the number contains other characters. Keep the characters + ( ) - . as they are.',
      }),
      'message-long': msg('Shorten your message.', {
        id: 'cta.error.message-long',
        desc: 'Error under the message field when it is longer than the maximum; the count under the field says by how much.',
      }),
      'consent-missing': msg('Check the box to agree, so that we can reply.', {
        id: 'cta.error.consent-missing',
        desc: 'Error under the consent checkbox when the form was sent without ticking it.',
      }),
    },
    status: {
      sending,
      invalid: msg('Please check the fields marked with an error.', {
        id: 'cta.status.invalid',
        desc: 'Shown under the send button when some fields need correcting; each has its own error message.',
      }),
      network: msg('We could not reach the clinic. Check your internet connection and try again.', {
        id: 'cta.status.network',
        desc: 'Shown under the send button when the form could not be sent because the connection failed. What was typed is kept.',
      }),
      unconfirmed: msg(
        'We could not confirm that the clinic received your request. It may have arrived, so before sending it again, please wait for a reply or contact the clinic another way.',
        {
          id: 'cta.status.unconfirmed',
          desc: 'Shown under the send button when the request may have reached the clinic but no confirmation came back. It must not say the request failed, so that the person does not send it twice without knowing. What was typed is kept.',
        }
      ),
      timeout: msg('The clinic took too long to answer. Please try again.', {
        id: 'cta.status.timeout',
        desc: 'Shown under the send button when sending the form timed out. What was typed is kept.',
      }),
      rejected: msg('The clinic could not accept your request. Please check your details and try again.', {
        id: 'cta.status.rejected',
        desc: 'Shown under the send button when the clinic’s server refused the form without saying which field is wrong. What was typed is kept.',
      }),
      server: msg('Something went wrong and we could not confirm your request. Please try again later.', {
        id: 'cta.status.server',
        desc: 'Shown under the send button when the clinic’s server failed or gave an unreadable answer. What was typed is kept.',
      }),
    },
    success: msg('Thank you. Your request has been sent.', {
      id: 'cta.success',
      desc: 'Replaces the inquiry form once the clinic’s server has received it.',
    }),
  };
}
