// Media features are emulated through test/media.ts: CDP in Chromium, prefs in
// Firefox; skipped where the engine cannot switch them at run time (WebKit).
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, skipWithoutMediaEmulation} from './media.js';
import '../src/elements/dystonia-types/define.js';
import type {DystoniaTypes} from '../src/elements/dystonia-types/dystonia-types.js';

describe('<dystonia-types> and user preferences', () => {
  before(async function () {
    await skipWithoutMediaEmulation(this);
  });
  afterEach(() => emulateMedia({reducedMotion: 'no-preference'}));

  it('does not animate the marker when reduced motion is requested', async () => {
    const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
    // The chevron inside the marker's circle turns when a type opens.
    const chevron = getComputedStyle(el.shadowRoot!.querySelector<HTMLElement>('.marker')!, '::before');
    expect(chevron.transitionDuration).not.to.equal('0s');
    await emulateMedia({reducedMotion: 'reduce'});
    expect(chevron.transitionDuration).to.equal('0s');
  });
});
