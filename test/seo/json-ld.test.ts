import {expect} from '@open-wc/testing';
import {areasContent} from '../../src/content/areas.js';
import {causesContent} from '../../src/content/causes.js';
import {conditionContent} from '../../src/content/condition.js';
import {typesContent} from '../../src/content/types.js';
import {setLocale, shippedLocales} from '../../src/core/locale.js';
import {jsonLdScript, medicalWebPage, structuredDataFor, type JsonLdContent} from '../../src/seo/json-ld.js';
import {resetPage, shippedTranslations} from '../helpers.js';

/**
 * The structured data the prerender embeds, read as a crawler reads it: the
 * HTML parsed, the ld+json script's text parsed as JSON, and every fact in
 * it checked against the content the page shows in that locale.
 */

type Json = Record<string, unknown>;

/** The JSON-LD objects in `html`, parsed the way a crawler does (an HTML parser, then JSON.parse). */
function crawl(html: string): Json[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (script) =>
    JSON.parse(script.textContent ?? '')
  );
}

/** Every key in `value`, at any depth, and every `@type`. */
function walk(
  value: unknown,
  keys = new Set<string>(),
  types = new Set<string>()
): {keys: Set<string>; types: Set<string>} {
  if (Array.isArray(value)) value.forEach((item) => walk(item, keys, types));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      keys.add(key);
      if (key === '@type') types.add(String(item));
      walk(item, keys, types);
    }
  }
  return {keys, types};
}

const sorted = (values: string[]) => [...values].sort();

describe('structured data (src/seo/json-ld.ts)', () => {
  afterEach(resetPage);

  for (const locale of shippedLocales) {
    it(`states, in ${locale}, exactly the content's types, causes, symptoms and areas`, async () => {
      await setLocale(locale);
      const types = typesContent();
      const causes = causesContent();
      const areas = areasContent();
      const condition = conditionContent();

      const found = crawl(structuredDataFor('dystonia-guide', locale));
      expect(found).to.have.length(1);
      const page = found[0] as Json;
      expect(page['@context']).to.equal('https://schema.org');
      expect(page['@type']).to.equal('MedicalWebPage');
      expect(page.inLanguage).to.equal(locale);

      const about = page.about as Json;
      expect(about['@type']).to.equal('MedicalCondition');
      expect(about.name).to.equal(condition.name);

      // Both ways: every text in the JSON-LD is the content's, and every one of the content's is there.
      const mentions = page.mentions as Json[];
      expect(mentions.map((m) => m['@type'])).to.deep.equal(types.types.map(() => 'MedicalCondition'));
      expect(mentions.map((m) => [m.name, m.description])).to.deep.equal(
        types.types.map((type) => [type.name, type.description])
      );

      const cause = about.cause as Json[];
      expect(sorted(cause.map((c) => `${c['@type']}|${c.name}`))).to.deep.equal(
        sorted(causes.acquired.map(({text}) => `MedicalCause|${text}`))
      );

      const anatomy = about.associatedAnatomy as Json[];
      expect(sorted(anatomy.map((a) => `${a['@type']}|${a.name}`))).to.deep.equal(
        sorted(areas.areas.map(({name}) => `AnatomicalStructure|${name}`))
      );

      const symptoms = about.signOrSymptom as Json[];
      expect(
        sorted(symptoms.map((s) => `${s['@type']}|${s.description}|${(s.associatedAnatomy as Json).name}`))
      ).to.deep.equal(sorted(areas.areas.map((a) => `MedicalSignOrSymptom|${a.description}|${a.name}`)));

      // No property or type beyond the ones above: nothing invented (codes, clinic, ratings).
      const {keys, types: schemaTypes} = walk(page);
      expect(sorted([...keys])).to.deep.equal(
        sorted([
          '@context',
          '@type',
          'inLanguage',
          'about',
          'name',
          'description',
          'mentions',
          'cause',
          'associatedAnatomy',
          'signOrSymptom',
        ])
      );
      expect(sorted([...schemaTypes])).to.deep.equal(
        sorted([
          'MedicalWebPage',
          'MedicalCondition',
          'MedicalCause',
          'AnatomicalStructure',
          'MedicalSignOrSymptom',
        ])
      );
    });
  }

  it('uses the translators’ words from the shipped XLIFF', async () => {
    for (const locale of ['es', 'ar']) {
      await setLocale(locale);
      const shipped = await shippedTranslations(locale);
      const [page] = crawl(structuredDataFor('dystonia-guide', locale)) as Json[];
      const about = page.about as Json;
      expect(about.name, `${locale} condition.name`).to.equal(shipped.get('condition.name'));
      expect((page.mentions as Json[]).map((m) => m.name)).to.include(
        shipped.get('types.blepharospasm.name')
      );
      expect((about.cause as Json[]).map((c) => c.name)).to.include(shipped.get('causes.acquired.stroke'));
      expect((about.associatedAnatomy as Json[]).map((a) => a.name)).to.include(
        shipped.get('areas.neck.name')
      );
      expect((about.signOrSymptom as Json[]).map((s) => s.description)).to.include(
        shipped.get('areas.eyes.description')
      );
    }
  });

  it('states only what each element shows, and nothing for the testimonial, clinic and form', () => {
    const sections = (tag: string) => {
      const [page] = crawl(structuredDataFor(tag, 'en')) as Json[];
      return [...Object.keys(page.about as Json), ...(page.mentions ? ['mentions'] : [])].sort();
    };
    expect(sections('dystonia-types')).to.deep.equal(['@type', 'mentions', 'name']);
    expect(sections('dystonia-causes')).to.deep.equal(['@type', 'cause', 'name']);
    expect(sections('symptom-areas')).to.deep.equal(['@type', 'associatedAnatomy', 'name', 'signOrSymptom']);
    expect(sections('dystonia-symptoms')).to.deep.equal(sections('symptom-areas'));
    for (const tag of ['patient-testimonial', 'clinic-approach', 'inquiry-cta', 'not-an-element']) {
      expect(structuredDataFor(tag, 'en'), tag).to.equal('');
    }
  });

  it('has no content close the script element', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028\u2029 >';
    const content: JsonLdContent = {
      condition: {name: hostile},
      causes: {heading: '', origin: '', acquiredIntro: '', acquired: [{id: 'stroke', text: hostile}]},
    };
    const html = jsonLdScript(medicalWebPage('en', content));
    expect(html).to.not.match(/<\/script>.*<\/script>/s);
    for (const raw of ['<', '>', '&', '\u2028', '\u2029']) {
      expect(html.slice('<script type="application/ld+json">'.length, -'</script>'.length)).to.not.include(
        raw
      );
    }
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}<p>after</p>`, 'text/html');
    // One script, holding everything; the text after it is still a paragraph.
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(doc.body.lastElementChild?.textContent).to.equal('after');
    const [page] = crawl(html) as Json[];
    expect((page.about as Json).name).to.equal(hostile);
    expect(((page.about as Json).cause as Json[])[0].name).to.equal(hostile);
  });
});
