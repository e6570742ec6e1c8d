import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/elements/dystonia-guide/define.js';
import type {DystoniaGuide} from '../src/elements/dystonia-guide/dystonia-guide.js';
import {runElementContract} from './contract/element-contract.js';
import {harness} from './harness/dystonia-guide.js';
import {deepActiveElement, type Widget} from './harness/harness.js';
import {
  addPageConfig,
  expectVisibleFocus,
  recordWarnings,
  resetPage,
  setPageLang,
  shippedTranslations,
  textOf,
} from './helpers.js';

// This file registers the guide only, not <inquiry-cta>, until its last
// describe block: the guide must work without it.

/** The sections' headings in English, as the guide shows them without a call to action. */
const SECTIONS = [
  'Patient testimonials',
  'What Causes Dystonia?',
  'Different Types of Dystonia',
  'Symptoms of Dystonia',
  'How Cerebrum Health Centers Can Help',
];

/** The one warning of a guide whose call to action has nothing to offer. */
const LEFT_OUT =
  /^\[dystonia-widgets\] <dystonia-guide>: Visitors have no way to contact the clinic, so the call to action is left out: give page config "contactUrl", "phone" or "inquiryUrl"\.$/;

runElementContract<DystoniaGuide>({
  tag: 'dystonia-guide',
  harness,
  attributes: {'clinic-name': 'Cerebrum'},
  // The contents' and the testimonials' headings, then each section's top heading (heading-level passes to them).
  headings: (h) => harness(h.el).headings(),
  headingTexts: [
    'On this page',
    'Patient testimonials',
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
    // The testimonials have the guide's own heading, right above them.
    const heading = harness(el).heading()!;
    expect(heading.localName).to.equal('h2');
    expect(textOf(heading)).to.equal('Patient testimonials');
    expect(heading.nextElementSibling!.localName).to.equal('patient-testimonial');
  });

  it('lists every section it shows, in order, under a visible "On this page" heading that names the navigation', async () => {
    const el = await fixture<DystoniaGuide>(
      html`<dystonia-guide clinic-name="Cerebrum Health Centers"></dystonia-guide>`
    );
    const h = await harness(el).settled();
    const nav = h.nav();
    const label = h.navHeading();
    // A real heading at the guide's level, inside the navigation, before its list, and seen.
    expect(label.localName).to.equal('h2');
    expect(textOf(label)).to.equal('On this page');
    expect(nav.getAttribute('aria-labelledby')).to.equal(label.id);
    expect(h.root.getElementById(label.id)).to.equal(label);
    expect(label.checkVisibility({visibilityProperty: true, opacityProperty: true})).to.equal(true);
    const box = label.getBoundingClientRect();
    expect(box.width, 'the label takes room').to.be.above(20);
    expect(box.height, 'the label takes room').to.be.above(8);
    expect(box.bottom, 'the label is above the list').to.be.at.most(h.links()[0].getBoundingClientRect().top);
    // An ordered list: one link per section shown, titled by its heading.
    expect(h.links().every((a) => a.parentElement!.parentElement!.localName === 'ol')).to.equal(true);
    expect(h.links().map(textOf)).to.deep.equal(SECTIONS);
    expect(h.links().map(textOf)).to.deep.equal([h.heading()!, ...h.sectionHeadings()].map(textOf));
  });

  it('each link, activated with the keyboard, moves focus to its section’s heading, without changing the URL', async () => {
    const el = await fixture<DystoniaGuide>(
      html`<dystonia-guide clinic-name="Cerebrum Health Centers"></dystonia-guide>`
    );
    const h = await harness(el).settled();
    const links = h.links();
    for (const link of links) {
      link.focus();
      await sendKeys({press: 'Enter'});
      const focused = deepActiveElement() as HTMLElement;
      expect(textOf(focused), `Enter on "${textOf(link)}"`).to.equal(textOf(link));
      expect(focused.localName, `Enter on "${textOf(link)}"`).to.equal('h2');
      expectVisibleFocus(focused);
    }
    // The testimonials' link reaches the heading above the quotes.
    links[0].focus();
    await sendKeys({press: 'Enter'});
    expect(deepActiveElement()).to.equal(h.heading());
    // A mouse click too.
    links[1].click();
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
      expect(t.get('guide.nav.label'), `${locale}.xlf has guide.nav.label`).to.be.a('string');
      expect(t.get('guide.testimonials.heading'), `${locale}.xlf has guide.testimonials.heading`).to.be.a(
        'string'
      );
      expect(textOf(harness(el).navHeading())).to.equal(t.get('guide.nav.label'));
      expect(textOf(harness(el).heading())).to.equal(t.get('guide.testimonials.heading'));
      expect(harness(el).links().map(textOf)).to.deep.equal([
        t.get('guide.testimonials.heading'),
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
});

// Last in the file: it registers <inquiry-cta> for the rest of the page's life.
describe('<dystonia-guide> with <inquiry-cta> on the page', () => {
  afterEach(resetPage);

  it('shows the call to action in the guides already on the page once <inquiry-cta> is registered', async () => {
    addPageConfig('{"phone": "+1 (555) 010-0199"}');
    const el = await fixture<DystoniaGuide>(html`<dystonia-guide></dystonia-guide>`);
    await harness(el).settled();
    expect(el.shadowRoot!.querySelector('inquiry-cta')).to.equal(null);
    expect(harness(el).links()).to.have.length(5);
    await import('../src/elements/inquiry-cta/define.js');
    await waitUntil(() => el.shadowRoot!.querySelector('inquiry-cta'), 'the guide re-renders with the CTA');
    expect(harness(el).sections().at(-1)!.localName).to.equal('inquiry-cta');
    expect(textOf(harness(el).links().at(-1))).to.equal('Request More Information Today');
  });

  it('with a phone number in the page config: the call to action ends the guide and its contents', async () => {
    addPageConfig('{"phone": "+1 (555) 010-0199"}');
    const warnings = recordWarnings();
    try {
      const el = await fixture<DystoniaGuide>(
        html`<dystonia-guide clinic-name="Cerebrum Health Centers"></dystonia-guide>`
      );
      const h = await harness(el).settled();
      const cta = h.sections().at(-1)!;
      expect(cta.localName).to.equal('inquiry-cta');
      const ctaHeading = 'Request More Information About Cerebrum Health Centers Today';
      expect(textOf(cta.shadowRoot!.querySelector('[part="heading"]'))).to.equal(ctaHeading);
      expect(textOf(cta.shadowRoot!.querySelector('[part="phone"]'))).to.equal('Call us +1 (555) 010-0199');
      expect(h.links().map(textOf)).to.deep.equal([...SECTIONS, ctaHeading]);
      h.links().at(-1)!.focus();
      await sendKeys({press: 'Enter'});
      expect(textOf(deepActiveElement())).to.equal(ctaHeading);
      await expect(el).to.be.accessible();
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('with nothing configured: no call to action, in the page or its contents, and one warning saying why', async () => {
    const warnings = recordWarnings();
    try {
      const el = await fixture<DystoniaGuide>(
        html`<dystonia-guide clinic-name="Cerebrum Health Centers"></dystonia-guide>`
      );
      const h = await harness(el).settled();
      expect(h.root.querySelector('inquiry-cta')).to.equal(null);
      expect(h.sections().at(-1)!.localName).to.equal('clinic-approach');
      expect(h.links().map(textOf)).to.deep.equal(SECTIONS);
      expect(textOf(h.base())).not.to.contain('Request More Information');
      // Re-rendered, and with a second guide: still one warning, the guide's (no <inquiry-cta> rendered to give its own).
      el.requestUpdate();
      await h.settled();
      await fixture<DystoniaGuide>(html`<dystonia-guide></dystonia-guide>`);
      expect(warnings.messages.filter((m) => LEFT_OUT.test(m))).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('<inquiry-cta>'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('an empty or blank page config value is nothing configured; a contact page or form address is something', async () => {
    const warnings = recordWarnings();
    try {
      const script = addPageConfig('{"phone": "  ", "contactUrl": ""}');
      const el = await fixture<DystoniaGuide>(html`<dystonia-guide></dystonia-guide>`);
      await harness(el).settled();
      expect(el.shadowRoot!.querySelector('inquiry-cta')).to.equal(null);
      for (const config of [
        '{"contactUrl": "https://example.com/contact"}',
        '{"inquiryUrl": "https://example.com/api"}',
      ]) {
        script.textContent = config;
        el.requestUpdate();
        await harness(el).settled();
        expect(el.shadowRoot!.querySelector('inquiry-cta'), config).not.to.equal(null);
        expect(textOf(harness(el).links().at(-1)), config).to.equal('Request More Information Today');
      }
      expect(warnings.messages.filter((m) => LEFT_OUT.test(m))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('a standalone <inquiry-cta> with nothing configured still shows its heading and text, with its own warning', async () => {
    const warnings = recordWarnings();
    try {
      const cta = await fixture<Widget>(html`<inquiry-cta></inquiry-cta>`);
      await cta.updateComplete;
      expect(textOf(cta.shadowRoot!.querySelector('[part="heading"]'))).to.equal(
        'Request More Information Today'
      );
      expect(
        warnings.messages.filter((m) => m.includes('<inquiry-cta>: Visitors have no way'))
      ).to.have.length(1);
      expect(warnings.messages.filter((m) => LEFT_OUT.test(m))).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
