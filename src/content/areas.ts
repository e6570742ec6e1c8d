import {msg} from '@lit/localize';
import {typesContent, type SyndromeId} from './types.js';

/**
 * The body areas commonly affected by dystonia, with corrections C6–C8 of
 * ../shared/content/review.md applied (the lost "Eyes" and "Neck" headings restored;
 * each heading and description a message of its own).
 */

/** Area ids, in the page's order. Public API (attribute values, event detail). */
export const areaIds = ['eyes', 'neck', 'face-head-neck', 'vocal-cords', 'hand-forearm'] as const;

export type AreaId = (typeof areaIds)[number];

/**
 * The syndromes whose descriptions name each area (../shared/content/review.md, "Links between
 * body areas and syndromes"), in that table's order.
 */
export const areaSyndromes: Readonly<Record<AreaId, readonly SyndromeId[]>> = {
  eyes: ['blepharospasm'],
  neck: ['cervical'],
  'face-head-neck': ['cranial', 'oromandibular'],
  'vocal-cords': ['spasmodic'],
  'hand-forearm': ['writers-cramp'],
};

/** True when `value` is one of the area ids. */
export function isAreaId(value: unknown): value is AreaId {
  return (areaIds as readonly unknown[]).includes(value);
}

export interface LinkedSyndrome {
  id: SyndromeId;
  /** The syndrome's name, the same message as in `<dystonia-types>`. */
  name: string;
}

export interface BodyArea {
  id: AreaId;
  name: string;
  description: string;
  syndromes: LinkedSyndrome[];
}

export interface AreasContent {
  areas: BodyArea[];
  /** Label above the syndromes linked to the selected area. */
  syndromesLabel: string;
}

/** The localized text of the body areas; call at render time. */
export function areasContent(): AreasContent {
  const names = new Map(typesContent().types.map((type) => [type.id, type.name]));
  const area = (id: AreaId, name: string, description: string): BodyArea => ({
    id,
    name,
    description,
    syndromes: areaSyndromes[id].map((syndrome) => ({
      id: syndrome,
      name: names.get(syndrome) ?? syndrome,
    })),
  });
  return {
    syndromesLabel: msg('Related syndromes', {
      id: 'areas.syndromes.label',
      desc: 'Label shown above the names of the dystonia syndromes linked to the body area a person selected (e.g. "Blepharospasm" for the eyes). Followed by the list of names.',
    }),
    areas: [
      area(
        'eyes',
        msg('Eyes', {
          id: 'areas.eyes.name',
          desc: 'Name of a body area commonly affected by dystonia; a heading, and the label of the button that selects the area on the body map.',
        }),
        msg('Rapid blinking or involuntary spasms.', {
          id: 'areas.eyes.description',
          desc: 'Symptoms in the body area above (the eyes), shown as its own paragraph under the heading.',
        })
      ),
      area(
        'neck',
        msg('Neck', {
          id: 'areas.neck.name',
          desc: 'Name of a body area commonly affected by dystonia; a heading, and the label of the button that selects the area on the body map.',
        }),
        msg('Contractions that cause the head to twist to one side or pull forward or backward.', {
          id: 'areas.neck.description',
          desc: 'Symptoms in the body area above (the neck), shown as its own paragraph under the heading.',
        })
      ),
      area(
        'face-head-neck',
        msg('Face, head and neck', {
          id: 'areas.face-head-neck.name',
          desc: 'Name of a body area commonly affected by dystonia; a heading, and the label of the button that selects the area on the body map.',
        }),
        msg('Contractions in one of these areas, slurred speech or difficulty swallowing.', {
          id: 'areas.face-head-neck.description',
          desc: 'Symptoms in the body area above, shown as its own paragraph under the heading; "these areas" are the face, head and neck named in the heading.',
        })
      ),
      area(
        'vocal-cords',
        msg('Vocal cords', {
          id: 'areas.vocal-cords.name',
          desc: 'Name of a body area commonly affected by dystonia; a heading, and the label of the button that selects the area on the body map.',
        }),
        msg('Muscles controlling vocal cords can be affected causing a tight or whispering voice.', {
          id: 'areas.vocal-cords.description',
          desc: 'Symptoms in the body area above (the vocal cords), shown as its own paragraph under the heading.',
        })
      ),
      area(
        'hand-forearm',
        msg('Hand and forearm', {
          id: 'areas.hand-forearm.name',
          desc: 'Name of a body area commonly affected by dystonia; a heading, and the label of the button that selects the area on the body map.',
        }),
        msg('Some types of dystonia bring symptoms during repetitive, specific activities only.', {
          id: 'areas.hand-forearm.description',
          desc: 'Symptoms in the body area above (the hand and forearm), shown as its own paragraph under the heading.',
        })
      ),
    ],
  };
}
