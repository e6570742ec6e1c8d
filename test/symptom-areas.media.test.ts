// Media-feature emulation needs the Chrome DevTools Protocol, so this file
// runs in Chromium only (web-test-runner.config.mjs).
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/elements/symptom-areas/define.js';
import type {SymptomAreas} from '../src/elements/symptom-areas/symptom-areas.js';

describe('<symptom-areas> and user preferences', () => {
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
