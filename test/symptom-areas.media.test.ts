// Media features are emulated through test/media.ts: CDP in Chromium, prefs in
// Firefox; skipped where the engine cannot switch them at run time (WebKit).
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, skipWithoutMediaEmulation} from './media.js';
import '../src/elements/symptom-areas/define.js';
import type {SymptomAreas} from '../src/elements/symptom-areas/symptom-areas.js';
import {harness} from './harness/symptom-areas.js';

/** A system colour as the browser computes it now (forced colours change it). */
function system(name: string): string {
  const probe = document.createElement('div');
  probe.style.color = name;
  document.body.append(probe);
  try {
    return getComputedStyle(probe).color;
  } finally {
    probe.remove();
  }
}

describe('<symptom-areas> and user preferences', () => {
  before(async function () {
    await skipWithoutMediaEmulation(this);
  });
  afterEach(() => emulateMedia({reducedMotion: 'no-preference', forcedColors: 'none'}));

  it('does not animate the map when reduced motion is requested', async () => {
    const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
    await harness(el).drawing();
    const durations = () =>
      Array.from(el.shadowRoot!.querySelectorAll('[part="region"]')).flatMap((node) =>
        getComputedStyle(node).transitionDuration.split(', ')
      );
    expect(durations().some((d) => d !== '0s')).to.equal(true);
    await emulateMedia({reducedMotion: 'reduce'});
    expect(durations().every((d) => d === '0s')).to.equal(true);
  });

  it('in forced colours, draws the figure in system colours and tells the selected area by its outline and hatch', async () => {
    const el = await fixture<SymptomAreas>(html`<symptom-areas selected="hand-forearm"></symptom-areas>`);
    await harness(el).drawing();
    await emulateMedia({forcedColors: 'active'});
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    await harness(el).still();
    const root = el.shadowRoot!;
    // The figure stays visible: its lines in the text colour, its skin the background.
    expect(getComputedStyle(root.querySelector('.line')!).stroke).to.equal(system('CanvasText'));
    expect(getComputedStyle(root.querySelector('.skin')!).fill).to.equal(system('Canvas'));
    const selected = getComputedStyle(harness(el).region('hand-forearm'));
    const idle = getComputedStyle(harness(el).region('eyes'));
    expect(selected.fill).to.equal(system('Highlight'));
    expect(idle.stroke).to.equal(system('CanvasText'));
    // Not by colour alone: a thicker, solid outline against a thin dashed one, and a hatch.
    expect(parseFloat(selected.strokeWidth)).to.be.at.least(parseFloat(idle.strokeWidth) * 2);
    expect(selected.strokeDasharray).to.equal('none');
    expect(idle.strokeDasharray).not.to.equal('none');
    const hatch = harness(el).region('hand-forearm').querySelector('.hatch')!;
    expect(getComputedStyle(hatch).fill).to.match(/url\(.*#hatch/);
    expect(getComputedStyle(root.querySelector('#hatch path')!).stroke).to.equal(system('CanvasText'));
    // The pressed button: its border in Highlight, its mark filled with a check.
    const button = harness(el).button('hand-forearm');
    expect(getComputedStyle(button).borderTopColor).to.equal(system('Highlight'));
    const mark = button.querySelector('.mark')!;
    expect(getComputedStyle(mark).backgroundColor).to.equal(system('Highlight'));
    expect(getComputedStyle(mark, '::after').backgroundColor).to.equal(system('HighlightText'));
    expect(getComputedStyle(harness(el).button('eyes').querySelector('.mark')!, '::after').content).to.equal(
      'none'
    );
  });
});
