import {msg, str} from '@lit/localize';
import {isolate} from '../core/bidi.js';

/**
 * The call to action that ends the page. The inquiry form's labels, hints,
 * errors and status texts are in cta-form.ts, loaded with the form's code.
 * The clinic's name, phone number and addresses are configuration; this
 * module holds only words.
 */

export interface CtaContent {
  heading: string;
  text: string;
  /** Text of the link button to the clinic's contact page. */
  link: string;
  /** Shown before the phone number, inside the call link. */
  call: string;
}

/** The localized text of the call to action; call at render time. */
export function ctaContent(clinic: string | undefined): CtaContent {
  // The name is isolated from the sentence around it (see core/bidi.ts).
  clinic = clinic === undefined ? undefined : isolate(clinic);
  return {
    heading:
      clinic === undefined
        ? msg('Request More Information Today', {
            id: 'cta.heading.neutral',
            desc: 'Heading of the call to action at the end of the page, used when no clinic name is configured.',
          })
        : msg(str`Request More Information About ${clinic} Today`, {
            id: 'cta.heading',
            desc: 'Heading of the call to action at the end of the page. The placeholder is the clinic’s name (e.g. "Cerebrum Health Centers"); move it where your grammar needs it.',
          }),
    text: msg('Don’t give up hope. Give us a call. We can help.', {
      id: 'cta.text',
      desc: 'Encouraging sentences under the call-to-action heading, spoken by the clinic to the reader.',
    }),
    link: msg('Contact us', {
      id: 'cta.link',
      desc: 'Button-styled link to the clinic’s contact page.',
    }),
    call: msg('Call us', {
      id: 'cta.call',
      desc: 'Start of the phone link; the clinic’s phone number follows it, as the clinic wrote it.',
    }),
  };
}
