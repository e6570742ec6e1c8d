// Media features are emulated through test/media.ts: CDP in Chromium, prefs in
// Firefox; skipped where the engine cannot switch them at run time (WebKit).
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, skipWithoutMediaEmulation} from './media.js';
import sinon from 'sinon';
import '../src/elements/patient-testimonial/define.js';
import type {PatientTestimonial} from '../src/elements/patient-testimonial/patient-testimonial.js';
import {harness} from './harness/patient-testimonial.js';
import {resetPage} from './helpers.js';

const FIRST = '“I’ve definitely come a long way';
const SECOND = '“I didn’t go to a regular neurologist';

describe('<patient-testimonial> and the reduced-motion preference', () => {
  before(async function () {
    await skipWithoutMediaEmulation(this);
  });
  let clock: sinon.SinonFakeTimers | undefined;

  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    await prefer('no-preference');
    await resetPage();
  });

  function fakeTimers(): sinon.SinonFakeTimers {
    // Timers only: Lit's updates run on real promises and microtasks.
    clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    return clock;
  }

  /**
   * Emulates the preference. Deliberately not waiting for the page's
   * `change` event: a test page in a background tab (the runner opens two
   * at once) gets none until it is shown again, and the element must not
   * depend on it either.
   */
  async function prefer(reducedMotion: 'reduce' | 'no-preference'): Promise<void> {
    await emulateMedia({reducedMotion});
  }

  async function tick(el: PatientTestimonial, ms: number): Promise<void> {
    clock!.tick(ms);
    await el.updateComplete;
  }

  it('never advances on its own under reduced motion, and shows no stop button', async () => {
    await prefer('reduce');
    fakeTimers();
    const el = await fixture<PatientTestimonial>(
      html`<patient-testimonial rotate="3"></patient-testimonial>`
    );
    for (let period = 0; period < 20; period++) {
      await tick(el, 3000);
      expect(harness(el).shownQuote()).to.contain(FIRST);
    }
    expect(harness(el).pauseButton() === null, 'no stop button').to.equal(true);
    // Nothing moves, so a person's steps are announced.
    expect(harness(el).liveness()).to.equal('polite');
    // Stepping by hand still works.
    harness(el).root.querySelector<HTMLButtonElement>('[part="next"]')!.click();
    await el.updateComplete;
    expect(harness(el).shownQuote()).to.contain(SECOND);
  });

  it('starts rotating when the preference goes back to no-preference', async () => {
    await prefer('reduce');
    fakeTimers();
    const el = await fixture<PatientTestimonial>(
      html`<patient-testimonial rotate="3"></patient-testimonial>`
    );
    await tick(el, 9000);
    expect(harness(el).shownQuote()).to.contain(FIRST);
    await prefer('no-preference');
    await tick(el, 2999);
    expect(harness(el).shownQuote()).to.contain(FIRST);
    await tick(el, 1);
    expect(harness(el).shownQuote()).to.contain(SECOND);
    expect(harness(el).visibleLabel('pause')).to.equal('Stop automatic rotation');
    expect(harness(el).liveness()).to.equal('off');
    await tick(el, 3000);
    expect(harness(el).shownQuote()).to.contain(FIRST);
  });

  it('never moves again once reduced motion is turned on', async () => {
    fakeTimers();
    const el = await fixture<PatientTestimonial>(
      html`<patient-testimonial rotate="3"></patient-testimonial>`
    );
    await tick(el, 3000);
    expect(harness(el).shownQuote()).to.contain(SECOND);
    await tick(el, 2000);
    await prefer('reduce');
    await tick(el, 33000);
    expect(harness(el).shownQuote()).to.contain(SECOND);
    expect(harness(el).pauseButton() === null, 'no stop button').to.equal(true);
    expect(harness(el).liveness()).to.equal('polite');
  });

  it('shows a new quote without fading it in under reduced motion', async () => {
    const el = await fixture<PatientTestimonial>(html`<patient-testimonial></patient-testimonial>`);
    const second = harness(el).root.querySelectorAll<HTMLElement>('[role="group"]')[1];
    expect(getComputedStyle(second).animationName).to.equal('none');
    harness(el).root.querySelector<HTMLButtonElement>('[part="next"]')!.click();
    await el.updateComplete;
    expect(getComputedStyle(second).animationName).not.to.equal('none');
    await prefer('reduce');
    expect(getComputedStyle(second).animationName).to.equal('none');
  });
});
