import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
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
      await harness(el).drawing();
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

    it('draws a person with the five areas as regions, hidden from assistive technology and holding no focus stop', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      await harness(el).drawing();
      const map = harness(el).root.querySelector('[part="map"]')!;
      const svgEl = map.querySelector('svg')!;
      expect(svgEl.getAttribute('aria-hidden')).to.equal('true');
      expect(map.querySelector('[tabindex], a, button')).to.equal(null);
      // The figure: skin and lines filling the drawing's height (head to mid-thigh) and most of its width.
      for (const part of ['.skin', '.line']) {
        const box = map.querySelector<SVGPathElement>(part)!.getBBox();
        expect(box.height, part).to.be.above(300);
        expect(box.width, part).to.be.above(180);
      }
      expect(map.querySelectorAll('[part="region"]')).to.have.length(5);
      for (const id of AREAS) {
        const region = harness(el).region(id);
        expect(region).to.be.instanceOf(SVGGElement);
        // A shape of its own, drawn with a size, and its name as the pointer's tooltip.
        expect(region.getBBox().width * region.getBBox().height, id).to.be.above(100);
        expect(region.querySelector('title')!.textContent).to.equal(ENGLISH[id][0]);
      }
      // Where each area is: the eyes inside the head, the larynx inside the neck, the hands below the neck.
      const box = (id: string) => harness(el).region(id).getBBox();
      const head = box('face-head-neck');
      expect(box('eyes').y).to.be.within(head.y, head.y + head.height / 2);
      expect(box('vocal-cords').y).to.be.within(box('neck').y, box('neck').y + box('neck').height);
      expect(box('hand-forearm').y).to.be.above(box('neck').y + box('neck').height + 50);
      expect(box('hand-forearm').width).to.be.above(box('neck').width * 4);
    });

    it('puts the map beside the list when the element is wide, a third of its width', async () => {
      const el = await fixture<SymptomAreas>(
        html`<symptom-areas style="inline-size: 800px"></symptom-areas>`
      );
      await harness(el).drawing();
      const em = parseFloat(getComputedStyle(el).fontSize);
      const mapBox = harness(el).root.querySelector('[part="map"]')!.getBoundingClientRect();
      const listBox = harness(el).root.querySelector('[part="list"]')!.getBoundingClientRect();
      expect(mapBox.right).to.be.at.most(listBox.left);
      expect(mapBox.top).to.be.closeTo(listBox.top, 1);
      expect(mapBox.width).to.be.closeTo(800 * 0.32, 1);
      expect(mapBox.width).to.be.within(14 * em, 20 * em);
      // The drawing's proportions (240 × 328).
      expect(mapBox.height / mapBox.width).to.be.closeTo(328 / 240, 0.02);
    });

    for (const width of [300, 390]) {
      it(`puts the list below a centred map, at least 220px wide, when the element is ${width}px wide`, async () => {
        // The page is wide; only the element is narrow.
        const el = await fixture<SymptomAreas>(
          html`<symptom-areas style=${`inline-size: ${width}px`}></symptom-areas>`
        );
        await harness(el).drawing();
        const mapBox = harness(el).root.querySelector('[part="map"]')!.getBoundingClientRect();
        const listBox = harness(el).root.querySelector('[part="list"]')!.getBoundingClientRect();
        const host = el.getBoundingClientRect();
        expect(listBox.top).to.be.at.least(mapBox.bottom);
        expect(listBox.right).to.be.at.most(host.right + 0.5);
        expect(mapBox.width).to.be.at.least(220);
        expect(mapBox.left - host.left).to.be.closeTo(host.right - mapBox.right, 1);
        // The list's buttons fill its width, as tall as a finger needs.
        expect(harness(el).button('eyes').getBoundingClientRect().width).to.be.closeTo(listBox.width, 1);
      });
    }

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
      await harness(el).drawing();
      const details = harness(el).collect();
      // Points of the drawing, in its own coordinates (body-map.ts).
      const points: Array<[string, number, number]> = [
        ['eyes', 109.5, 40.5],
        ['face-head-neck', 120, 20],
        ['neck', 110, 84],
        ['vocal-cords', 120, 85],
        ['hand-forearm', 47, 285],
      ];
      for (const [id, x, y] of points) {
        await harness(el).clickMap(x, y);
        expect(harness(el).pressed(), id).to.deep.equal([id]);
        expect(harness(el).drawnSelected(), id).to.deep.equal([id]);
        expect(el.selected).to.equal(id);
        expect(harness(el).shownSyndromes(), id).to.deep.equal(LINKS[id].map((s) => SYNDROME_NAMES[s]));
      }
      // The other hand, and the other forearm, are part of the same area.
      await harness(el).clickMap(193, 285);
      expect(harness(el).pressed()).to.deep.equal([]);
      await harness(el).clickMap(189, 230);
      expect(harness(el).pressed()).to.deep.equal(['hand-forearm']);
      expect(details.map((d) => d.area)).to.deep.equal([...points.map(([id]) => id), null, 'hand-forearm']);
      expect(details[1]).to.deep.equal({area: 'face-head-neck', syndromes: ['cranial', 'oromandibular']});
      // The rest of the body selects nothing.
      await harness(el).clickMap(120, 160);
      await harness(el).clickMap(62, 150);
      expect(harness(el).pressed()).to.deep.equal(['hand-forearm']);
      expect(details).to.have.length(7);
    });

    it('clicking a map region shows the linked syndromes under a label, and again deselects', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      await harness(el).drawing();
      const fired = oneEvent(el, 'dw-area-select');
      await harness(el).clickMap(120, 20);
      const event = await fired;
      expect(event.detail).to.deep.equal({area: 'face-head-neck', syndromes: ['cranial', 'oromandibular']});
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      const block = harness(el).syndromes('face-head-neck');
      expect(SymptomAreasHarness.isShown(block)).to.equal(true);
      expect(textOf(block.querySelector('.syndromes-label'))).to.equal('Related syndromes');
      expect(harness(el).shownSyndromes()).to.deep.equal(['Cranial dystonia', 'Oromandibular dystonia']);
      // "Face, head and neck" includes the neck: its shape covers the neck, whose own region is
      // outlined with dots, neither dashed like an idle one nor solid like the selected one.
      const neck = harness(el).region('neck');
      expect(neck.classList.contains('related')).to.equal(true);
      const dashes = (id: string) => getComputedStyle(harness(el).region(id)).strokeDasharray;
      expect(dashes('neck')).not.to.equal('none');
      expect(dashes('neck')).not.to.equal(dashes('eyes'));
      expect(dashes('face-head-neck')).to.equal('none');
      const shape = harness(el).region('face-head-neck').getBBox();
      const neckBox = neck.getBBox();
      expect(shape.y + shape.height).to.be.closeTo(neckBox.y + neckBox.height, 0.5);

      const again = oneEvent(el, 'dw-area-select');
      await harness(el).clickMap(120, 20);
      expect((await again).detail).to.deep.equal({area: null, syndromes: []});
      expect(harness(el).pressed()).to.deep.equal([]);
      expect(harness(el).drawnSelected()).to.deep.equal([]);
      expect(harness(el).shownSyndromes()).to.deep.equal([]);
      expect(el.selected).to.equal('');
      expect(harness(el).region('neck').classList.contains('related')).to.equal(false);
    });

    it('clicking a list control selects the area in both, one at a time', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      await harness(el).drawing();
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

    it('the pointer on a region highlights it and its button; on a button, its region', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      await harness(el).drawing();
      const idle = {
        region: getComputedStyle(harness(el).region('neck')).strokeWidth,
        button: getComputedStyle(harness(el).button('neck')).backgroundColor,
      };
      await harness(el).pointMap(110, 84);
      expect(harness(el).linked()).to.deep.equal({regions: ['neck'], buttons: ['neck']});
      // What a person sees: a heavier, solid outline on the region, a tinted button.
      const region = getComputedStyle(harness(el).region('neck'));
      expect(parseFloat(region.strokeWidth)).to.be.above(parseFloat(idle.region));
      expect(region.strokeDasharray).to.equal('none');
      expect(getComputedStyle(harness(el).button('neck')).backgroundColor).not.to.equal(idle.button);

      await harness(el).pointButton('hand-forearm');
      expect(harness(el).linked()).to.deep.equal({regions: ['hand-forearm'], buttons: ['hand-forearm']});
      expect(parseFloat(getComputedStyle(harness(el).region('hand-forearm')).strokeWidth)).to.be.above(
        parseFloat(idle.region)
      );
      expect(getComputedStyle(harness(el).region('neck')).strokeWidth).to.equal(idle.region);

      // Off the body and off the buttons: nothing is highlighted.
      await harness(el).pointMap(120, 160);
      expect(harness(el).linked()).to.deep.equal({regions: [], buttons: []});
      await harness(el).pointButton('eyes');
      await sendMouse({type: 'move', position: [0, 0]});
      await harness(el).still();
      expect(harness(el).linked()).to.deep.equal({regions: [], buttons: []});
      expect(harness(el).pressed()).to.deep.equal([]);
    });

    it('shows the selection by more than colour, in the map and the list', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas selected="eyes"></symptom-areas>`);
      await harness(el).drawing();
      await harness(el).still();
      const on = getComputedStyle(harness(el).region('eyes'));
      const off = getComputedStyle(harness(el).region('neck'));
      expect(on.strokeDasharray).to.equal('none');
      expect(off.strokeDasharray).not.to.equal('none');
      expect(parseFloat(on.strokeWidth)).to.be.greaterThan(parseFloat(off.strokeWidth));
      // A hatch over the selected region only.
      const hatch = harness(el).region('eyes').querySelector<SVGPathElement>('.hatch')!;
      expect(getComputedStyle(hatch).fill).to.match(/url\(.*#hatch/);
      expect(harness(el).root.querySelectorAll('.hatch')).to.have.length(1);
      expect(harness(el).root.querySelector('#hatch path')).not.to.equal(null);
      // The pressed button: a heavier border and a checked mark (a filled box with a check), not a radio dot.
      const pressed = harness(el).button('eyes');
      const idle = harness(el).button('neck');
      expect(getComputedStyle(pressed).boxShadow).not.to.equal('none');
      expect(getComputedStyle(idle).boxShadow).to.equal('none');
      const mark = (button: HTMLElement) => button.querySelector('.mark')!;
      const check = (button: HTMLElement) => getComputedStyle(mark(button), '::after');
      expect(check(pressed).content).not.to.equal('none');
      expect(check(pressed).clipPath).to.contain('polygon');
      expect(check(idle).content).to.equal('none');
      // A box with corners, not a dot.
      expect(parseFloat(getComputedStyle(mark(pressed)).borderTopLeftRadius)).to.be.below(
        mark(pressed).getBoundingClientRect().width / 4
      );
      expect(getComputedStyle(pressed.querySelector('.name')!).fontWeight).to.equal('800');
    });
  });

  describe('selection with the keyboard', () => {
    it('Tab reaches each area control in order, skipping the map', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      await harness(el).drawing();
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

    it('the focused button highlights its region, and only while it has focus', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      await harness(el).drawing();
      const idle = getComputedStyle(harness(el).region('eyes')).strokeWidth;
      await sendKeys({press: 'Tab'});
      await harness(el).still();
      expect(harness(el).linked()).to.deep.equal({regions: ['eyes'], buttons: ['eyes']});
      expect(parseFloat(getComputedStyle(harness(el).region('eyes')).strokeWidth)).to.be.above(
        parseFloat(idle)
      );
      await sendKeys({press: 'Tab'});
      await harness(el).still();
      expect(harness(el).linked()).to.deep.equal({regions: ['neck'], buttons: ['neck']});
      expect(getComputedStyle(harness(el).region('eyes')).strokeWidth).to.equal(idle);
      harness(el).button('neck').blur();
      await harness(el).still();
      expect(harness(el).linked()).to.deep.equal({regions: [], buttons: []});
      expect(getComputedStyle(harness(el).region('neck')).strokeWidth).to.equal(idle);
    });

    it('Enter and Space select, and pressing the selected area again deselects', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
      await harness(el).drawing();
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
      await harness(el).drawing();
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
      await harness(el).drawing();
      expect(harness(el).drawnSelected()).to.deep.equal(['eyes']);
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof recordWarnings>;
    beforeEach(() => (warnings = recordWarnings()));
    afterEach(() => warnings.restore());

    it('selected="knee" warns once, listing the area ids, and selects nothing', async () => {
      const el = await fixture<SymptomAreas>(html`<symptom-areas selected="knee"></symptom-areas>`);
      await harness(el).drawing();
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
        await harness(el).drawing();
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
      // Every engine: the element's own forced-colors rules applied without their media
      // condition (symptom-areas.media.test.ts emulates the mode where the engine can).
      const el = await fixture<SymptomAreas>(html`<symptom-areas selected="neck"></symptom-areas>`);
      await harness(el).drawing();
      const rules = Array.from(harness(el).root.adoptedStyleSheets)
        .flatMap((sheet) => Array.from(sheet.cssRules))
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
        .filter((rule) => rule.conditionText.includes('forced-colors'));
      // The list's and the drawing's.
      expect(rules).to.have.length.at.least(2);
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
        expect(getComputedStyle(harness(el).root.querySelector('.line')!).stroke).to.equal(
          system('CanvasText')
        );
        expect(getComputedStyle(harness(el).root.querySelector('.skin')!).fill).to.equal(system('Canvas'));
        const idle = getComputedStyle(harness(el).region('eyes'));
        expect(idle.stroke).to.equal(system('CanvasText'));
        const selected = getComputedStyle(harness(el).region('neck'));
        expect(selected.fill).to.equal(system('Highlight'));
        expect(selected.strokeDasharray).to.equal('none');
        expect(idle.strokeDasharray).not.to.equal('none');
        expect(parseFloat(selected.strokeWidth)).to.be.above(parseFloat(idle.strokeWidth));
        expect(getComputedStyle(harness(el).root.querySelector('#hatch path')!).stroke).to.equal(
          system('CanvasText')
        );
        expect(getComputedStyle(harness(el).button('neck')).borderTopColor).to.equal(system('Highlight'));
        expect(
          getComputedStyle(harness(el).button('neck').querySelector('.mark')!, '::after').backgroundColor
        ).to.equal(system('HighlightText'));
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
      await harness(el).drawing();
      const base = harness(el).root.querySelector<HTMLElement>('[part="base"]')!;
      expect(base.dir).to.equal('rtl');
      const svgEl = harness(el).root.querySelector('svg')!;
      const mapBox = () => harness(el).root.querySelector('[part="map"]')!.getBoundingClientRect();
      const listBox = () => harness(el).root.querySelector('[part="list"]')!.getBoundingClientRect();
      const mark = () => harness(el).button('eyes').querySelector('.mark')!.getBoundingClientRect();
      const name = () => harness(el).button('eyes').querySelector('.name')!.getBoundingClientRect();
      // The map is on the right of the list; each button's mark on the right of its name.
      expect(mapBox().left).to.be.at.least(listBox().right);
      expect(mark().left).to.be.at.least(name().right);
      // The drawing is not flipped: its x axis still runs left to right.
      expect(svgEl.getScreenCTM()!.a).to.be.greaterThan(0);
      expect(getComputedStyle(svgEl).transform).to.equal('none');
      // Drawn as in English: the figure centred in its box, a hand on each side.
      const hands = harness(el).region('hand-forearm').getBoundingClientRect();
      const figure = svgEl.getBoundingClientRect();
      expect(hands.left - figure.left).to.be.closeTo(figure.right - hands.right, 2);

      await setPageLang('en');
      await el.updateComplete;
      expect(base.dir).to.equal('ltr');
      expect(mapBox().right).to.be.at.most(listBox().left);
      expect(mark().right).to.be.at.most(name().left);
      expect(svgEl.getScreenCTM()!.a).to.be.greaterThan(0);
    });
  });
});
