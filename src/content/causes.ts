import {msg} from '@lit/localize';

/** What causes dystonia, and the acquired causes, as on the clinic page. */

export const acquiredCauseIds = [
  'brain-trauma',
  'stroke',
  'tumor',
  'oxygen-deprivation',
  'infection',
  'drug-reactions',
  'poisoning',
] as const;

export type AcquiredCauseId = (typeof acquiredCauseIds)[number];

export interface CausesContent {
  heading: string;
  origin: string;
  acquiredIntro: string;
  acquired: Array<{id: AcquiredCauseId; text: string}>;
}

/** The localized text of the causes section; call at render time. */
export function causesContent(): CausesContent {
  return {
    heading: msg('What Causes Dystonia?', {
      id: 'causes.heading',
      desc: 'Heading of the section on the causes of dystonia.',
    }),
    origin: msg(
      'Most cases of dystonia do not have a specific cause, but the origin of the disease seems to be related to the way the nerve cells communicate with each other in the basal ganglia, the area of the brain that is responsible for initiating muscle contraction.',
      {
        id: 'causes.origin',
        desc: 'Paragraph on the origin of dystonia. Keep the hedged wording ("seems to be related").',
      }
    ),
    acquiredIntro: msg(
      'Acquired dystonia is caused by damage to the basal ganglia that may be the result of:',
      {
        id: 'causes.acquired.intro',
        desc: 'Introduces the list of possible causes of acquired dystonia; the list follows directly.',
      }
    ),
    acquired: [
      {
        id: 'brain-trauma',
        text: msg('brain trauma', {
          id: 'causes.acquired.brain-trauma',
          desc: 'List item: a possible cause of acquired dystonia (lower case in English, as a list continuing the sentence above).',
        }),
      },
      {
        id: 'stroke',
        text: msg('stroke', {
          id: 'causes.acquired.stroke',
          desc: 'List item: a possible cause of acquired dystonia.',
        }),
      },
      {
        id: 'tumor',
        text: msg('tumor', {
          id: 'causes.acquired.tumor',
          desc: 'List item: a possible cause of acquired dystonia (a brain tumour).',
        }),
      },
      {
        id: 'oxygen-deprivation',
        text: msg('oxygen deprivation', {
          id: 'causes.acquired.oxygen-deprivation',
          desc: 'List item: a possible cause of acquired dystonia (lack of oxygen to the brain).',
        }),
      },
      {
        id: 'infection',
        text: msg('infection', {
          id: 'causes.acquired.infection',
          desc: 'List item: a possible cause of acquired dystonia.',
        }),
      },
      {
        id: 'drug-reactions',
        text: msg('drug reactions', {
          id: 'causes.acquired.drug-reactions',
          desc: 'List item: a possible cause of acquired dystonia (adverse reactions to medicines).',
        }),
      },
      {
        id: 'poisoning',
        text: msg('poisoning caused by lead or carbon monoxide', {
          id: 'causes.acquired.poisoning',
          desc: 'List item: a possible cause of acquired dystonia.',
        }),
      },
    ],
  };
}
