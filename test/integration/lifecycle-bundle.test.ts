import {expect} from '@open-wc/testing';
import {frameWindow} from '../frame.js';
import {blankFrame, churn, forceGc, Instrument, load, TAGS, TIMES} from './lifecycle-helpers.js';

describe('lifecycle, full bundle: create and remove each element 1 000 times', function () {
  this.timeout(90000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('the instrument counts instances kept alive as not collected', async function () {
    // Firefox and WebKit: no forced collection for a page (see lifecycle-helpers.ts).
    if (!forceGc) this.skip();
    const frame = await blankFrame();
    frames.push(frame);
    const win = frameWindow(frame);
    await load(win, '/built/current/elements/dystonia-causes.js', 'dystonia-causes');
    const instrument = new Instrument();
    const kept: object[] = [];
    let n = 0;
    await churn(win, 'dystonia-causes', (el) => {
      instrument.track(el);
      // The deliberate leak: every fourth instance stays referenced.
      if (n++ % 4 === 0) kept.push(el);
    });
    const collected = await instrument.settle();
    expect(kept).to.have.length(TIMES / 4);
    expect(collected).to.be.at.most(TIMES - kept.length);
    expect(collected, 'the others are collected').to.be.at.least(0.99 * (TIMES - kept.length));
  });

  it('every removed instance of the eight elements is collected', async () => {
    const frame = await blankFrame();
    frames.push(frame);
    const win = frameWindow(frame);
    await load(win, '/built/current/dystonia-widgets.js', 'dystonia-guide');
    const instrument = new Instrument();
    for (const tag of TAGS) await churn(win, tag, instrument.track);
    expect(instrument.registered).to.equal(TAGS.length * TIMES);
    expect(win.warnings.filter((w) => w.startsWith('error'))).to.deep.equal([]);
    // Firefox and WebKit: churned and rendered, not counted (see lifecycle-helpers.ts).
    if (!forceGc) return;
    expect(await instrument.settle()).to.be.at.least(0.99 * instrument.registered);
  });
});
