import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import {MAX_PERIOD, MIN_PERIOD} from '../../src/core/autoplay-controller.js';
import type {DwElement} from '../../src/core/element.js';
import {camel, type Schema} from '../../src/core/schema.js';
import {schema as approach} from '../../src/elements/clinic-approach/clinic-approach.schema.js';
import {schema as causes} from '../../src/elements/dystonia-causes/dystonia-causes.schema.js';
import {schema as guide} from '../../src/elements/dystonia-guide/dystonia-guide.schema.js';
import {schema as symptoms} from '../../src/elements/dystonia-symptoms/dystonia-symptoms.schema.js';
import {schema as types} from '../../src/elements/dystonia-types/dystonia-types.schema.js';
import {schema as cta} from '../../src/elements/inquiry-cta/inquiry-cta.schema.js';
import {schema as testimonial} from '../../src/elements/patient-testimonial/patient-testimonial.schema.js';
import {schema as areas} from '../../src/elements/symptom-areas/symptom-areas.schema.js';
import {resetPage} from '../helpers.js';

/*
 * Each element's schema file is its declaration of attributes: the class's
 * Lit properties, their defaults and what the element observes come from it
 * (src/core/element.ts), so the debug panel's list of settings, the
 * embed and the manifest (made from the same files) agree with the element.
 */

const SCHEMAS: Record<string, Schema> = {
  'clinic-approach': approach,
  'dystonia-causes': causes,
  'dystonia-guide': guide,
  'dystonia-symptoms': symptoms,
  'dystonia-types': types,
  'inquiry-cta': cta,
  'patient-testimonial': testimonial,
  'symptom-areas': areas,
};

type Ctor = typeof DwElement & {observedAttributes: string[]};

describe('element schemas', () => {
  afterEach(resetPage);

  it('each element observes exactly its schema’s attributes', () => {
    for (const [tag, schema] of Object.entries(SCHEMAS)) {
      const type = customElements.get(tag) as unknown as Ctor;
      expect([...type.observedAttributes].sort(), tag).to.deep.equal(Object.keys(schema).sort());
      expect(type.schema, tag).to.deep.equal(schema);
    }
  });

  it('a new element has every default; an attribute sets its property; removing it gives the default again', async () => {
    for (const [tag, schema] of Object.entries(SCHEMAS)) {
      const el = document.createElement(tag) as unknown as Record<string, unknown> & HTMLElement;
      for (const [name, attribute] of Object.entries(schema))
        expect(el[camel(name)], `<${tag}> ${name}`).to.equal(attribute.default);
    }
    const el = await fixture<HTMLElement & {filter: string; noMap: boolean; headingLevel: number}>(
      html`<dystonia-types filter="syndromes" heading-level="3"></dystonia-types>`
    );
    expect([el.filter, el.headingLevel]).to.deep.equal(['syndromes', 3]);
    el.removeAttribute('filter');
    el.removeAttribute('heading-level');
    expect([el.filter, el.headingLevel]).to.deep.equal(['all', 2]);
    const map = await fixture<HTMLElement & {noMap: boolean}>(html`<symptom-areas no-map></symptom-areas>`);
    expect(map.noMap).to.equal(true);
    map.removeAttribute('no-map');
    expect(map.noMap).to.equal(false);
  });

  it('a number attribute left empty is invalid (NaN), never 0', async () => {
    const el = await fixture<HTMLElement & {index: number | undefined}>(
      html`<patient-testimonial index=" "></patient-testimonial>`
    );
    expect(Number.isNaN(el.index)).to.equal(true);
    el.removeAttribute('index');
    expect(el.index).to.equal(undefined);
  });

  it('the testimonial’s rotate range is the autoplay controller’s', () => {
    expect([testimonial.rotate.min * 1000, testimonial.rotate.max * 1000]).to.deep.equal([
      MIN_PERIOD,
      MAX_PERIOD,
    ]);
  });
});
