import {expect, fixture, html} from '@open-wc/testing';
import '../src/elements/clinic-approach/define.js';
import type {ClinicApproach} from '../src/elements/clinic-approach/clinic-approach.js';
import {runElementContract} from './contract/element-contract.js';
import {harness} from './harness/clinic-approach.js';
import {addPageConfig, fill, resetPage, setPageLang, shippedTranslations} from './helpers.js';

const EXPERIENCE =
  'Dystonia can present in a variety of ways, but all impact core motor function. One of the more common forms of Dystonia is Cervical Dystonia which causes the head and neck to constrict into a seemingly unnatural position. You feel as if a part of your body is not yours anymore. You may feel “deformed” or “disfigured” whenever symptoms present. Levels of pain range from mild to severe. Many patients come to us after losing hope along their medical journey. They have seen dozens of medical professionals, only to be told they have to live with their condition or take medications with side effects to manage it.';
const PROCESS =
  'Our doctors and staff understand how to assess patients’ brain function using a complex neurological physical exam, a VNG exam, a Computerized Dynamic Posturography, Gait Analysis, and for some patients even functional medical labs. Our team takes time to listen, to build a case history, to analyze your prior records, to build a custom treatment plan, to reassess, retest, and adapt therapies throughout the duration of your stay. It’s a very dynamic process in a very relaxed and family friendly environment. Our patients tell us over and over how we give them renewed hope. Don’t give up hope. Give us a call. We can help.';

runElementContract<ClinicApproach>({
  tag: 'clinic-approach',
  harness,
  attributes: {'clinic-name': 'Cerebrum'},
  headings: (h) => [h.heading()!],
  headingTexts: ['How Cerebrum Can Help'],
  focus: 'heading',
});

describe('<clinic-approach>', () => {
  afterEach(resetPage);

  it('names the clinic from clinic-name, as on the page', async () => {
    const el = await fixture<ClinicApproach>(
      html`<clinic-approach clinic-name="Cerebrum Health Centers"></clinic-approach>`
    );
    expect(harness(el).headingText()).to.equal('How Cerebrum Health Centers Can Help');
    expect(harness(el).paragraphs()).to.deep.equal([
      EXPERIENCE,
      `At Cerebrum Health Centers, we see things in a different light because we understand the inherent ability for the brain and nervous system to heal. ${PROCESS}`,
    ]);
  });

  it('uses neutral wording when no clinic name is configured', async () => {
    const el = await fixture<ClinicApproach>(html`<clinic-approach></clinic-approach>`);
    expect(harness(el).headingText()).to.equal('How Our Clinic Can Help');
    expect(harness(el).paragraphs()[1]).to.match(/^At our clinic, we see things in a different light/);
  });

  it('takes the name from the page config, and the attribute wins over it', async () => {
    addPageConfig('{"clinicName": "Clinic From Config"}');
    const fromConfig = await fixture<ClinicApproach>(html`<clinic-approach></clinic-approach>`);
    expect(harness(fromConfig).headingText()).to.equal('How Clinic From Config Can Help');
    const fromAttribute = await fixture<ClinicApproach>(
      html`<clinic-approach clinic-name="Attribute Clinic"></clinic-approach>`
    );
    expect(harness(fromAttribute).headingText()).to.equal('How Attribute Clinic Can Help');
  });

  it('renders a name with markup as plain text', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const el = await fixture<ClinicApproach>(html`<clinic-approach clinic-name=${name}></clinic-approach>`);
    expect(harness(el).root.querySelector('img')).to.equal(null);
    expect(harness(el).headingText()).to.equal('How <img src=x onerror=alert(1)> Can Help');
  });

  for (const locale of ['es', 'ar']) {
    it(`shows the shipped ${locale} translation with the clinic name in place`, async () => {
      const t = await shippedTranslations(locale);
      await setPageLang(locale);
      const el = await fixture<ClinicApproach>(
        html`<clinic-approach clinic-name="Cerebrum"></clinic-approach>`
      );
      const name = {clinic: 'Cerebrum'};
      expect(t.get('clinic.heading'), `${locale}.xlf has clinic.heading`).to.contain('${clinic}');
      expect(harness(el).headingText()).to.equal(fill(t.get('clinic.heading'), name));
      expect(harness(el).paragraphs()[0]).to.equal(t.get('clinic.experience'));
      expect(harness(el).paragraphs()[1]).to.equal(
        `${fill(t.get('clinic.approach'), name)} ${t.get('clinic.process')}`
      );
      const neutral = await fixture<ClinicApproach>(html`<clinic-approach></clinic-approach>`);
      expect(harness(neutral).headingText()).to.equal(t.get('clinic.heading.neutral'));
      expect(harness(neutral).paragraphs()[1]).to.equal(
        `${t.get('clinic.approach.neutral')} ${t.get('clinic.process')}`
      );
    });
  }
});
