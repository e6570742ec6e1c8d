import {expect, fixture, html} from '@open-wc/testing';
import '../src/elements/clinic-approach/define.js';
import type {ClinicApproach} from '../src/elements/clinic-approach/clinic-approach.js';
import {addPageConfig, fill, resetPage, setPageLang, shippedTranslations, textOf} from './helpers.js';

const EXPERIENCE =
  'Dystonia can present in a variety of ways, but all impact core motor function. One of the more common forms of Dystonia is Cervical Dystonia which causes the head and neck to constrict into a seemingly unnatural position. You feel as if a part of your body is not yours anymore. You may feel “deformed” or “disfigured” whenever symptoms present. Levels of pain range from mild to severe. Many patients come to us after losing hope along their medical journey. They have seen dozens of medical professionals, only to be told they have to live with their condition or take medications with side effects to manage it.';
const PROCESS =
  'Our doctors and staff understand how to assess patients’ brain function using a complex neurological physical exam, a VNG exam, a Computerized Dynamic Posturography, Gait Analysis, and for some patients even functional medical labs. Our team takes time to listen, to build a case history, to analyze your prior records, to build a custom treatment plan, to reassess, retest, and adapt therapies throughout the duration of your stay. It’s a very dynamic process in a very relaxed and family friendly environment. Our patients tell us over and over how we give them renewed hope. Don’t give up hope. Give us a call. We can help.';

function paragraphs(el: ClinicApproach): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('[part="text"]')).map(textOf);
}

describe('<clinic-approach>', () => {
  afterEach(resetPage);

  it('names the clinic from clinic-name, as on the page', async () => {
    const el = await fixture<ClinicApproach>(
      html`<clinic-approach clinic-name="Cerebrum Health Centers"></clinic-approach>`
    );
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('How Cerebrum Health Centers Can Help');
    expect(paragraphs(el)).to.deep.equal([
      EXPERIENCE,
      `At Cerebrum Health Centers, we see things in a different light because we understand the inherent ability for the brain and nervous system to heal. ${PROCESS}`,
    ]);
  });

  it('uses neutral wording when no clinic name is configured', async () => {
    const el = await fixture<ClinicApproach>(html`<clinic-approach></clinic-approach>`);
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('How Our Clinic Can Help');
    expect(paragraphs(el)[1]).to.match(/^At our clinic, we see things in a different light/);
  });

  it('takes the name from the page config, and the attribute wins over it', async () => {
    addPageConfig('{"clinicName": "Clinic From Config"}');
    const fromConfig = await fixture<ClinicApproach>(html`<clinic-approach></clinic-approach>`);
    expect(textOf(fromConfig.shadowRoot!.querySelector('h2'))).to.equal('How Clinic From Config Can Help');
    const fromAttribute = await fixture<ClinicApproach>(
      html`<clinic-approach clinic-name="Attribute Clinic"></clinic-approach>`
    );
    expect(textOf(fromAttribute.shadowRoot!.querySelector('h2'))).to.equal('How Attribute Clinic Can Help');
  });

  it('renders a name with markup as plain text', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const el = await fixture<ClinicApproach>(html`<clinic-approach clinic-name=${name}></clinic-approach>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('How <img src=x onerror=alert(1)> Can Help');
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
      expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal(fill(t.get('clinic.heading'), name));
      expect(paragraphs(el)[0]).to.equal(t.get('clinic.experience'));
      expect(paragraphs(el)[1]).to.equal(
        `${fill(t.get('clinic.approach'), name)} ${t.get('clinic.process')}`
      );
      const neutral = await fixture<ClinicApproach>(html`<clinic-approach></clinic-approach>`);
      expect(textOf(neutral.shadowRoot!.querySelector('h2'))).to.equal(t.get('clinic.heading.neutral'));
      expect(paragraphs(neutral)[1]).to.equal(
        `${t.get('clinic.approach.neutral')} ${t.get('clinic.process')}`
      );
    });
  }

  it('is accessible in English and Arabic', async () => {
    const el = await fixture<ClinicApproach>(
      html`<clinic-approach clinic-name="Cerebrum"></clinic-approach>`
    );
    await expect(el).to.be.accessible();
    await setPageLang('ar');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.dir).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
