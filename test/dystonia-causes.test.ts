import {expect, fixture, html} from '@open-wc/testing';
import '../src/elements/dystonia-causes/define.js';
import type {DystoniaCauses} from '../src/elements/dystonia-causes/dystonia-causes.js';
import {recordWarnings, resetPage, setPageLang, shippedTarget, textOf} from './helpers.js';

const CAUSE_IDS = [
  'brain-trauma',
  'stroke',
  'tumor',
  'oxygen-deprivation',
  'infection',
  'drug-reactions',
  'poisoning',
];

function listItems(el: DystoniaCauses): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('[part="list"] li')).map(textOf);
}

describe('<dystonia-causes>', () => {
  afterEach(resetPage);

  it('shows the heading, the origin paragraph and the seven acquired causes in English', async () => {
    const el = await fixture<DystoniaCauses>(html`<dystonia-causes></dystonia-causes>`);
    const root = el.shadowRoot!;
    expect(textOf(root.querySelector('h2'))).to.equal('What Causes Dystonia?');
    expect(textOf(root.querySelector('[part="text"]'))).to.equal(
      'Most cases of dystonia do not have a specific cause, but the origin of the disease seems to be related to the way the nerve cells communicate with each other in the basal ganglia, the area of the brain that is responsible for initiating muscle contraction.'
    );
    expect(textOf(root.querySelector('[part="intro"]'))).to.equal(
      'Acquired dystonia is caused by damage to the basal ganglia that may be the result of:'
    );
    expect(listItems(el)).to.deep.equal([
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
    const el = await fixture<DystoniaCauses>(html`<dystonia-causes></dystonia-causes>`);
    const list = el.shadowRoot!.querySelector('[part="list"]')!;
    const label = el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!);
    expect(textOf(label)).to.match(/^Acquired dystonia/);
  });

  it('uses heading-level for its heading, and falls back to 2 with a warning', async () => {
    const el = await fixture<DystoniaCauses>(html`<dystonia-causes heading-level="3"></dystonia-causes>`);
    expect(textOf(el.shadowRoot!.querySelector('h3'))).to.equal('What Causes Dystonia?');
    const warnings = recordWarnings();
    try {
      const bad = await fixture<DystoniaCauses>(html`<dystonia-causes heading-level="0"></dystonia-causes>`);
      expect(bad.shadowRoot!.querySelector('h2')).not.to.equal(null);
      expect(
        warnings.messages.filter((m) => m.includes('<dystonia-causes>: heading-level="0"'))
      ).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  for (const locale of ['es', 'ar']) {
    it(`shows the shipped ${locale} translation when the page is in ${locale}`, async () => {
      await setPageLang(locale);
      const el = await fixture<DystoniaCauses>(html`<dystonia-causes></dystonia-causes>`);
      const root = el.shadowRoot!;
      const target = await shippedTarget(locale);
      expect(textOf(root.querySelector('h2'))).to.equal(target('causes.heading'));
      expect(textOf(root.querySelector('[part="text"]'))).to.equal(target('causes.origin'));
      expect(textOf(root.querySelector('[part="intro"]'))).to.equal(target('causes.acquired.intro'));
      expect(listItems(el)).to.deep.equal(CAUSE_IDS.map((id) => target(`causes.acquired.${id}`)));
      const base = root.querySelector<HTMLElement>('[part="base"]')!;
      expect(base.lang).to.equal(locale);
      expect(base.dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
    });
  }

  it('indents the list on the inline-start side in both directions', async () => {
    const el = await fixture<DystoniaCauses>(html`<dystonia-causes></dystonia-causes>`);
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    expect(parseFloat(getComputedStyle(list).paddingLeft)).to.be.greaterThan(0);
    await setPageLang('ar');
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(list).paddingRight)).to.be.greaterThan(0);
    expect(getComputedStyle(list).paddingLeft).to.equal('0px');
  });

  it('is accessible in English and Arabic', async () => {
    const el = await fixture<DystoniaCauses>(html`<dystonia-causes></dystonia-causes>`);
    await expect(el).to.be.accessible();
    await setPageLang('ar');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
