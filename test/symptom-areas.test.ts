import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {resetMouse, sendKeys} from '@web/test-runner-commands';
import '../src/elements/symptom-areas/define.js';
import type {SymptomAreas} from '../src/elements/symptom-areas/symptom-areas.js';
import {SymptomAreasHarness, harness} from './harness/symptom-areas.js';
import {runElementContract} from './contract/element-contract.js';
import {recordWarnings, resetPage, setPageLang, shippedTarget, textOf} from './helpers.js';

const AREAS = ['eyes', 'neck', 'face-head-neck', 'vocal-cords', 'hand-forearm'];

/** The corrected page text (../shared/content/review.md C6–C8 and the seed, verbatim). */
const ENGLISH: Record<string, [string, string]> = {
  eyes: ['Eyes', 'Rapid blinking or involuntary spasms.'],
  neck: ['Neck', 'Contractions that cause the head to twist to one side or pull forward or backward.'],
  'face-head-neck': [
    'Face, head and neck',
    'Contractions in one of these areas, slurred speech or difficulty swallowing.',
  ],
  'vocal-cords': [
    'Vocal cords',
    'Muscles controlling vocal cords can be affected causing a tight or whispering voice.',
  ],
  'hand-forearm': [
    'Hand and forearm',
    'Some types of dystonia bring symptoms during repetitive, specific activities only.',
  ],
};

/** ../shared/content/review.md, "Links between body areas and syndromes". */
const LINKS: Record<string, string[]> = {
  eyes: ['blepharospasm'],
  neck: ['cervical'],
  'face-head-neck': ['cranial', 'oromandibular'],
  'vocal-cords': ['spasmodic'],
  'hand-forearm': ['writers-cramp'],
};

/** English syndrome names, as <dystonia-types> shows them. */
const SYNDROME_NAMES: Record<string, string> = {
  blepharospasm: 'Blepharospasm',
  cervical: 'Cervical dystonia (torticollis)',
  cranial: 'Cranial dystonia',
  oromandibular: 'Oromandibular dystonia',
  spasmodic: 'Spasmodic dystonia',
  'writers-cramp': 'Writer’s cramp',
};

runElementContract<SymptomAreas>({
  tag: 'symptom-areas',
  harness,
  // No heading of its own: heading-level sets each area's heading.
  headings: (h) => harness(h.el).areaHeadings(),
  headingTexts: AREAS.map((id) => ENGLISH[id][0]),
  focus: {firstTabStop: (h) => harness(h.el).button('eyes')},
  event: {
    name: 'dw-area-select',
    act: (h) => harness(h.el).button('eyes').click(),
    detail: {area: 'eyes', syndromes: ['blepharospasm']},
  },
});

describe('<symptom-areas>', () => {
  afterEach(resetPage);

  describe('in English', () => {
    it('shows every area’s name and sentence, in the page’s order, without interaction', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      const items = Array.from(harness(el).root.querySelectorAll<HTMLElement>('[part="area"]'));
      expect(items.map((li) => li.dataset.area)).to.deep.equal(AREAS);
      for (const id of AREAS) {
        expect(textOf(harness(el).item(id).querySelector('[part="area-heading"]'))).to.equal(ENGLISH[id][0]);
        const description = harness(el).item(id).querySelector('[part="area-description"]')!;
        expect(textOf(description)).to.equal(ENGLISH[id][1]);
        expect(SymptomAreasHarness.isShown(description)).to.equal(true);
      }
    });

    it('restores the lost "Eyes" and "Neck" headings (C6, C7), each followed by its own description (C8)', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      const headings = Array.from(harness(el).root.querySelectorAll('h2'));
      expect(headings.map(textOf)).to.deep.equal(AREAS.map((id) => ENGLISH[id][0]));
      const eyes = headings[0];
      expect(textOf(eyes)).to.equal('Eyes');
      expect(eyes.nextElementSibling!.localName).to.equal('p');
      expect(textOf(eyes.nextElementSibling)).to.equal('Rapid blinking or involuntary spasms.');
      const neck = headings[1];
      expect(textOf(neck)).to.equal('Neck');
      expect(textOf(neck.nextElementSibling)).to.equal(
        'Contractions that cause the head to twist to one side or pull forward or backward.'
      );
    });

    it('has no section heading or introduction of its own', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      expect(harness(el).root.querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(5);
      expect(textOf(harness(el).root)).not.to.contain('commonly affected');
    });

    it('starts with nothing selected and no syndromes shown', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      expect(harness(el).pressed()).to.deep.equal([]);
      expect(harness(el).drawnSelected()).to.deep.equal([]);
      expect(harness(el).shownSyndromes()).to.deep.equal([]);
      expect(el.selected).to.equal('');
    });

    it('renders area headings at heading-level', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas heading-level="4"></symptom-areas>`);
      expect(Array.from(harness(el).root.querySelectorAll('h4')).map(textOf)).to.deep.equal(
        AREAS.map((id) => ENGLISH[id][0])
      );
      expect(harness(el).root.querySelector('h1, h2, h3, h5, h6')).to.equal(null);
      el.headingLevel = 6;
      await el.updateComplete;
      expect(harness(el).root.querySelectorAll('h6')).to.have.length(5);
      expect(harness(el).root.querySelector('h4')).to.equal(null);
    });

    it('draws a body map beside the list, hidden from assistive technology and holding no focus stop', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      const map = harness(el).root.querySelector('[part="map"]')!;
      expect(map.querySelector('svg')).not.to.equal(null);
      expect(map.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(map.querySelector('[tabindex], a, button')).to.equal(null);
      for (const id of AREAS) expect(harness(el).region(id)).to.be.instanceOf(SVGGElement);
      // Side by side: the map starts before the list on the same row.
      const mapBox = map.getBoundingClientRect();
      const listBox = harness(el).root.querySelector('[part="list"]')!.getBoundingClientRect();
      expect(mapBox.right).to.be.at.most(listBox.left);
      expect(mapBox.top).to.be.closeTo(listBox.top, 1);
      expect(mapBox.width).to.be.at.most(12 * parseFloat(getComputedStyle(el).fontSize) + 0.5);
    });

    it('puts the list below the map when the element itself is narrow', async () => {
      // The page is wide; only the element is narrow.
      const el = await fixture<SymptomAreas>(
        html`<symptom-areas style="inline-size: 300px"></symptom-areas>`
      );
      const mapBox = harness(el).root.querySelector('[part="map"]')!.getBoundingClientRect();
      const listBox = harness(el).root.querySelector('[part="list"]')!.getBoundingClientRect();
      expect(listBox.top).to.be.at.least(mapBox.bottom);
      expect(listBox.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    });

    it('gives every list control a target of at least 24 × 24 CSS pixels', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      for (const id of AREAS) {
        const box = harness(el).button(id).getBoundingClientRect();
        expect(box.width, id).to.be.at.least(24);
        expect(box.height, id).to.be.at.least(24);
      }
    });
  });

  describe('selection with a pointer', () => {
    afterEach(() => resetMouse());

    it('a click on each part of the body selects its area in the map and the list', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      const details = harness(el).collect();
      // Points of the drawing, in its own coordinates.
      const points: Array<[string, number, number]> = [
        ['eyes', 86, 54],
        ['face-head-neck', 100, 24],
        ['neck', 100, 102],
        ['vocal-cords', 100, 126],
        ['hand-forearm', 28, 292],
      ];
      for (const [id, x, y] of points) {
        await harness(el).clickMap(x, y);
        expect(harness(el).pressed(), id).to.deep.equal([id]);
        expect(harness(el).drawnSelected(), id).to.deep.equal([id]);
        expect(el.selected).to.equal(id);
        expect(harness(el).shownSyndromes(), id).to.deep.equal(LINKS[id].map((s) => SYNDROME_NAMES[s]));
      }
      // The other hand is part of the same area.
      await harness(el).clickMap(172, 292);
      expect(details.map((d) => d.area)).to.deep.equal([...points.map(([id]) => id), null]);
      expect(details[1]).to.deep.equal({area: 'face-head-neck', syndromes: ['cranial', 'oromandibular']});
    });

    it('clicking a map region shows the linked syndromes under a label, and again deselects', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      const fired = oneEvent(el, 'dw-area-select');
      await harness(el).clickMap(100, 24);
      const event = await fired;
      expect(event.detail).to.deep.equal({area: 'face-head-neck', syndromes: ['cranial', 'oromandibular']});
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      const block = harness(el).syndromes('face-head-neck');
      expect(SymptomAreasHarness.isShown(block)).to.equal(true);
      expect(textOf(block.querySelector('.syndromes-label'))).to.equal('Related syndromes');
      expect(harness(el).shownSyndromes()).to.deep.equal(['Cranial dystonia', 'Oromandibular dystonia']);
      // "Face, head and neck" includes the neck: drawn lightly too.
      expect(harness(el).region('neck').classList.contains('related')).to.equal(true);

      const again = oneEvent(el, 'dw-area-select');
      await harness(el).clickMap(100, 24);
      expect((await again).detail).to.deep.equal({area: null, syndromes: []});
      expect(harness(el).pressed()).to.deep.equal([]);
      expect(harness(el).drawnSelected()).to.deep.equal([]);
      expect(harness(el).shownSyndromes()).to.deep.equal([]);
      expect(el.selected).to.equal('');
    });

    it('clicking a list control selects the area in both, one at a time', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      const details = harness(el).collect();
      harness(el).button('vocal-cords').click();
      await el.updateComplete;
      expect(harness(el).pressed()).to.deep.equal(['vocal-cords']);
      expect(harness(el).drawnSelected()).to.deep.equal(['vocal-cords']);
      expect(harness(el).shownSyndromes()).to.deep.equal(['Spasmodic dystonia']);
      harness(el).button('hand-forearm').click();
      await el.updateComplete;
      expect(harness(el).pressed()).to.deep.equal(['hand-forearm']);
      expect(harness(el).drawnSelected()).to.deep.equal(['hand-forearm']);
      expect(harness(el).shownSyndromes()).to.deep.equal(['Writer’s cramp']);
      expect(el.selected).to.equal('hand-forearm');
      expect(details).to.deep.equal([
        {area: 'vocal-cords', syndromes: ['spasmodic']},
        {area: 'hand-forearm', syndromes: ['writers-cramp']},
      ]);
    });

    it('shows the selection by more than colour', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas selected="eyes"></symptom-areas>`);
      const on = getComputedStyle(harness(el).region('eyes'));
      const off = getComputedStyle(harness(el).region('neck'));
      expect(on.strokeDasharray).to.equal('none');
      expect(off.strokeDasharray).not.to.equal('none');
      expect(parseFloat(on.strokeWidth)).to.be.greaterThan(parseFloat(off.strokeWidth));
      const markerOn = getComputedStyle(harness(el).button('eyes').querySelector('.marker')!);
      const markerOff = getComputedStyle(harness(el).button('neck').querySelector('.marker')!);
      // A filled disc against a hollow ring.
      expect(parseFloat(markerOn.borderTopWidth) * 2).to.be.at.least(parseFloat(markerOn.width) - 0.5);
      expect(parseFloat(markerOff.borderTopWidth) * 2).to.be.lessThan(parseFloat(markerOff.width) / 2);
      expect(getComputedStyle(harness(el).item('eyes')).borderInlineStartColor).not.to.equal(
        getComputedStyle(harness(el).item('neck')).borderInlineStartColor
      );
    });
  });

  describe('selection with the keyboard', () => {
    it('Tab reaches each area control in order, skipping the map', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      const reached: string[] = [];
      for (let i = 0; i < AREAS.length; i++) {
        await sendKeys({press: 'Tab'});
        reached.push(
          (harness(el).root.activeElement as HTMLElement | null)?.closest<HTMLElement>('[part="area"]')
            ?.dataset.area ?? 'none'
        );
      }
      expect(reached).to.deep.equal(AREAS);
    });

    it('Enter and Space select, and pressing the selected area again deselects', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      const details = harness(el).collect();
      await sendKeys({press: 'Tab'});
      expect(harness(el).root.activeElement).to.equal(harness(el).button('eyes'));
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(harness(el).pressed()).to.deep.equal(['eyes']);
      expect(harness(el).drawnSelected()).to.deep.equal(['eyes']);
      expect(harness(el).shownSyndromes()).to.deep.equal(['Blepharospasm']);
      await sendKeys({press: 'Tab'});
      expect(harness(el).root.activeElement).to.equal(harness(el).button('neck'));
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(harness(el).pressed()).to.deep.equal(['neck']);
      expect(harness(el).shownSyndromes()).to.deep.equal(['Cervical dystonia (torticollis)']);
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(harness(el).pressed()).to.deep.equal([]);
      expect(el.selected).to.equal('');
      expect(details).to.deep.equal([
        {area: 'eyes', syndromes: ['blepharospasm']},
        {area: 'neck', syndromes: ['cervical']},
        {area: null, syndromes: []},
      ]);
    });
  });

  describe('attributes', () => {
    it('selected="neck" from the host selects the neck without an event', async () => {
      let events = 0;
      const el = await fixture<SymptomAreas>(
        html`<symptom-areas selected="neck" @dw-area-select=${() => events++}></symptom-areas>`
      );
      expect(harness(el).pressed()).to.deep.equal(['neck']);
      expect(harness(el).drawnSelected()).to.deep.equal(['neck']);
      expect(harness(el).shownSyndromes()).to.deep.equal(['Cervical dystonia (torticollis)']);
      el.selected = 'eyes';
      await el.updateComplete;
      expect(harness(el).pressed()).to.deep.equal(['eyes']);
      el.setAttribute('selected', '');
      await el.updateComplete;
      expect(harness(el).pressed()).to.deep.equal([]);
      expect(events).to.equal(0);
    });

    it('no-map shows the list only', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas no-map></symptom-areas>`);
      expect(harness(el).root.querySelector('svg')).to.equal(null);
      expect(harness(el).root.querySelector('[part="map"]')).to.equal(null);
      expect(harness(el).root.querySelectorAll('[part="area"]')).to.have.length(5);
      const fired = oneEvent(el, 'dw-area-select');
      harness(el).button('eyes').click();
      expect((await fired).detail.area).to.equal('eyes');
      el.noMap = false;
      await el.updateComplete;
      expect(harness(el).root.querySelector('svg')).not.to.equal(null);
      expect(harness(el).drawnSelected()).to.deep.equal(['eyes']);
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof recordWarnings>;
    beforeEach(() => (warnings = recordWarnings()));
    afterEach(() => warnings.restore());

    it('selected="knee" warns once, listing the area ids, and selects nothing', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas selected="knee"></symptom-areas>`);
      el.requestUpdate();
      await el.updateComplete;
      el.selected = 'neck';
      await el.updateComplete;
      el.selected = 'knee';
      await el.updateComplete;
      expect(harness(el).pressed()).to.deep.equal([]);
      expect(harness(el).drawnSelected()).to.deep.equal([]);
      expect(harness(el).shownSyndromes()).to.deep.equal([]);
      const about = warnings.messages.filter((m) => m.includes('"knee"'));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('<symptom-areas>');
      for (const id of AREAS) expect(about[0]).to.contain(id);
    });
  });

  describe('accessibility', () => {
    for (const locale of ['en', 'ar']) {
      it(`passes axe with nothing selected and with an area selected (${locale})`, async () => {
        await setPageLang(locale);
        const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
        await expect(el).to.be.accessible();
        harness(el).button('face-head-neck').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.noMap = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    it('names each control by its area and exposes its state with aria-pressed', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas selected="hand-forearm"></symptom-areas>`);
      for (const id of AREAS) {
        const b = harness(el).button(id);
        expect(textOf(b)).to.equal(ENGLISH[id][0]);
        expect(b.getAttribute('aria-pressed')).to.equal(id === 'hand-forearm' ? 'true' : 'false');
        expect(harness(el).root.getElementById(b.getAttribute('aria-controls')!)).to.equal(
          harness(el).syndromes(id)
        );
      }
    });

    it('applies system colours to the map and the selection in forced-colours mode', async () => {
      // Forced-colour emulation is not available to the test runner, so the
      // element's own forced-colors rules are applied without their media
      // condition and their effect on the rendered map is checked.
      const el = await fixture<SymptomAreas>(html`<symptom-areas selected="neck"></symptom-areas>`);
      const rules = Array.from(harness(el).root.adoptedStyleSheets)
        .flatMap((sheet) => Array.from(sheet.cssRules))
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
        .filter((rule) => rule.conditionText.includes('forced-colors'));
      expect(rules).to.have.length.at.least(1);
      const forced = new CSSStyleSheet();
      forced.replaceSync(rules.flatMap((rule) => Array.from(rule.cssRules, (r) => r.cssText)).join('\n'));
      harness(el).root.adoptedStyleSheets = [...harness(el).root.adoptedStyleSheets, forced];
      const probe = document.createElement('div');
      document.body.append(probe);
      const system = (name: string) => {
        probe.style.color = name;
        return getComputedStyle(probe).color;
      };
      try {
        const outline = getComputedStyle(harness(el).root.querySelector('.outline')!);
        expect(outline.stroke).to.equal(system('CanvasText'));
        expect(getComputedStyle(harness(el).region('eyes')).stroke).to.equal(system('CanvasText'));
        const selected = getComputedStyle(harness(el).region('neck'));
        expect(selected.fill).to.equal(system('Highlight'));
        expect(selected.strokeDasharray).to.equal('none');
      } finally {
        probe.remove();
      }
    });
  });

  describe('translations', () => {
    for (const locale of ['es', 'ar']) {
      it(`shows the shipped ${locale} translation of every text when the page is in ${locale}`, async () => {
        const expected = await shippedTarget(locale);
        await setPageLang(locale);
        const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
        for (const id of AREAS) {
          expect(textOf(harness(el).item(id).querySelector('[part="area-heading"]'))).to.equal(
            expected(`areas.${id}.name`)
          );
          expect(textOf(harness(el).item(id).querySelector('[part="area-description"]'))).to.equal(
            expected(`areas.${id}.description`)
          );
          harness(el).button(id).click();
          await el.updateComplete;
          expect(textOf(harness(el).syndromes(id).querySelector('.syndromes-label'))).to.equal(
            expected('areas.syndromes.label')
          );
          expect(harness(el).shownSyndromes()).to.deep.equal(
            LINKS[id].map((s) => expected(`types.${s}.name`))
          );
        }
        expect(harness(el).root.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(locale);
      });
    }

    it('lays Arabic out right to left: the list mirrors beside the map, the drawing does not', async () => {
      await setPageLang('ar');
      const el = await fixture<SymptomAreas>(html`<symptom-areas selected="eyes"></symptom-areas>`);
      const base = harness(el).root.querySelector<HTMLElement>('[part="base"]')!;
      expect(base.dir).to.equal('rtl');
      const svgEl = harness(el).root.querySelector('svg')!;
      const mapBox = () => harness(el).root.querySelector('[part="map"]')!.getBoundingClientRect();
      const listBox = () => harness(el).root.querySelector('[part="list"]')!.getBoundingClientRect();
      // The map is on the right of the list.
      expect(mapBox().left).to.be.at.least(listBox().right);
      // The drawing is not flipped: its x axis still runs left to right, so
      // the figure's left-hand region is painted on the left.
      expect(svgEl.getScreenCTM()!.a).to.be.greaterThan(0);
      expect(getComputedStyle(svgEl).transform).to.equal('none');
      const hands = harness(el).region('hand-forearm').querySelectorAll('path');
      expect(hands[0].getBoundingClientRect().left).to.be.lessThan(hands[1].getBoundingClientRect().left);
      // Logical properties: the selection rule is on the right in Arabic.
      const rtlRule = getComputedStyle(harness(el).item('eyes'));
      expect(rtlRule.borderRightWidth).to.equal('4px');
      expect(rtlRule.borderLeftWidth).to.equal('0px');

      await setPageLang('en');
      await el.updateComplete;
      expect(base.dir).to.equal('ltr');
      expect(mapBox().right).to.be.at.most(listBox().left);
      expect(svgEl.getScreenCTM()!.a).to.be.greaterThan(0);
      expect(getComputedStyle(harness(el).item('eyes')).borderLeftWidth).to.equal('4px');
    });
  });
});
