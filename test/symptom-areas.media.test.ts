// Media features are emulated through test/media.ts: CDP in Chromium, prefs in
// Firefox; skipped where the engine cannot switch them at run time (WebKit).
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, skipWithoutMediaEmulation} from './media.js';
import '../src/elements/symptom-areas/define.js';
import type {SymptomAreas} from '../src/elements/symptom-areas/symptom-areas.js';

describe('<symptom-areas> and user preferences', () => {
  before(async function () {
    await skipWithoutMediaEmulation(this);
  });
  afterEach(() => emulateMedia({reducedMotion: 'no-preference'}));

  it('does not animate the map or the list markers when reduced motion is requested', async () => {
    const el = await fixture<SymptomAreas>(html`<symptom-areas></symptom-areas>`);
    const region = el.shadowRoot!.querySelector<SVGGElement>('[part="region"]')!;
    const marker = el.shadowRoot!.querySelector<HTMLElement>('.marker')!;
    const durations = () =>
      [region, marker].flatMap((node) => getComputedStyle(node).transitionDuration.split(', '));
    expect(durations().some((d) => d !== '0s')).to.equal(true);
    await emulateMedia({reducedMotion: 'reduce'});
    expect(durations().every((d) => d === '0s')).to.equal(true);
  });
});
