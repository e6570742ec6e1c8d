import {msg} from '@lit/localize';

/** The symptoms section: overview, progression and the areas' introduction. */

export interface SymptomsContent {
  heading: string;
  overview: string;
  progression: string;
  areasIntro: string;
  closing: string;
}

/** The localized text of the symptoms section; call at render time. */
export function symptomsContent(): SymptomsContent {
  return {
    heading: msg('Symptoms of Dystonia', {
      id: 'symptoms.heading',
      desc: 'Heading of the section on the symptoms of dystonia.',
    }),
    overview: msg(
      'Symptoms of dystonia are different depending on what part of the body is affected and what form of dystonia is present. Early symptoms may begin with foot cramping or difficulty getting the leg to turn in the proper direction. Handwriting may worsen with the task or when a person is stressed, they may experience the neck pulling involuntarily. Both eyes may blink rapidly and uncontrollably or spasms may cause the eyes to close. Tremors or difficulties speaking are also common with dystonia.',
      {
        id: 'symptoms.overview',
        desc: 'First paragraph of the symptoms section. Keep every "may": these are possible symptoms, not certain ones.',
      }
    ),
    progression: msg(
      'One specific action can be affected, such as a hair stylist having difficulties with her hands while trying to use scissors, but not when trying to type. Initially, symptoms may be mild but may become more noticeable after prolonged stress or fatigue. Over time, symptoms may become more evident and begin to cover a wider area. Impact on daily functioning depends on what part of the body is affected and the severity of the muscle contractions.',
      {
        id: 'symptoms.progression',
        desc: 'Second paragraph of the symptoms section (task-specific symptoms and how they may develop).',
      }
    ),
    areasIntro: msg('Here are some areas of the body that are commonly affected by dystonia:', {
      id: 'symptoms.areas.intro',
      desc: 'Introduces the list of body areas (eyes, neck, …) that follows directly.',
    }),
    closing: msg(
      'People affected by dystonia often complain of pain and exhaustion because of the constant muscle contractions. When symptoms begin in childhood, they generally appear in the hand or foot and progress to the rest of the body. After adolescence, though, the progression rate slows. When dystonia surfaces in early adulthood, it typically begins in the upper body and symptoms progress slowly, remaining focal or centralized to a specific area.',
      {
        id: 'symptoms.closing',
        desc: 'Closing paragraph of the symptoms section, on pain, exhaustion and progression by age of onset.',
      }
    ),
  };
}
