import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {LanguageController} from '../../src/core/language-controller.js';
import {resetPage, setPageLang} from '../helpers.js';

/** The smallest host: shows the language it would render in. */
class LanguageHost extends LitElement {
  readonly language = new LanguageController(this);

  override render() {
    return html`<p lang=${this.language.lang} dir=${this.language.dir}>${this.language.lang}</p>`;
  }
}
customElements.define('language-test-host', LanguageHost);

function shown(el: LanguageHost): {text: string; lang: string; dir: string} {
  const p = el.shadowRoot!.querySelector('p')!;
  return {text: p.textContent!, lang: p.lang, dir: p.dir};
}

describe('LanguageController', () => {
  afterEach(resetPage);

  it('gives the source locale, left to right, on an English page', async () => {
    const el = await fixture<LanguageHost>(html`<language-test-host></language-test-host>`);
    expect(shown(el)).to.deep.equal({text: 'en', lang: 'en', dir: 'ltr'});
  });

  it('starts locale handling when its host connects: <html lang> is followed', async () => {
    await setPageLang('es');
    const el = await fixture<LanguageHost>(html`<language-test-host></language-test-host>`);
    await setPageLang('es');
    await el.updateComplete;
    expect(shown(el)).to.deep.equal({text: 'es', lang: 'es', dir: 'ltr'});
  });

  it('re-renders its host when the locale changes, with the direction of the new script', async () => {
    const el = await fixture<LanguageHost>(html`<language-test-host></language-test-host>`);
    await setPageLang('ar');
    await el.updateComplete;
    expect(shown(el)).to.deep.equal({text: 'ar', lang: 'ar', dir: 'rtl'});
    await setPageLang('es');
    await el.updateComplete;
    expect(shown(el)).to.deep.equal({text: 'es', lang: 'es', dir: 'ltr'});
  });

  it('stops listening when its host leaves the page', async () => {
    const el = await fixture<LanguageHost>(html`<language-test-host></language-test-host>`);
    el.remove();
    await setPageLang('ar');
    await el.updateComplete;
    expect(shown(el).text).to.equal('en');
  });
});
