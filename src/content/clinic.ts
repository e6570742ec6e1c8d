import {msg, str} from '@lit/localize';
import {isolate} from '../core/bidi.js';

/**
 * How the clinic can help. The clinic's name is configuration, inserted as a
 * placeholder; without one, neutral variants are used (one message each).
 */

export interface ClinicContent {
  heading: string;
  experience: string;
  /** First sentence of the second paragraph (names the clinic). */
  approach: string;
  /** The rest of the second paragraph. */
  process: string;
}

/** The localized text of the clinic section; call at render time. */
export function clinicContent(clinic: string | undefined): ClinicContent {
  // The name is isolated from the sentence around it (see core/bidi.ts).
  clinic = clinic === undefined ? undefined : isolate(clinic);
  return {
    heading:
      clinic === undefined
        ? msg('How Our Clinic Can Help', {
            id: 'clinic.heading.neutral',
            desc: 'Heading of the section on how the clinic helps, used when no clinic name is configured.',
          })
        : msg(str`How ${clinic} Can Help`, {
            id: 'clinic.heading',
            desc: 'Heading of the section on how the clinic helps. The placeholder is the clinic’s name (e.g. "Cerebrum Health Centers"); move it where your grammar needs it.',
          }),
    experience: msg(
      'Dystonia can present in a variety of ways, but all impact core motor function. One of the more common forms of Dystonia is Cervical Dystonia which causes the head and neck to constrict into a seemingly unnatural position. You feel as if a part of your body is not yours anymore. You may feel “deformed” or “disfigured” whenever symptoms present. Levels of pain range from mild to severe. Many patients come to us after losing hope along their medical journey. They have seen dozens of medical professionals, only to be told they have to live with their condition or take medications with side effects to manage it.',
      {
        id: 'clinic.experience',
        desc: 'First paragraph of the clinic section, addressed to the reader ("you"). The quoted words are how patients describe feeling; use your language’s quotation marks.',
      }
    ),
    approach:
      clinic === undefined
        ? msg(
            'At our clinic, we see things in a different light because we understand the inherent ability for the brain and nervous system to heal.',
            {
              id: 'clinic.approach.neutral',
              desc: 'First sentence of the second paragraph of the clinic section, used when no clinic name is configured. The rest of the paragraph follows in the same paragraph.',
            }
          )
        : msg(
            str`At ${clinic}, we see things in a different light because we understand the inherent ability for the brain and nervous system to heal.`,
            {
              id: 'clinic.approach',
              desc: 'First sentence of the second paragraph of the clinic section. The placeholder is the clinic’s name. The rest of the paragraph follows in the same paragraph.',
            }
          ),
    process: msg(
      'Our doctors and staff understand how to assess patients’ brain function using a complex neurological physical exam, a VNG exam, a Computerized Dynamic Posturography, Gait Analysis, and for some patients even functional medical labs. Our team takes time to listen, to build a case history, to analyze your prior records, to build a custom treatment plan, to reassess, retest, and adapt therapies throughout the duration of your stay. It’s a very dynamic process in a very relaxed and family friendly environment. Our patients tell us over and over how we give them renewed hope. Don’t give up hope. Give us a call. We can help.',
      {
        id: 'clinic.process',
        desc: 'Rest of the second paragraph of the clinic section, after the sentence naming the clinic. VNG = videonystagmography; keep the names of the assessments as medical terms.',
      }
    ),
  };
}
