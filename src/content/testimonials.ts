import {msg, str} from '@lit/localize';

/**
 * The patients' quotes from the clinic's page (../shared/content/review.md,
 * "Testimonials"): verbatim, with no names, ages or photos, and the
 * carousel's interface text.
 *
 * The quotation marks are part of each quote's message, not added by the
 * template: every language writes its own (“ ” in English, « » in Spanish
 * and Arabic), and a translator sees the quote as readers will.
 */

export const testimonialIds = ['neck-brace', 'wonderful-decision'] as const;

export type TestimonialId = (typeof testimonialIds)[number];

export interface Testimonial {
  id: TestimonialId;
  /** The patient's words, inside the language's quotation marks. */
  quote: string;
}

export interface TestimonialsContent {
  testimonials: Testimonial[];
  /** Default attribution under each quote. */
  attribution: string;
  /** Accessible name of the set of testimonials. */
  label: string;
  /** What screen readers call the set (aria-roledescription). */
  carouselRole: string;
  /** What screen readers call one testimonial of the set (aria-roledescription). */
  slideRole: string;
  previous: string;
  next: string;
  /** Label of the button that stops automatic rotation. */
  stop: string;
  /** Label of the button that starts automatic rotation again. */
  start: string;
  /** "1 of 2": numbers already formatted for the language. */
  position: (current: string, total: string) => string;
}

/** The localized testimonials and interface text; call at render time. */
export function testimonialsContent(): TestimonialsContent {
  return {
    testimonials: [
      {
        id: 'neck-brace',
        quote: msg(
          '“I’ve definitely come a long way since my first day here. I came in with a neck brace on…and on my 5th day of treatment I’m walking around with my head up again.”',
          {
            id: 'testimonials.neck-brace.quote',
            desc: 'A patient’s own words, quoted on the clinic’s page. Translate faithfully in the patient’s voice: first person, spoken and informal, without polishing, shortening or adding anything. Keep the ellipsis between “on” and “and” and the “5th day”. Keep the opening and closing quotation marks, written the way your language writes them (for example « » or “ ”).',
          }
        ),
      },
      {
        id: 'wonderful-decision',
        quote: msg(
          '“I didn’t go to a regular neurologist because I knew my options there were very limited to medication, botox injections (which I did NOT want), and so I decided to come here. It was a wonderful decision!”',
          {
            id: 'testimonials.wonderful-decision.quote',
            desc: 'A patient’s own words, quoted on the clinic’s page. Translate faithfully in the patient’s voice: first person, spoken and informal, without polishing, shortening or adding anything. Keep the emphasis of “NOT” (capital letters, or the way your language shows spoken emphasis in plain text), the parentheses and the exclamation. Keep the opening and closing quotation marks, written the way your language writes them (for example « » or “ ”).',
          }
        ),
      },
    ],
    attribution: msg('Patient', {
      id: 'testimonials.attribution',
      desc: 'Shown under a patient’s quote instead of a name (the clinic gives no names). One word: a person who is treated at the clinic; use a form that fits any gender if your language has one.',
    }),
    label: msg('Patient testimonials', {
      id: 'testimonials.label',
      desc: 'Name that screen readers announce for the set of patient quotes a visitor can step through.',
    }),
    carouselRole: msg('carousel', {
      id: 'testimonials.carousel-role',
      desc: 'Screen readers announce this word as the kind of element: a set of items shown one at a time (a slide show). Lowercase unless your language capitalizes such nouns.',
    }),
    slideRole: msg('slide', {
      id: 'testimonials.slide-role',
      desc: 'Screen readers announce this word as the kind of element: one item of a slide show (here, one patient quote). Lowercase unless your language capitalizes such nouns.',
    }),
    previous: msg('Previous testimonial', {
      id: 'testimonials.previous',
      desc: 'Visible text, beside an arrow, of the button that shows the previous patient quote; also its accessible name. Keep it short.',
    }),
    next: msg('Next testimonial', {
      id: 'testimonials.next',
      desc: 'Visible text, beside an arrow, of the button that shows the next patient quote; also its accessible name. Keep it short.',
    }),
    stop: msg('Stop automatic rotation', {
      id: 'testimonials.stop',
      desc: 'Visible text, beside a pause symbol, of the button that stops the patient quotes from changing on their own; also its accessible name. Keep it short.',
    }),
    start: msg('Start automatic rotation', {
      id: 'testimonials.start',
      desc: 'Visible text, beside a play symbol, of the button that lets the patient quotes change on their own again; also its accessible name. Keep it short.',
    }),
    position: (current: string, total: string) =>
      msg(str`${current} of ${total}`, {
        id: 'testimonials.position',
        desc: 'Which patient quote is shown, e.g. “1 of 2”: the first placeholder is the quote’s number, the second the number of quotes. Shown between the arrow buttons and read by screen readers.',
      }),
  };
}
