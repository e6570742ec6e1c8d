/**
 * schema.org structured data (JSON-LD) for the prerendered fragments
 * (scripts/prerender.mjs): a `MedicalWebPage` about the `MedicalCondition`
 * dystonia, built only from the localized content objects of src/content/,
 * so it says nothing the page does not say, in the page's language.
 *
 * Not imported by any browser entry (no bundle grows): the prerender runs it
 * in Node and writes its output into the fragment's light DOM, where crawlers
 * read it (JSON-LD inside a shadow root is not part of the document).
 *
 * Deliberately left out: `Review`/`AggregateRating` (the testimonial is one
 * patient's story, not a rating of anything), medical codes (ICD, MeSH, …:
 * none in the content), the clinic's name, phone or address (configuration,
 * not content), treatments (the content names none as facts of the condition).
 */
import type {AreasContent} from '../content/areas.js';
import {areasContent} from '../content/areas.js';
import type {CausesContent} from '../content/causes.js';
import {causesContent} from '../content/causes.js';
import type {ConditionContent} from '../content/condition.js';
import {conditionContent} from '../content/condition.js';
import type {TypesContent} from '../content/types.js';
import {typesContent} from '../content/types.js';

/** The sections whose facts the structured data may state; each one optional. */
export interface JsonLdContent {
  condition: ConditionContent;
  types?: TypesContent;
  causes?: CausesContent;
  areas?: AreasContent;
}

interface Thing {
  '@type': string;
  name?: string;
  description?: string;
}

/** schema.org AnatomicalStructure: "any part of the human body". */
export interface AnatomicalStructure extends Thing {
  '@type': 'AnatomicalStructure';
  name: string;
}

/**
 * schema.org MedicalSignOrSymptom: "any feature associated or not with a
 * medical condition". The content does not say whether a person feels it
 * (MedicalSymptom) or a clinician observes it (MedicalSign), so the parent
 * type. It is a MedicalCondition, so it has `associatedAnatomy` too.
 */
export interface MedicalSignOrSymptom extends Thing {
  '@type': 'MedicalSignOrSymptom';
  description: string;
  associatedAnatomy: AnatomicalStructure;
}

/** schema.org MedicalCause: "the causative agent(s) … associated with a medical condition". */
export interface MedicalCause extends Thing {
  '@type': 'MedicalCause';
  name: string;
}

/** schema.org MedicalCondition. */
export interface MedicalCondition extends Thing {
  '@type': 'MedicalCondition';
  name: string;
  /** `associatedAnatomy`: "the anatomy of the underlying organ system or structures associated with this entity". */
  associatedAnatomy?: AnatomicalStructure[];
  /** `signOrSymptom`: "a sign or symptom of this condition". */
  signOrSymptom?: MedicalSignOrSymptom[];
  /** `cause`: "an underlying cause … of a medical condition" (MedicalCause). */
  cause?: MedicalCause[];
}

/** schema.org MedicalWebPage: "a web page that provides medical information". */
export interface MedicalWebPageJsonLd {
  '@context': 'https://schema.org';
  '@type': 'MedicalWebPage';
  /** `inLanguage`: the language of the content, a BCP 47 tag. */
  inLanguage: string;
  /** `about`: "the subject matter of the content": the condition. */
  about: MedicalCondition;
  /**
   * `mentions`: "a reference to, but … not necessarily about a concept". The
   * types of dystonia, each a MedicalCondition with the content's name and
   * description: schema.org has no property for "a kind of this condition"
   * (MedicalCondition's `stage`, `differentialDiagnosis` mean other things),
   * so they are named as conditions the page describes.
   */
  mentions?: MedicalCondition[];
}

/**
 * The JSON-LD object for `content` in `locale` (a BCP 47 tag: the locale
 * codes are, "en", "es", "ar"). Pure: reads only its arguments. Only the
 * sections given contribute facts, so a fragment states only what it shows.
 */
export function medicalWebPage(locale: string, content: JsonLdContent): MedicalWebPageJsonLd {
  // Own sections only: one the caller left out is not read from a polluted Object.prototype.
  const {areas, causes, types} = {__proto__: null, ...content} as Partial<JsonLdContent>;
  const condition: MedicalCondition = {'@type': 'MedicalCondition', name: content.condition.name};
  if (areas) {
    const anatomy = (name: string): AnatomicalStructure => ({'@type': 'AnatomicalStructure', name});
    condition.associatedAnatomy = areas.areas.map((area) => anatomy(area.name));
    // Each area's description is what a person may notice there
    // ("Rapid blinking or involuntary spasms."): a sign or symptom, in that area.
    condition.signOrSymptom = areas.areas.map((area) => ({
      '@type': 'MedicalSignOrSymptom',
      description: area.description,
      associatedAnatomy: anatomy(area.name),
    }));
  }
  if (causes) {
    // The content lists these as what damage to the basal ganglia in acquired
    // dystonia may result from; schema.org's `cause` is a cause commonly
    // associated with the condition, which they are.
    condition.cause = causes.acquired.map(({text}) => ({'@type': 'MedicalCause', name: text}));
  }
  const page: MedicalWebPageJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    inLanguage: locale,
    about: condition,
  };
  if (types) {
    page.mentions = types.types.map((type) => ({
      '@type': 'MedicalCondition',
      name: type.name,
      description: type.description,
    }));
  }
  return page;
}

// Characters that must not appear raw inside a <script> element's text: `<`
// could start `</script>` or `<!--`; `>` and `&` are escaped too so the text
// means the same to an HTML or XML parser; U+2028/U+2029 break older JS
// parsers' string literals. JSON's `\uXXXX` escapes give back the same string.
const unsafe = /[<>&\u2028\u2029]/g;

/** `data` as a `<script type="application/ld+json">` element's HTML: no content can close it. */
export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data).replace(
    unsafe,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
  return `<script type="application/ld+json">${json}</script>`;
}

/** The sections each element shows, by tag; elements with no facts about the condition have none. */
const sectionsByTag: Readonly<Record<string, ReadonlyArray<'types' | 'causes' | 'areas'>>> = {
  'dystonia-types': ['types'],
  'symptom-areas': ['areas'],
  'dystonia-causes': ['causes'],
  // Shows <symptom-areas> (unless `no-areas`); its paragraphs are prose, not a list of facts.
  'dystonia-symptoms': ['areas'],
  'dystonia-guide': ['types', 'causes', 'areas'],
};

/**
 * The structured data for a prerendered `<tag>` in `locale`: the
 * `<script type="application/ld+json">` text, or '' for an element with no
 * facts about the condition (patient-testimonial, clinic-approach,
 * inquiry-cta). Reads the content modules, so call it with `locale` active.
 */
export function structuredDataFor(tag: string, locale: string): string {
  const sections = Object.hasOwn(sectionsByTag, tag) ? sectionsByTag[tag] : undefined;
  if (!sections) return '';
  const content: JsonLdContent = {condition: conditionContent()};
  if (sections.includes('types')) content.types = typesContent();
  if (sections.includes('causes')) content.causes = causesContent();
  if (sections.includes('areas')) content.areas = areasContent();
  return jsonLdScript(medicalWebPage(locale, content));
}
