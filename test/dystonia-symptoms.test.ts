import {expect, fixture, html} from '@open-wc/testing';
import '../src/elements/dystonia-symptoms/define.js';
import type {DystoniaSymptoms} from '../src/elements/dystonia-symptoms/dystonia-symptoms.js';
import {runElementContract} from './contract/element-contract.js';
import {harness} from './harness/dystonia-symptoms.js';
import {resetPage, setPageLang, shippedTarget, textOf} from './helpers.js';

const OVERVIEW =
  'Symptoms of dystonia are different depending on what part of the body is affected and what form of dystonia is present. Early symptoms may begin with foot cramping or difficulty getting the leg to turn in the proper direction. Handwriting may worsen with the task or when a person is stressed, they may experience the neck pulling involuntarily. Both eyes may blink rapidly and uncontrollably or spasms may cause the eyes to close. Tremors or difficulties speaking are also common with dystonia.';
const PROGRESSION =
  'One specific action can be affected, such as a hair stylist having difficulties with her hands while trying to use scissors, but not when trying to type. Initially, symptoms may be mild but may become more noticeable after prolonged stress or fatigue. Over time, symptoms may become more evident and begin to cover a wider area. Impact on daily functioning depends on what part of the body is affected and the severity of the muscle contractions.';
const CLOSING =
  'People affected by dystonia often complain of pain and exhaustion because of the constant muscle contractions. When symptoms begin in childhood, they generally appear in the hand or foot and progress to the rest of the body. After adolescence, though, the progression rate slows. When dystonia surfaces in early adulthood, it typically begins in the upper body and symptoms progress slowly, remaining focal or centralized to a specific area.';

runElementContract<DystoniaSymptoms>({
  tag: 'dystonia-symptoms',
  harness,
  headings: (h) => [h.heading()!],
  headingTexts: ['Symptoms of Dystonia'],
  // Its first control is the first area of the <symptom-areas> it holds.
  focus: {
    firstTabStop: (h) => harness(h.el).areas()!.shadowRoot!.querySelector('[data-area="eyes"] button')!,
  },
});

describe('<dystonia-symptoms>', () => {
  afterEach(resetPage);

  it('shows the heading, the three paragraphs and the body areas in English', async () => {
    const el = await fixture<DystoniaSymptoms>(html`<dystonia-symptoms></dystonia-symptoms>`);
    const root = el.shadowRoot!;
    expect(textOf(root.querySelector('h2'))).to.equal('Symptoms of Dystonia');
    expect(harness(el).paragraphs()).to.deep.equal([OVERVIEW, PROGRESSION, CLOSING]);
    expect(textOf(root.querySelector('[part="intro"]'))).to.equal(
      'Here are some areas of the body that are commonly affected by dystonia:'
    );
    const areas = root.querySelector('symptom-areas')!;
    expect(areas.getAttribute('heading-level')).to.equal('3');
    await (areas as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    const headings = Array.from(areas.shadowRoot!.querySelectorAll('h3')).map(textOf);
    expect(headings).to.include.members([
      'Eyes',
      'Neck',
      'Face, head and neck',
      'Vocal cords',
      'Hand and forearm',
    ]);
  });

  it('keeps the areas one level below its own heading', async () => {
    const el = await fixture<DystoniaSymptoms>(
      html`<dystonia-symptoms heading-level="5"></dystonia-symptoms>`
    );
    expect(harness(el).root.querySelector('h5')).not.to.equal(null);
    expect(harness(el).root.querySelector('symptom-areas')!.getAttribute('heading-level')).to.equal('6');
  });

  it('no-areas leaves out the areas and the sentence introducing them', async () => {
    const el = await fixture<DystoniaSymptoms>(html`<dystonia-symptoms no-areas></dystonia-symptoms>`);
    expect(harness(el).root.querySelector('symptom-areas')).to.equal(null);
    expect(harness(el).root.querySelector('[part="intro"]')).to.equal(null);
    expect(harness(el).paragraphs()).to.deep.equal([OVERVIEW, PROGRESSION, CLOSING]);
  });

  for (const locale of ['es', 'ar']) {
    it(`shows the shipped ${locale} translation when the page is in ${locale}`, async () => {
      await setPageLang(locale);
      const el = await fixture<DystoniaSymptoms>(html`<dystonia-symptoms></dystonia-symptoms>`);
      const target = await shippedTarget(locale);
      expect(textOf(harness(el).root.querySelector('h2'))).to.equal(target('symptoms.heading'));
      expect(harness(el).paragraphs()).to.deep.equal([
        target('symptoms.overview'),
        target('symptoms.progression'),
        target('symptoms.closing'),
      ]);
      expect(textOf(harness(el).root.querySelector('[part="intro"]'))).to.equal(
        target('symptoms.areas.intro')
      );
      expect(harness(el).root.querySelector<HTMLElement>('[part="base"]')!.dir).to.equal(
        locale === 'ar' ? 'rtl' : 'ltr'
      );
    });
  }
});
