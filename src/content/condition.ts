import {msg} from '@lit/localize';

/**
 * The condition the content is about, by name: for the structured data
 * (src/seo/json-ld.ts), which needs the name on its own, where the sections
 * only have it inside headings ("Symptoms of Dystonia").
 */
export interface ConditionContent {
  name: string;
}

/** The localized name of the condition; call at render time. */
export function conditionContent(): ConditionContent {
  return {
    name: msg('Dystonia', {
      id: 'condition.name',
      desc: 'The name of the condition on its own, as a search engine shows it (schema.org structured data, not shown on the page). Use the same term as in the headings, e.g. "Symptoms of Dystonia".',
    }),
  };
}
