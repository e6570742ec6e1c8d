// dystonia-widgets/hydrate (src/core/hydration.ts) evaluated after Lit
// without Lit's hydration support: a bundler that put Lit in a chunk run
// before the hydrate entry. Server-rendered widgets would then clear their
// shadow roots and render again without a word; instead, one warning says
// what to change. (Here Lit comes first: @open-wc/testing imports it.)
import {expect} from '@open-wc/testing';
import {LitElement} from 'lit';
import {recordWarnings} from '../helpers.js';

describe('hydration support loaded after Lit', () => {
  it('warns once, naming what to import first', async () => {
    expect(Object.hasOwn(LitElement, 'observedAttributes'), 'Lit loaded without the support').to.equal(false);
    const warnings = recordWarnings();
    try {
      await import('../../src/core/hydration.js');
    } finally {
      warnings.restore();
    }
    const about = warnings.messages.filter((m) => m.includes('Lit loaded before its hydration support'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('Import dystonia-widgets/hydrate first');
  });
});
