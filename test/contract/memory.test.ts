import {expect} from '@open-wc/testing';
import '../../src/elements/dystonia-causes/define.js';
import {countCollected, forceGc} from './memory.js';

/*
 * The memory check of the element contract must be able to fail: the same
 * instrument, with instances kept alive on purpose, has to count them as not
 * collected.
 */
describe('the contract’s memory instrument', () => {
  const leaked: HTMLElement[] = [];
  afterEach(() => leaked.splice(0));

  it('counts instances kept in a global array as not collected', async function () {
    // Only Chromium lets a page force a collection (gc(), --js-flags=--expose-gc);
    // without one the instrument cannot count, in Firefox and WebKit.
    if (!forceGc) this.skip();
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const collected = await countCollected(50, async (i) => {
        const el = document.createElement('dystonia-causes') as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        container.append(el);
        await el.updateComplete;
        el.remove();
        // The deliberate leak: every fifth instance stays referenced.
        if (i % 5 === 0) leaked.push(el);
        return el;
      });
      expect(collected).to.be.at.most(40);
      expect(collected, 'the rest are collected').to.be.at.least(38);
    } finally {
      container.remove();
    }
  });
});
