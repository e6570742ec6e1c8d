import {expect} from '@open-wc/testing';
import {frameWindow} from '../frame.js';
import {blankFrame, churn, forceGc, Instrument, load, TAGS, TIMES} from './lifecycle-helpers.js';

describe('lifecycle, per-element entries: create and remove each element 1 000 times', function () {
  this.timeout(60000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  for (const tag of TAGS) {
    it(`elements/${tag}.js: every removed instance is collected`, async () => {
      const frame = await blankFrame();
      frames.push(frame);
      const win = frameWindow(frame);
      await load(win, `/built/current/elements/${tag}.js`, tag);
      const instrument = new Instrument();
      await churn(win, tag, instrument.track);
      expect(instrument.registered).to.equal(TIMES);
      expect(win.warnings.filter((w) => w.startsWith('error'))).to.deep.equal([]);
      // Firefox and WebKit: churned and rendered, not counted (see lifecycle-helpers.ts).
      if (!forceGc) return;
      expect(await instrument.settle()).to.be.at.least(0.99 * TIMES);
    });
  }
});
