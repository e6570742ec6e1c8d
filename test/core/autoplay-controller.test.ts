import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import sinon from 'sinon';
import {AutoplayController, MAX_PERIOD, MIN_PERIOD} from '../../src/core/autoplay-controller.js';

/** The smallest host: a region with an exempt button and another one, counting advances. */
class AutoplayHost extends LitElement {
  advances = 0;
  readonly autoplay = new AutoplayController(this, () => this.advances++, '.exempt');

  override render() {
    const {listener} = this.autoplay;
    return html`<section
      @pointerover=${listener}
      @pointerleave=${listener}
      @focusin=${listener}
      @focusout=${listener}
    >
      <button class="exempt">stop</button>
      <button class="other">other</button>
    </section>`;
  }
}
customElements.define('autoplay-test-host', AutoplayHost);

function inside(el: AutoplayHost, selector: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(selector)!;
}
function pointerOnto(target: Element): void {
  target.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
}
function pointerAway(el: AutoplayHost): void {
  inside(el, 'section').dispatchEvent(new PointerEvent('pointerleave'));
}

describe('AutoplayController', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    // Timers only: Lit's updates run on real promises and microtasks.
    clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
  });
  afterEach(() => clock.restore());

  async function host(period: number | undefined): Promise<AutoplayHost> {
    const el = await fixture<AutoplayHost>(html`<autoplay-test-host></autoplay-test-host>`);
    el.autoplay.setPeriod(period);
    return el;
  }

  it('advances once per period, and not at all without one', async () => {
    const el = await host(5000);
    expect(el.autoplay.enabled).to.equal(true);
    expect(el.autoplay.rotating).to.equal(true);
    clock.tick(4999);
    expect(el.advances).to.equal(0);
    clock.tick(1);
    expect(el.advances).to.equal(1);
    clock.tick(10000);
    expect(el.advances).to.equal(3);
    el.autoplay.setPeriod(undefined);
    expect(el.autoplay.enabled).to.equal(false);
    expect(clock.countTimers()).to.equal(0);
    clock.tick(60000);
    expect(el.advances).to.equal(3);
  });

  it(`raises a period below MIN_PERIOD (${MIN_PERIOD} ms) to it`, async () => {
    const el = await host(10);
    clock.tick(MIN_PERIOD - 1);
    expect(el.advances).to.equal(0);
    clock.tick(1);
    expect(el.advances).to.equal(1);
  });

  it('caps a period beyond MAX_PERIOD (2^31 − 1 ms), which setTimeout would treat as 0', async () => {
    expect(MAX_PERIOD).to.equal(2 ** 31 - 1);
    const el = await host(1e12);
    clock.tick(MAX_PERIOD - 1);
    expect(el.advances).to.equal(0);
    clock.tick(1);
    expect(el.advances).to.equal(1);
  });

  it('pauses while the pointer is over the region and resumes a full period after it leaves', async () => {
    const el = await host(5000);
    clock.tick(3000);
    pointerOnto(inside(el, '.other'));
    expect(el.autoplay.rotating).to.equal(false);
    expect(clock.countTimers()).to.equal(0);
    clock.tick(60000);
    expect(el.advances).to.equal(0);
    pointerAway(el);
    expect(el.autoplay.rotating).to.equal(true);
    clock.tick(4999);
    expect(el.advances).to.equal(0);
    clock.tick(1);
    expect(el.advances).to.equal(1);
  });

  it('counts pointer and focus as two interactions: it runs only when neither is active', async () => {
    const el = await host(5000);
    pointerOnto(inside(el, '.other'));
    inside(el, '.other').focus();
    pointerAway(el);
    // Focus is still inside.
    expect(el.autoplay.rotating).to.equal(false);
    clock.tick(60000);
    expect(el.advances).to.equal(0);
    pointerOnto(inside(el, '.other'));
    inside(el, '.other').blur();
    // The pointer is still over it.
    expect(el.autoplay.rotating).to.equal(false);
    clock.tick(60000);
    expect(el.advances).to.equal(0);
    pointerAway(el);
    expect(el.autoplay.rotating).to.equal(true);
    clock.tick(5000);
    expect(el.advances).to.equal(1);
  });

  it('focus moving inside the region keeps the pause; onto the exempt button it ends', async () => {
    const el = await host(5000);
    inside(el, '.other').focus();
    expect(el.autoplay.rotating).to.equal(false);
    inside(el, '.exempt').focus();
    expect(el.autoplay.rotating).to.equal(true);
    inside(el, '.other').focus();
    expect(el.autoplay.rotating).to.equal(false);
  });

  it('the pointer on the exempt button does not pause, and ends a pause by the pointer', async () => {
    const el = await host(5000);
    pointerOnto(inside(el, '.exempt'));
    expect(el.autoplay.rotating).to.equal(true);
    pointerOnto(inside(el, '.other'));
    expect(el.autoplay.rotating).to.equal(false);
    pointerOnto(inside(el, '.exempt'));
    expect(el.autoplay.rotating).to.equal(true);
    clock.tick(5000);
    expect(el.advances).to.equal(1);
  });

  it('stop and start are a person’s choice: leaving the region does not start it', async () => {
    const el = await host(5000);
    el.autoplay.toggle();
    expect(el.autoplay.stopped).to.equal(true);
    expect(el.autoplay.rotating).to.equal(false);
    expect(el.autoplay.enabled, 'the stop/start button stays').to.equal(true);
    pointerOnto(inside(el, '.other'));
    pointerAway(el);
    clock.tick(60000);
    expect(el.advances).to.equal(0);
    el.autoplay.toggle();
    expect(el.autoplay.rotating).to.equal(true);
    clock.tick(5000);
    expect(el.advances).to.equal(1);
  });

  it('restart() gives the next change a full period', async () => {
    const el = await host(5000);
    clock.tick(4000);
    el.autoplay.restart();
    clock.tick(4999);
    expect(el.advances).to.equal(0);
    clock.tick(1);
    expect(el.advances).to.equal(1);
  });

  it('re-renders its host when its state changes', async () => {
    const el = await host(5000);
    await el.updateComplete;
    const render = sinon.spy(el, 'render');
    pointerOnto(inside(el, '.other'));
    await el.updateComplete;
    expect(render.callCount).to.equal(1);
    el.autoplay.toggle();
    await el.updateComplete;
    expect(render.callCount).to.equal(2);
  });

  it('clears its timer when the host leaves the page, and resumes when it is back', async () => {
    const el = await host(5000);
    expect(clock.countTimers()).to.equal(1);
    const parent = el.parentElement!;
    el.remove();
    expect(clock.countTimers()).to.equal(0);
    clock.tick(60000);
    expect(el.advances).to.equal(0);
    parent.append(el);
    expect(clock.countTimers()).to.equal(1);
    clock.tick(5000);
    expect(el.advances).to.equal(1);
  });
});
