import {msg} from '@lit/localize';

/**
 * The types of dystonia: classification by body distribution and the
 * syndromes, with corrections C1–C5 of ../shared/content/review.md applied.
 * Each description is a whole sentence that names its type again (the
 * scraped page continued the heading: "Torsion dystonia" / "is a rare
 * form …"), so that it reads on its own under the name, in every language.
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
        msg('Generalized dystonia affects most or all of the body.', {
          id: 'types.generalized.description',
          desc: 'Description of the type above, shown as its own paragraph under the name: a whole sentence that names the type again ("Focal dystonia affects a single body part."). Write a whole sentence in your language too, naming the type again.',
        })
      ),
      distribution(
        'focal',
        msg('Focal dystonia', {
          id: 'types.focal.name',
          desc: 'Name of a type of dystonia (classified by body distribution).',
        }),
        msg('Focal dystonia affects a single body part.', {
          id: 'types.focal.description',
          desc: 'Description of the type above, shown as its own paragraph under the name: a whole sentence that names the type again ("Focal dystonia affects a single body part."). Write a whole sentence in your language too, naming the type again.',
        })
      ),
      distribution(
        'multifocal',
        msg('Multifocal dystonia', {
          id: 'types.multifocal.name',
          desc: 'Name of a type of dystonia (classified by body distribution).',
        }),
        msg('Multifocal dystonia affects more than one unrelated body part.', {
          id: 'types.multifocal.description',
          desc: 'Description of the type above, shown as its own paragraph under the name: a whole sentence that names the type again ("Focal dystonia affects a single body part."). Write a whole sentence in your language too, naming the type again.',
        })
      ),
      distribution(
        'segmental',
        msg('Segmental dystonia', {
          id: 'types.segmental.name',
          desc: 'Name of a type of dystonia (classified by body distribution).',
        }),
        msg('Segmental dystonia involves adjacent body parts.', {
          id: 'types.segmental.description',
          desc: 'Description of the type above, shown as its own paragraph under the name: a whole sentence that names the type again ("Focal dystonia affects a single body part."). Write a whole sentence in your language too, naming the type again.',
        })
      ),
      distribution(
        'hemidystonia',
        msg('Hemidystonia', {
          id: 'types.hemidystonia.name',
          desc: 'Name of a type of dystonia (classified by body distribution).',
        }),
        msg('Hemidystonia affects the arm and leg of the same side of the body.', {
          id: 'types.hemidystonia.description',
          desc: 'Description of the type above, shown as its own paragraph under the name: a whole sentence that names the type again ("Focal dystonia affects a single body part."). Write a whole sentence in your language too, naming the type again.',
        })
      ),
      syndrome(
        'cervical',
        msg('Cervical dystonia (torticollis)', {
          id: 'types.cervical.name',
          desc: 'Name of a dystonia syndrome; "torticollis" is its other medical name.',
        }),
        msg(
          'Cervical dystonia (torticollis) is the most common type of dystonia-related syndrome and occurs mostly in middle-aged individuals. It affects the neck muscles, causing the head to twist and turn or be pulled backward or forward.',
          {
            id: 'types.cervical.description',
            desc: 'Description of the syndrome above, shown as its own paragraph under the name: whole sentences that name the syndrome again ("Torsion dystonia is a rare form …"). Write whole sentences in your language too, naming the syndrome again.',
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
          'Torsion dystonia is a rare form of dystonia that disables the entire body. Symptoms generally appear in childhood and get worse over time.',
          {
            id: 'types.torsion.description',
            desc: 'Description of the syndrome above, shown as its own paragraph under the name: whole sentences that name the syndrome again ("Torsion dystonia is a rare form …"). Write whole sentences in your language too, naming the syndrome again.',
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
          'Tardive dystonia is caused by an adverse reaction to a drug. Symptoms are typically only temporary and are treatable with medication.',
          {
            id: 'types.tardive.description',
            desc: 'Description of the syndrome above, shown as its own paragraph under the name: whole sentences that name the syndrome again ("Tardive dystonia is caused …"). Write whole sentences in your language too, naming the syndrome again. Keep the clinic’s claim exactly as written: do not soften or extend it.',
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
          'Writer’s cramp is a type of dystonia that only occurs while writing and affects the hand and/or forearm muscles.',
          {
            id: 'types.writers-cramp.description',
            desc: 'Description of the syndrome above, shown as its own paragraph under the name: whole sentences that name the syndrome again ("Torsion dystonia is a rare form …"). Write whole sentences in your language too, naming the syndrome again.',
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
          'Oromandibular dystonia causes spasms of the jaw, lips and tongue muscles and creates problems with the patient’s speech and swallowing.',
          {
            id: 'types.oromandibular.description',
            desc: 'Description of the syndrome above, shown as its own paragraph under the name: whole sentences that name the syndrome again ("Torsion dystonia is a rare form …"). Write whole sentences in your language too, naming the syndrome again.',
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
          'Blepharospasm affects the eyes and usually begins with blinking. Both eyes will eventually become affected as spasms can cause the eyelids to involuntarily close and oftentimes, stay closed. The person affected may have normal vision, but dystonia creates a closing of the eyelids, making the person functionally blind.',
          {
            id: 'types.blepharospasm.description',
            desc: 'Description of the syndrome above, shown as its own paragraph under the name: whole sentences that name the syndrome again ("Torsion dystonia is a rare form …"). Write whole sentences in your language too, naming the syndrome again.',
          }
        )
      ),
      syndrome(
        'cranial',
        msg('Cranial dystonia', {
          id: 'types.cranial.name',
          desc: 'Name of a dystonia syndrome.',
        }),
        msg('Cranial dystonia affects the head, face and neck muscles.', {
          id: 'types.cranial.description',
          desc: 'Description of the syndrome above, shown as its own paragraph under the name: whole sentences that name the syndrome again ("Torsion dystonia is a rare form …"). Write whole sentences in your language too, naming the syndrome again.',
        })
      ),
      syndrome(
        'spasmodic',
        msg('Spasmodic dystonia', {
          id: 'types.spasmodic.name',
          desc: 'Name of a dystonia syndrome affecting the voice (spasmodic dysphonia).',
        }),
        msg('Spasmodic dystonia affects the throat muscles that are responsible for speech.', {
          id: 'types.spasmodic.description',
          desc: 'Description of the syndrome above, shown as its own paragraph under the name: whole sentences that name the syndrome again ("Torsion dystonia is a rare form …"). Write whole sentences in your language too, naming the syndrome again.',
        })
      ),
      syndrome(
        'paroxysmal',
        msg('Paroxysmal dystonia', {
          id: 'types.paroxysmal.name',
          desc: 'Name of a dystonia syndrome.',
        }),
        msg(
          'Paroxysmal dystonia is episodic and produces symptoms only when the person is experiencing an attack.',
          {
            id: 'types.paroxysmal.description',
            desc: 'Description of the syndrome above, shown as its own paragraph under the name: whole sentences that name the syndrome again ("Torsion dystonia is a rare form …"). Write whole sentences in your language too, naming the syndrome again.',
          }
        )
      ),
    ],
  };
}
