import {expect, fixture, html} from '@open-wc/testing';
import {configureLocalization, msg} from '@lit/localize';
import '../../src/elements/dystonia-causes/define.js';
import type {DystoniaCauses} from '../../src/elements/dystonia-causes/dystonia-causes.js';
import {recordWarnings, setPageLang, textOf} from '../helpers.js';

/**
 * A host app that uses @lit/localize itself, from the same module graph
 * (one copy of the package), configured before any widget connects: msg()
 * is the app's, so the widgets cannot install theirs. They say so once and
 * show English; the app's own translations keep working.
 */
describe('next to an app that configured @lit/localize first', () => {
  const app = configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['es'],
    loadLocale: () => Promise.resolve({templates: {'app.greeting': 'Hola'}}),
  });

  it('warns once, shows English in English, and leaves the app its translations', async () => {
    await app.setLocale('es');
    const warnings = recordWarnings();
    try {
      await setPageLang('es');
      const first = await fixture<DystoniaCauses>(html`<dystonia-causes></dystonia-causes>`);
      await fixture<DystoniaCauses>(html`<dystonia-causes></dystonia-causes>`);
      const base = first.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('lang')).to.equal('en');
      expect(textOf(first.shadowRoot!.querySelector('h2'))).to.equal('What Causes Dystonia?');
      const setup = warnings.messages.filter((m) => m.includes('could not set up translations'));
      expect(setup).to.have.length(1);
      expect(setup[0]).to.match(/^\[dystonia-widgets\] <dystonia-causes>: .*showing English/);
      expect(msg('Hello', {id: 'app.greeting'})).to.equal('Hola');
      await expect(first).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });
});
