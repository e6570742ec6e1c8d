import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/elements/dystonia-types/define.js';
import type {DystoniaTypes} from '../src/elements/dystonia-types/dystonia-types.js';
import {setLocale} from '../src/core/locale.js';
import {DystoniaTypesHarness, harness} from './harness/dystonia-types.js';
import {runElementContract} from './contract/element-contract.js';
import {
  addPageConfig,
  recordWarnings,
  resetPage,
  setPageLang,
  shippedTarget,
  shippedTranslations,
  textOf,
} from './helpers.js';

const DISTRIBUTION = ['generalized', 'focal', 'multifocal', 'segmental', 'hemidystonia'];
const SYNDROMES = [
  'cervical',
  'torsion',
  'tardive',
  'writers-cramp',
  'oromandibular',
  'blepharospasm',
  'cranial',
  'spasmodic',
  'paroxysmal',
];

runElementContract<DystoniaTypes>({
  tag: 'dystonia-types',
  harness,
  headings: (h) => [h.heading()!],
  headingTexts: ['Different Types of Dystonia'],
  focus: {firstTabStop: (h) => harness(h.el).button('generalized')},
  event: {
    name: 'dw-type-toggle',
    act: (h) => harness(h.el).button('focal').click(),
    detail: {id: 'focal', open: true},
  },
});

describe('<dystonia-types>', () => {
  afterEach(resetPage);

  describe('in English', () => {
    it('shows the heading, both introductions and the 14 types in the corrected order', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      const h2 = harness(el).root.querySelector('h2');
      expect(textOf(h2)).to.equal('Different Types of Dystonia');
      const intros = Array.from(harness(el).root.querySelectorAll('[part="intro"]')).map(textOf);
      expect(intros).to.deep.equal([
        'The type of dystonia you have is classified by the part of the body it affects.',
        'Based on its patterns, dystonias can also be classified as one of the following syndromes:',
      ]);
      expect(
        harness(el)
          .items()
          .map((li) => li.dataset.type)
      ).to.deep.equal([...DISTRIBUTION, ...SYNDROMES]);
      expect(
        harness(el)
          .items()
          .map((li) => textOf(li.querySelector('button')))
      ).to.deep.equal([
        'Generalized dystonia',
        'Focal dystonia',
        'Multifocal dystonia',
        'Segmental dystonia',
        'Hemidystonia',
        'Cervical dystonia (torticollis)',
        'Torsion dystonia',
        'Tardive dystonia',
        'Writer’s cramp',
        'Oromandibular dystonia',
        'Blepharospasm',
        'Cranial dystonia',
        'Spasmodic dystonia',
        'Paroxysmal dystonia',
      ]);
    });

    it('applies the review corrections C1–C5', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types open="all"></dystonia-types>`);
      // C1: focal is a single body part; C2: multifocal carries the scraped definition.
      expect(textOf(harness(el).description('focal'))).to.equal('Focal dystonia affects a single body part.');
      expect(textOf(harness(el).description('multifocal'))).to.equal(
        'Multifocal dystonia affects more than one unrelated body part.'
      );
      // C2: multifocal is a heading of its own, followed by its own description.
      expect(textOf(harness(el).item('multifocal').querySelector('h3'))).to.equal('Multifocal dystonia');
      expect(
        harness(el).item('multifocal').querySelector('h3')!.nextElementSibling ===
          harness(el).description('multifocal')
      ).to.equal(true);
      // C3: blepharospasm has its heading, followed by its own description.
      const blepharospasm = harness(el).item('blepharospasm');
      expect(textOf(blepharospasm.querySelector('h3'))).to.equal('Blepharospasm');
      expect(
        blepharospasm.querySelector('h3')!.nextElementSibling === harness(el).description('blepharospasm')
      ).to.equal(true);
      expect(textOf(harness(el).description('blepharospasm'))).to.match(
        /^Blepharospasm affects the eyes and usually begins with blinking\./
      );
      // C4: heading form.
      expect(textOf(harness(el).item('cervical').querySelector('h3'))).to.equal(
        'Cervical dystonia (torticollis)'
      );
      // C5: no dangling "also".
      expect(textOf(harness(el).description('paroxysmal'))).to.equal(
        'Paroxysmal dystonia is episodic and produces symptoms only when the person is experiencing an attack.'
      );
      expect(textOf(harness(el).root)).not.to.contain('is also episodic');
    });

    it('gives each type a description that is a whole sentence naming the type first', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types open="all"></dystonia-types>`);
      // The scraped page's wording (review.md C1, C2 and C5 applied) after the
      // name it continued there ("Focal dystonia: affects …", "Torsion
      // dystonia" / "is a rare form …"); Segmental's full stop was missing.
      expect(
        harness(el)
          .items()
          .map((li) => textOf(harness(el).description(li.dataset.type!)))
      ).to.deep.equal([
        'Generalized dystonia affects most or all of the body.',
        'Focal dystonia affects a single body part.',
        'Multifocal dystonia affects more than one unrelated body part.',
        'Segmental dystonia involves adjacent body parts.',
        'Hemidystonia affects the arm and leg of the same side of the body.',
        'Cervical dystonia (torticollis) is the most common type of dystonia-related syndrome and occurs mostly in middle-aged individuals. It affects the neck muscles, causing the head to twist and turn or be pulled backward or forward.',
        'Torsion dystonia is a rare form of dystonia that disables the entire body. Symptoms generally appear in childhood and get worse over time.',
        'Tardive dystonia is caused by an adverse reaction to a drug. Symptoms are typically only temporary and are treatable with medication.',
        'Writer’s cramp is a type of dystonia that only occurs while writing and affects the hand and/or forearm muscles.',
        'Oromandibular dystonia causes spasms of the jaw, lips and tongue muscles and creates problems with the patient’s speech and swallowing.',
        'Blepharospasm affects the eyes and usually begins with blinking. Both eyes will eventually become affected as spasms can cause the eyelids to involuntarily close and oftentimes, stay closed. The person affected may have normal vision, but dystonia creates a closing of the eyelids, making the person functionally blind.',
        'Cranial dystonia affects the head, face and neck muscles.',
        'Spasmodic dystonia affects the throat muscles that are responsible for speech.',
        'Paroxysmal dystonia is episodic and produces symptoms only when the person is experiencing an attack.',
      ]);
      // Each one starts with the name its button shows, and ends a sentence.
      for (const li of harness(el).items()) {
        const name = textOf(li.querySelector('button'));
        const description = textOf(harness(el).description(li.dataset.type!));
        expect(description.startsWith(`${name} `), `${li.dataset.type} starts with "${name}"`).to.equal(true);
        expect(description, li.dataset.type).to.match(/\.$/);
      }
    });

    it('starts collapsed, with each button controlling its hidden description', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      for (const id of [...DISTRIBUTION, ...SYNDROMES]) {
        const b = harness(el).button(id);
        expect(b.getAttribute('aria-expanded')).to.equal('false');
        const panel = harness(el).root.getElementById(b.getAttribute('aria-controls')!)!;
        expect(panel).to.equal(harness(el).description(id));
        expect(DystoniaTypesHarness.isShown(panel)).to.equal(false);
      }
    });

    it('renders item headings one level below the top heading', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types heading-level="4"></dystonia-types>`);
      expect(textOf(harness(el).root.querySelector('h4'))).to.equal('Different Types of Dystonia');
      expect(harness(el).root.querySelectorAll('h5')).to.have.length(14);
      expect(harness(el).root.querySelector('h2, h3')).to.equal(null);
    });

    it('keeps item headings at h6 when the top heading is h6', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types heading-level="6"></dystonia-types>`);
      expect(harness(el).root.querySelectorAll('h6')).to.have.length(15);
    });
  });

  describe('attributes', () => {
    it('filter="distribution" shows only the five types by body distribution', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types filter="distribution"></dystonia-types>`);
      expect(
        harness(el)
          .items()
          .map((li) => li.dataset.type)
      ).to.deep.equal(DISTRIBUTION);
      expect(textOf(harness(el).root)).not.to.contain('syndromes:');
    });

    it('filter="syndromes" shows only the nine syndromes', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types filter="syndromes"></dystonia-types>`);
      expect(
        harness(el)
          .items()
          .map((li) => li.dataset.type)
      ).to.deep.equal(SYNDROMES);
    });

    it('open lists the types shown opened, without firing events', async () => {
      let events = 0;
      const el = await fixture<DystoniaTypes>(
        html`<dystonia-types open="focal cervical" @dw-type-toggle=${() => events++}></dystonia-types>`
      );
      expect(harness(el).openIds()).to.deep.equal(['focal', 'cervical']);
      expect(DystoniaTypesHarness.isShown(harness(el).description('focal'))).to.equal(true);
      expect(DystoniaTypesHarness.isShown(harness(el).description('generalized'))).to.equal(false);
      el.setAttribute('open', 'all');
      await el.updateComplete;
      expect(harness(el).openIds()).to.have.length(14);
      el.open = '';
      await el.updateComplete;
      expect(harness(el).openIds()).to.deep.equal([]);
      expect(events).to.equal(0);
    });
  });

  describe('interaction', () => {
    it('a click opens a type, fires dw-type-toggle and updates `open`', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      const fired = oneEvent(el, 'dw-type-toggle');
      harness(el).button('tardive').click();
      const event = await fired;
      expect(event.detail).to.deep.equal({id: 'tardive', open: true});
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      await el.updateComplete;
      expect(DystoniaTypesHarness.isShown(harness(el).description('tardive'))).to.equal(true);
      expect(el.open).to.equal('tardive');
    });

    it('Tab reaches a disclosure, Enter and Space toggle it', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      const details: unknown[] = [];
      el.addEventListener('dw-type-toggle', (e) => details.push(e.detail));
      await sendKeys({press: 'Tab'});
      expect(harness(el).root.activeElement).to.equal(harness(el).button('generalized'));
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(harness(el).button('generalized').getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({press: 'Tab'});
      expect(harness(el).root.activeElement).to.equal(harness(el).button('focal'));
      await sendKeys({press: ' '});
      await el.updateComplete;
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(harness(el).openIds()).to.deep.equal(['generalized']);
      expect(details).to.deep.equal([
        {id: 'generalized', open: true},
        {id: 'focal', open: true},
        {id: 'focal', open: false},
      ]);
    });
  });

  describe('reveal()', () => {
    it('opens the given types, keeps the others and focuses the first, without an event', async () => {
      let events = 0;
      const el = await fixture<DystoniaTypes>(
        html`<dystonia-types open="focal" @dw-type-toggle=${() => events++}></dystonia-types>`
      );
      await el.reveal(['oromandibular', 'cranial', 'elbow']);
      expect(harness(el).openIds()).to.deep.equal(['focal', 'oromandibular', 'cranial']);
      expect(harness(el).root.activeElement).to.equal(harness(el).button('oromandibular'));
      expect(DystoniaTypesHarness.isShown(harness(el).description('cranial'))).to.equal(true);
      expect(events).to.equal(0);
    });

    it('with only unknown ids changes nothing', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      await el.reveal(['elbow']);
      expect(harness(el).openIds()).to.deep.equal([]);
      expect(harness(el).root.activeElement).to.equal(null);
    });
  });

  describe('accessibility', () => {
    it('passes axe collapsed and expanded in English', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      await expect(el).to.be.accessible();
      el.open = 'all';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe collapsed and expanded in Arabic', async () => {
      await setPageLang('ar');
      const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      await expect(el).to.be.accessible();
      el.open = 'all';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('translations', () => {
    for (const locale of ['es', 'ar']) {
      it(`shows the shipped ${locale} translation of every text when the page is in ${locale}`, async () => {
        const expected = await shippedTarget(locale);
        await setPageLang(locale);
        const el = await fixture<DystoniaTypes>(html`<dystonia-types open="all"></dystonia-types>`);
        expect(textOf(harness(el).root.querySelector('h2'))).to.equal(expected('types.heading'));
        const intros = Array.from(harness(el).root.querySelectorAll('[part="intro"]')).map(textOf);
        expect(intros).to.deep.equal([
          expected('types.distribution.intro'),
          expected('types.syndromes.intro'),
        ]);
        for (const id of [...DISTRIBUTION, ...SYNDROMES]) {
          expect(textOf(harness(el).button(id))).to.equal(expected(`types.${id}.name`));
          expect(textOf(harness(el).description(id))).to.equal(expected(`types.${id}.description`));
          // A whole sentence on its own, as in English: it names the type again.
          expect(
            textOf(harness(el).description(id)).toLocaleLowerCase(locale),
            `the ${locale} description of ${id} names it`
          ).to.contain(expected(`types.${id}.name`).toLocaleLowerCase(locale));
        }
        const base = harness(el).root.querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal(locale);
      });
    }

    it('lays Arabic out right to left: the marker at the start of the row, its chevron mirrored', async () => {
      await setPageLang('ar');
      const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      const base = harness(el).root.querySelector<HTMLElement>('[part="base"]')!;
      expect(base.dir).to.equal('rtl');
      const button = harness(el).button('focal');
      const marker = button.querySelector<HTMLElement>('.marker')!;
      const name = button.querySelector<HTMLElement>('.name')!;
      const turn = () => getComputedStyle(marker, '::before').rotate;
      // Closed, the chevron points to the inline end: left in Arabic, right in English.
      expect(marker.getBoundingClientRect().left).to.be.at.least(name.getBoundingClientRect().right);
      expect(turn()).to.equal('45deg');
      await setPageLang('en');
      await el.updateComplete;
      // The chevron turns (150 ms) to its new direction.
      await Promise.all(marker.getAnimations({subtree: true}).map((turning) => turning.finished));
      expect(base.dir).to.equal('ltr');
      expect(marker.getBoundingClientRect().right).to.be.at.most(name.getBoundingClientRect().left);
      expect(turn()).to.equal('-45deg');
    });

    it('uses Spanish for es-MX', async () => {
      const targets = await shippedTranslations('es');
      await setPageLang('es-MX');
      const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      expect(textOf(harness(el).root.querySelector('h2'))).to.equal(targets.get('types.heading'));
    });

    it('falls back to English with one warning listing the shipped locales', async () => {
      const warnings = recordWarnings();
      try {
        await setPageLang('xx');
        const el = await fixture<DystoniaTypes>(
          html`<div><dystonia-types></dystonia-types><dystonia-types></dystonia-types></div>`
        );
        const types = el.querySelector('dystonia-types')!;
        await setPageLang('xx-YY');
        await setPageLang('xx');
        expect(textOf(types.shadowRoot!.querySelector('h2'))).to.equal('Different Types of Dystonia');
        expect(types.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
        const about = warnings.messages.filter((m) => m.includes('"xx"'));
        expect(about).to.have.length(1);
        expect(about[0]).to.contain('<dystonia-types>');
        const listed = about[0].match(/Shipped locales: ([^.]+)\./)![1].split(', ');
        expect(listed).to.have.members(['en', 'es', 'ar']);
      } finally {
        warnings.restore();
      }
    });

    it('re-renders when <html lang> changes at run time', async () => {
      const es = await shippedTranslations('es');
      const ar = await shippedTranslations('ar');
      const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      const h2 = () => textOf(harness(el).root.querySelector('h2'));
      expect(h2()).to.equal('Different Types of Dystonia');
      await setPageLang('es');
      await el.updateComplete;
      expect(h2()).to.equal(es.get('types.heading'));
      await setPageLang('ar');
      await el.updateComplete;
      expect(h2()).to.equal(ar.get('types.heading'));
      await setPageLang('en');
      await el.updateComplete;
      expect(h2()).to.equal('Different Types of Dystonia');
    });

    it('page config "locale" overrides <html lang>, and setLocale() overrides both', async () => {
      const es = await shippedTranslations('es');
      const ar = await shippedTranslations('ar');
      addPageConfig('{"locale": "es"}');
      await setPageLang('en');
      const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      expect(textOf(harness(el).root.querySelector('h2'))).to.equal(es.get('types.heading'));
      await setLocale('ar');
      await el.updateComplete;
      expect(textOf(harness(el).root.querySelector('h2'))).to.equal(ar.get('types.heading'));
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof recordWarnings>;
    beforeEach(() => (warnings = recordWarnings()));
    afterEach(() => warnings.restore());

    it('heading-level="9" warns once and uses h2', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types heading-level="9"></dystonia-types>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(harness(el).root.querySelector('h2')).not.to.equal(null);
      expect(harness(el).root.querySelectorAll('h3')).to.have.length(14);
      const about = warnings.messages.filter((m) => m.includes('heading-level="9"'));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('<dystonia-types>');
    });

    it('heading-level="abc" warns and uses h2', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types heading-level="abc"></dystonia-types>`);
      expect(harness(el).root.querySelector('h2')).not.to.equal(null);
      expect(warnings.messages.filter((m) => m.includes('heading-level="abc"'))).to.have.length(1);
    });

    it('filter="bogus" warns once and shows every type', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types filter="bogus"></dystonia-types>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(harness(el).items()).to.have.length(14);
      expect(warnings.messages.filter((m) => m.includes('filter="bogus"'))).to.have.length(1);
    });

    it('open="nope" warns once, names the known ids and opens nothing', async () => {
      const el = await fixture<DystoniaTypes>(html`<dystonia-types open="nope focal"></dystonia-types>`);
      expect(harness(el).openIds()).to.deep.equal(['focal']);
      const about = warnings.messages.filter((m) => m.includes('"nope"'));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('blepharospasm');
    });

    it('malformed page config warns once and renders with defaults', async () => {
      addPageConfig('{"locale": "es",');
      const first = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      expect(textOf(harness(first).root.querySelector('h2'))).to.equal('Different Types of Dystonia');
      expect(warnings.messages.filter((m) => m.includes('not valid JSON'))).to.have.length(1);
    });

    it('unknown page config keys warn once and known ones still apply', async () => {
      const es = await shippedTranslations('es');
      addPageConfig('{"locale": "es", "colour": "red"}');
      await setPageLang('en');
      const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      expect(textOf(harness(el).root.querySelector('h2'))).to.equal(es.get('types.heading'));
      expect(warnings.messages.filter((m) => m.includes('"colour"'))).to.have.length(1);
    });
  });
});
