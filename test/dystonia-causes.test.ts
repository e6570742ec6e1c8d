import {expect, fixture, html} from '@open-wc/testing';
import '../src/elements/dystonia-causes/define.js';
import type {DystoniaCauses} from '../src/elements/dystonia-causes/dystonia-causes.js';
import {runElementContract} from './contract/element-contract.js';
import {DystoniaCausesHarness} from './harness/dystonia-causes.js';
import {resetPage, setPageLang, shippedTarget, textOf} from './helpers.js';

const CAUSE_IDS = [
  'brain-trauma',
  'stroke',
  'tumor',
  'oxygen-deprivation',
  'infection',
  'drug-reactions',
  'poisoning',
];

runElementContract<DystoniaCauses>({
  tag: 'dystonia-causes',
  harness: (el) => new DystoniaCausesHarness(el),
  headings: (h) => [h.heading()!],
  headingTexts: ['What Causes Dystonia?'],
  focus: 'heading',
});

describe('<dystonia-causes>', () => {
  afterEach(resetPage);

  it('shows the heading, the origin paragraph and the seven acquired causes in English', async () => {
    const h = new DystoniaCausesHarness(
      await fixture<DystoniaCauses>(html`<dystonia-causes></dystonia-causes>`)
    );
    const root = h.root;
    expect(textOf(root.querySelector('h2'))).to.equal('What Causes Dystonia?');
    expect(textOf(root.querySelector('[part="text"]'))).to.equal(
      'Most cases of dystonia do not have a specific cause, but the origin of the disease seems to be related to the way the nerve cells communicate with each other in the basal ganglia, the area of the brain that is responsible for initiating muscle contraction.'
    );
    expect(textOf(root.querySelector('[part="intro"]'))).to.equal(
      'Acquired dystonia is caused by damage to the basal ganglia that may be the result of:'
    );
    expect(h.listItems()).to.deep.equal([
      'brain trauma',
      'stroke',
      'tumor',
      'oxygen deprivation',
      'infection',
      'drug reactions',
      'poisoning caused by lead or carbon monoxide',
    ]);
  });

  it('names the list by its introducing sentence', async () => {
    const h = new DystoniaCausesHarness(
      await fixture<DystoniaCauses>(html`<dystonia-causes></dystonia-causes>`)
    );
    const label = h.byId(h.list().getAttribute('aria-labelledby')!);
    expect(textOf(label)).to.match(/^Acquired dystonia/);
  });

  for (const locale of ['es', 'ar']) {
    it(`shows the shipped ${locale} translation when the page is in ${locale}`, async () => {
      await setPageLang(locale);
      const h = new DystoniaCausesHarness(
        await fixture<DystoniaCauses>(html`<dystonia-causes></dystonia-causes>`)
      );
      const root = h.root;
      const target = await shippedTarget(locale);
      expect(textOf(root.querySelector('h2'))).to.equal(target('causes.heading'));
      expect(textOf(root.querySelector('[part="text"]'))).to.equal(target('causes.origin'));
      expect(textOf(root.querySelector('[part="intro"]'))).to.equal(target('causes.acquired.intro'));
      expect(h.listItems()).to.deep.equal(CAUSE_IDS.map((id) => target(`causes.acquired.${id}`)));
      const base = h.base();
      expect(base.lang).to.equal(locale);
      expect(base.dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
    });
  }

  it('indents the list on the inline-start side in both directions', async () => {
    const el = await fixture<DystoniaCauses>(html`<dystonia-causes></dystonia-causes>`);
    const list = new DystoniaCausesHarness(el).list();
    expect(parseFloat(getComputedStyle(list).paddingLeft)).to.be.greaterThan(0);
    await setPageLang('ar');
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(list).paddingRight)).to.be.greaterThan(0);
    expect(getComputedStyle(list).paddingLeft).to.equal('0px');
  });
});
