import {msg} from '@lit/localize';

/**
 * The types of dystonia: classification by body distribution and the
 * syndromes, with corrections C1–C5 of ../shared/content/review.md applied.
 */

export const distributionTypeIds = [
  'generalized',
  'focal',
  'multifocal',
  'segmental',
  'hemidystonia',
] as const;

export const syndromeIds = [
  'cervical',
  'torsion',
  'tardive',
  'writers-cramp',
  'oromandibular',
  'blepharospasm',
  'cranial',
  'spasmodic',
  'paroxysmal',
] as const;

export type DistributionTypeId = (typeof distributionTypeIds)[number];
export type SyndromeId = (typeof syndromeIds)[number];
export type DystoniaTypeId = DistributionTypeId | SyndromeId;
export type DystoniaTypeGroup = 'distribution' | 'syndromes';

export const dystoniaTypeIds: readonly DystoniaTypeId[] = [...distributionTypeIds, ...syndromeIds];

export interface DystoniaType {
  id: DystoniaTypeId;
  group: DystoniaTypeGroup;
  name: string;
  description: string;
}

export interface TypesContent {
  heading: string;
  /** Introduces the classification by body distribution. */
  distributionIntro: string;
  /** Introduces the syndromes. */
  syndromesIntro: string;
  types: DystoniaType[];
}

/** The localized text of the types section; call at render time. */
export function typesContent(): TypesContent {
  const distribution = (id: DistributionTypeId, name: string, description: string): DystoniaType => ({
    id,
    group: 'distribution',
    name,
    description,
  });
  const syndrome = (id: SyndromeId, name: string, description: string): DystoniaType => ({
    id,
    group: 'syndromes',
    name,
    description,
  });
  return {
    heading: msg('Different Types of Dystonia', {
      id: 'types.heading',
      desc: 'Heading of the section on the types of dystonia.',
    }),
    distributionIntro: msg(
      'The type of dystonia you have is classified by the part of the body it affects.',
      {
        id: 'types.distribution.intro',
        desc: 'Introduces the list of types classified by the body part affected.',
      }
    ),
    syndromesIntro: msg(
      'Based on its patterns, dystonias can also be classified as one of the following syndromes:',
      {
        id: 'types.syndromes.intro',
        desc: 'Introduces the list of dystonia syndromes; followed by the list.',
      }
    ),
    types: [
      distribution(
        'generalized',
        msg('Generalized dystonia', {
          id: 'types.generalized.name',
          desc: 'Name of a type of dystonia (classified by body distribution).',
        }),
        msg('affects most or all of the body.', {
          id: 'types.generalized.description',
          desc: 'Description of the type above, shown as its own paragraph under the name. In English it continues the name ("… dystonia: affects …"); in your language it may be a full sentence.',
        })
      ),
      distribution(
        'focal',
        msg('Focal dystonia', {
          id: 'types.focal.name',
          desc: 'Name of a type of dystonia (classified by body distribution).',
        }),
        msg('affects a single body part.', {
          id: 'types.focal.description',
          desc: 'Description of the type above, shown as its own paragraph under the name. In English it continues the name ("… dystonia: affects …"); in your language it may be a full sentence.',
        })
      ),
      distribution(
        'multifocal',
        msg('Multifocal dystonia', {
          id: 'types.multifocal.name',
          desc: 'Name of a type of dystonia (classified by body distribution).',
        }),
        msg('affects more than one unrelated body part.', {
          id: 'types.multifocal.description',
          desc: 'Description of the type above, shown as its own paragraph under the name. In English it continues the name ("… dystonia: affects …"); in your language it may be a full sentence.',
        })
      ),
      distribution(
        'segmental',
        msg('Segmental dystonia', {
          id: 'types.segmental.name',
          desc: 'Name of a type of dystonia (classified by body distribution).',
        }),
        msg('involves adjacent body parts', {
          id: 'types.segmental.description',
          desc: 'Description of the type above, shown as its own paragraph under the name. In English it continues the name ("… dystonia: affects …"); in your language it may be a full sentence. The English source has no final full stop.',
        })
      ),
      distribution(
        'hemidystonia',
        msg('Hemidystonia', {
          id: 'types.hemidystonia.name',
          desc: 'Name of a type of dystonia (classified by body distribution).',
        }),
        msg('affects the arm and leg of the same side of the body.', {
          id: 'types.hemidystonia.description',
          desc: 'Description of the type above, shown as its own paragraph under the name. In English it continues the name ("… dystonia: affects …"); in your language it may be a full sentence.',
        })
      ),
      syndrome(
        'cervical',
        msg('Cervical dystonia (torticollis)', {
          id: 'types.cervical.name',
          desc: 'Name of a dystonia syndrome; "torticollis" is its other medical name.',
        }),
        msg(
          'is the most common type of dystonia-related syndrome and occurs mostly in middle-aged individuals. It affects the neck muscles, causing the head to twist and turn or be pulled backward or forward.',
          {
            id: 'types.cervical.description',
            desc: 'Description of the syndrome above, shown as its own paragraph under the name. In English it continues the name ("Torsion dystonia is a rare form …"); in your language write a full sentence, naming the syndrome again if needed.',
          }
        )
      ),
      syndrome(
        'torsion',
        msg('Torsion dystonia', {
          id: 'types.torsion.name',
          desc: 'Name of a dystonia syndrome.',
        }),
        msg(
          'is a rare form of dystonia that disables the entire body. Symptoms generally appear in childhood and get worse over time.',
          {
            id: 'types.torsion.description',
            desc: 'Description of the syndrome above, shown as its own paragraph under the name. In English it continues the name ("Torsion dystonia is a rare form …"); in your language write a full sentence, naming the syndrome again if needed.',
          }
        )
      ),
      syndrome(
        'tardive',
        msg('Tardive dystonia', {
          id: 'types.tardive.name',
          desc: 'Name of a dystonia syndrome.',
        }),
        msg(
          'is caused by an adverse reaction to a drug. Symptoms are typically only temporary and are treatable with medication.',
          {
            id: 'types.tardive.description',
            desc: 'Description of the syndrome above, shown as its own paragraph under the name. In English it continues the name; in your language write a full sentence. Keep the clinic’s claim exactly as written: do not soften or extend it.',
          }
        )
      ),
      syndrome(
        'writers-cramp',
        msg('Writer’s cramp', {
          id: 'types.writers-cramp.name',
          desc: 'Name of a dystonia syndrome (a task-specific dystonia of the hand).',
        }),
        msg(
          'is a type of dystonia that only occurs while writing and affects the hand and/or forearm muscles.',
          {
            id: 'types.writers-cramp.description',
            desc: 'Description of the syndrome above, shown as its own paragraph under the name. In English it continues the name ("Torsion dystonia is a rare form …"); in your language write a full sentence, naming the syndrome again if needed.',
          }
        )
      ),
      syndrome(
        'oromandibular',
        msg('Oromandibular dystonia', {
          id: 'types.oromandibular.name',
          desc: 'Name of a dystonia syndrome (jaw, lips and tongue).',
        }),
        msg(
          'causes spasms of the jaw, lips and tongue muscles and creates problems with the patient’s speech and swallowing.',
          {
            id: 'types.oromandibular.description',
            desc: 'Description of the syndrome above, shown as its own paragraph under the name. In English it continues the name ("Torsion dystonia is a rare form …"); in your language write a full sentence, naming the syndrome again if needed.',
          }
        )
      ),
      syndrome(
        'blepharospasm',
        msg('Blepharospasm', {
          id: 'types.blepharospasm.name',
          desc: 'Name of a dystonia syndrome affecting the eyelids; use the medical term.',
        }),
        msg(
          'affects the eyes and usually begins with blinking. Both eyes will eventually become affected as spasms can cause the eyelids to involuntarily close and oftentimes, stay closed. The person affected may have normal vision, but dystonia creates a closing of the eyelids, making the person functionally blind.',
          {
            id: 'types.blepharospasm.description',
            desc: 'Description of the syndrome above, shown as its own paragraph under the name. In English it continues the name ("Torsion dystonia is a rare form …"); in your language write a full sentence, naming the syndrome again if needed.',
          }
        )
      ),
      syndrome(
        'cranial',
        msg('Cranial dystonia', {
          id: 'types.cranial.name',
          desc: 'Name of a dystonia syndrome.',
        }),
        msg('affects the head, face and neck muscles.', {
          id: 'types.cranial.description',
          desc: 'Description of the syndrome above, shown as its own paragraph under the name. In English it continues the name ("Torsion dystonia is a rare form …"); in your language write a full sentence, naming the syndrome again if needed.',
        })
      ),
      syndrome(
        'spasmodic',
        msg('Spasmodic dystonia', {
          id: 'types.spasmodic.name',
          desc: 'Name of a dystonia syndrome affecting the voice (spasmodic dysphonia).',
        }),
        msg('affects the throat muscles that are responsible for speech.', {
          id: 'types.spasmodic.description',
          desc: 'Description of the syndrome above, shown as its own paragraph under the name. In English it continues the name ("Torsion dystonia is a rare form …"); in your language write a full sentence, naming the syndrome again if needed.',
        })
      ),
      syndrome(
        'paroxysmal',
        msg('Paroxysmal dystonia', {
          id: 'types.paroxysmal.name',
          desc: 'Name of a dystonia syndrome.',
        }),
        msg('is episodic and produces symptoms only when the person is experiencing an attack.', {
          id: 'types.paroxysmal.description',
          desc: 'Description of the syndrome above, shown as its own paragraph under the name. In English it continues the name ("Torsion dystonia is a rare form …"); in your language write a full sentence, naming the syndrome again if needed.',
        })
      ),
    ],
  };
}
