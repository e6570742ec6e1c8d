import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/elements/dystonia-guide/define.js';
import type {DystoniaGuide} from '../src/elements/dystonia-guide/dystonia-guide.js';
import {runElementContract} from './contract/element-contract.js';
import {harness} from './harness/dystonia-guide.js';
import {deepActiveElement, type Widget} from './harness/harness.js';
import {resetPage, setPageLang, shippedTranslations, textOf} from './helpers.js';

// This file registers the guide only, not <inquiry-cta>: the guide must work
// without it (test/integration/content-fidelity.test.ts covers it with one).

runElementContract<DystoniaGuide>({
  tag: 'dystonia-guide',
  harness,
  attributes: {'clinic-name': 'Cerebrum'},
  // heading-level passes to the sections: each one's top heading.
  headings: (h) => harness(h.el).sectionHeadings(),
  headingTexts: [
    'What Causes Dystonia?',
    'Different Types of Dystonia',
    'Symptoms of Dystonia',
    'How Cerebrum Can Help',
  ],
  focus: {firstTabStop: (h) => harness(h.el).links()[0]},
});

describe('<dystonia-guide>', () => {
  afterEach(resetPage);

  it('composes the sections in page order, without <inquiry-cta> when it is not registered', async () => {
    const el = await fixture<DystoniaGuide>(html`<dystonia-guide></dystonia-guide>`);
    const tags = Array.from(el.shadowRoot!.querySelectorAll('[part="section"]')).map((s) => s.localName);
    expect(tags).to.deep.equal([
      'patient-testimonial',
      'dystonia-causes',
      'dystonia-types',
      'dystonia-symptoms',
      'clinic-approach',
    ]);
  });

  it('links to each section by its heading and moves focus there', async () => {
    const el = await fixture<DystoniaGuide>(
      html`<dystonia-guide clinic-name="Cerebrum Health Centers"></dystonia-guide>`
    );
    await harness(el).settled();
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('On this page');
    const links = Array.from(nav.querySelectorAll('a'));
    expect(links.map(textOf)).to.deep.equal([
      'What Causes Dystonia?',
      'Different Types of Dystonia',
      'Symptoms of Dystonia',
      'How Cerebrum Health Centers Can Help',
    ]);
    links[2].focus();
    await sendKeys({press: 'Enter'});
    expect(textOf(deepActiveElement())).to.equal('Symptoms of Dystonia');
    links[0].click();
    expect(textOf(deepActiveElement())).to.equal('What Causes Dystonia?');
    expect(location.hash).to.equal('');
  });

  it('cascades headings from its heading-level', async () => {
    const el = await fixture<DystoniaGuide>(html`<dystonia-guide heading-level="3"></dystonia-guide>`);
    await harness(el).settled();
    const types = harness(el).section('dystonia-types');
    expect(textOf(types.shadowRoot!.querySelector('h3'))).to.equal('Different Types of Dystonia');
    expect(types.shadowRoot!.querySelectorAll('h4')).to.have.length(14);
    const symptoms = harness(el).section('dystonia-symptoms');
    const areas = symptoms.shadowRoot!.querySelector<Widget>('symptom-areas')!;
    await areas.updateComplete;
    expect(textOf(symptoms.shadowRoot!.querySelector('h3'))).to.equal('Symptoms of Dystonia');
    expect(Array.from(areas.shadowRoot!.querySelectorAll('h4')).map(textOf)).to.include('Neck');
  });

  it('selecting a body area opens its syndromes in the types section and focuses the first', async () => {
    const el = await fixture<DystoniaGuide>(html`<dystonia-guide></dystonia-guide>`);
    await harness(el).settled();
    const symptoms = harness(el).section('dystonia-symptoms');
    const areas = symptoms.shadowRoot!.querySelector<Widget>('symptom-areas')!;
    await areas.updateComplete;
    const face = Array.from(areas.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => textOf(b) === 'Face, head and neck'
    );
    expect(face, 'a list button for "Face, head and neck"').to.be.instanceOf(HTMLButtonElement);
    face!.click();
    const types = harness(el).section('dystonia-types');
    await waitUntil(() => types.shadowRoot!.querySelector('#summary-cranial[aria-expanded="true"]'));
    expect(types.shadowRoot!.querySelector('#summary-oromandibular')!.getAttribute('aria-expanded')).to.equal(
      'true'
    );
    expect(types.shadowRoot!.querySelector('#summary-focal')!.getAttribute('aria-expanded')).to.equal(
      'false'
    );
    expect(textOf(deepActiveElement())).to.equal('Cranial dystonia');
  });

  for (const locale of ['es', 'ar']) {
    it(`is translated in ${locale}: navigation and every section heading`, async () => {
      const t = await shippedTranslations(locale);
      await setPageLang(locale);
      const el = await fixture<DystoniaGuide>(html`<dystonia-guide></dystonia-guide>`);
      await harness(el).settled();
      const nav = el.shadowRoot!.querySelector('nav')!;
      expect(t.get('guide.nav.label'), `${locale}.xlf has guide.nav.label`).to.be.a('string');
      expect(nav.getAttribute('aria-label')).to.equal(t.get('guide.nav.label'));
      expect(Array.from(nav.querySelectorAll('a')).map(textOf)).to.deep.equal([
        t.get('causes.heading'),
        t.get('types.heading'),
        t.get('symptoms.heading'),
        t.get('clinic.heading.neutral'),
      ]);
      expect(el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.dir).to.equal(
        locale === 'ar' ? 'rtl' : 'ltr'
      );
    });
  }

  // Last in the file: it registers <inquiry-cta> for the rest of the page's life.
  it('shows the call to action in the guides already on the page once <inquiry-cta> is registered', async () => {
    const el = await fixture<DystoniaGuide>(html`<dystonia-guide></dystonia-guide>`);
    await harness(el).settled();
    expect(el.shadowRoot!.querySelector('inquiry-cta')).to.equal(null);
    await import('../src/elements/inquiry-cta/define.js');
    await waitUntil(() => el.shadowRoot!.querySelector('inquiry-cta'), 'the guide re-renders with the CTA');
    expect(harness(el).sections().at(-1)!.localName).to.equal('inquiry-cta');
  });
});
