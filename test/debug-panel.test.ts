import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/define.js';
import {VERSION} from '../src/core/version.js';
import {addPageConfig, recordWarnings, resetPage, setPageLang, textOf} from './helpers.js';

/*
 * Debug mode from source (the built bundle, the lazy chunk's requests and
 * a strict CSP are in test/integration/debug-panel-built.test.ts): a
 * `debug` attribute or page config `"debug": true` adds a "Debug" region
 * after the element's content, in plain English.
 */

type Widget = HTMLElement & {updateComplete: Promise<boolean>; requestUpdate(): void};

const panelOf = (el: Element): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>('[role="region"][aria-label="Debug"]');

/** The panel's text, block by block. */
const blocks = (el: Element): string =>
  [...(panelOf(el)?.querySelectorAll('p, li') ?? [])].map((block) => textOf(block)).join(' ');

/** The panel's text, once it is there (it loads lazily). */
async function panelText(el: Widget): Promise<string> {
  await waitUntil(() => panelOf(el), `<${el.localName}> shows no debug panel`, {timeout: 8000});
  await el.updateComplete;
  return blocks(el);
}

describe('debug mode', () => {
  afterEach(resetPage);

  it('is off by default: no panel', async () => {
    const el = await fixture<Widget>(
      html`<dystonia-causes heading-level="9" colour="red"></dystonia-causes>`
    );
    // Even after further renders, nothing is added.
    el.requestUpdate();
    await el.updateComplete;
    expect(panelOf(el) !== null, 'a debug panel shows').to.equal(false);
    expect(el.shadowRoot!.textContent).not.to.contain('Debug');
  });

  it('quotes a huge asked-for language cut short, without bidi controls', async () => {
    // 50 000 characters with right-to-left overrides, as a page could set on <html lang>.
    await setPageLang(`x\u202e${'é'.repeat(50000)}`);
    const el = await fixture<Widget>(html`<dystonia-causes debug></dystonia-causes>`);
    const text = await panelText(el);
    const asked = text.match(/Asked for: ([^,]*),/)?.[1] ?? '';
    expect(asked.length).to.be.within(2, 62);
    expect(asked.endsWith('…')).to.equal(true);
    expect(/[\u202a-\u202e\u2066-\u2069]/.test(text)).to.equal(false);
    expect(panelOf(el)!.getBoundingClientRect().height).to.be.below(2000);
  });

  it('debug attribute: a panel after the content with every kind of note', async () => {
    await setPageLang('fr');
    const el = await fixture<Widget>(
      html`<dystonia-causes debug heading-level="9" colour="red" data-x="1" aria-hidden="false" id="c"></dystonia-causes>`
    );
    const text = await panelText(el);
    // After the content, never instead of it.
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(textOf(base.querySelector('h2'))).to.equal('What Causes Dystonia?');
    expect(base.compareDocumentPosition(panelOf(el)!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(
      0
    );
    expect(text).to.match(/^Debug/);
    // Unknown attribute (global, data-*, aria-* and declared ones are not).
    expect(text).to.contain(
      '"colour" (set to "red") is not a setting of <dystonia-causes>, so it does nothing.'
    );
    expect(text).to.contain('Its settings: heading-level, debug.');
    for (const name of ['"data-x"', '"aria-hidden"', '"id"', '"heading-level" (', '"debug" (']) {
      expect(text).not.to.contain(name);
    }
    // The invalid value and what was used instead: the element's own warning.
    expect(text).to.contain('heading-level="9" is not a whole number from 1 to 6; using 2.');
    // The locale asked for, where from, and the one shown.
    expect(text).to.contain('Asked for: fr (French), from the language of the page (<html lang>).');
    expect(text).to.contain('Shown: en (English).');
    expect(text).to.contain('Missing settings None.');
    expect(text).to.contain(
      `Version ${VERSION}, loaded from ${new URL('/src/core/define.ts', location.href).href}`
    );
  });

  it("says when the language is the element's own (its lang, or an ancestor's)", async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ar"><dystonia-causes debug></dystonia-causes></div>`
    );
    const el = wrapper.querySelector('dystonia-causes') as Widget;
    await waitUntil(() => blocks(el).includes('Shown: ar'), 'not shown in Arabic', {timeout: 8000});
    expect(blocks(el)).to.contain('Asked for: ar (Arabic), from its lang attribute, or an ancestor’s.');
  });

  it('follows a locale switch and an attribute change', async () => {
    const el = await fixture<Widget>(html`<dystonia-causes debug></dystonia-causes>`);
    expect(await panelText(el)).to.contain('Shown: en (English).');
    await setPageLang('es');
    await el.updateComplete;
    expect(blocks(el)).to.contain('Asked for: es (Spanish), from the language of the page');
    expect(blocks(el)).to.contain('Shown: es (Spanish).');
    // An attribute Lit does not observe still re-renders the panel.
    el.setAttribute('colour', 'red');
    await waitUntil(() => blocks(el).includes('"colour"'), 'the new attribute is not listed');
    el.removeAttribute('colour');
    await waitUntil(() => !blocks(el).includes('"colour"'), 'the removed attribute is still listed');
  });

  it('<inquiry-cta> without a contact page, phone or form address: missing settings', async () => {
    const el = await fixture<Widget>(html`<inquiry-cta debug></inquiry-cta>`);
    const text = await panelText(el);
    expect(text).to.contain('Missing settings Visitors have no way to contact the clinic');
    // Listed once, under Missing settings, not again with the problems (though the element warns it too).
    expect(text.split('no way to contact').length, text).to.equal(2);
    expect(text).to.contain('each given once) None.');
    // With a phone number it has what it needs.
    el.setAttribute('phone', '555 0100');
    await waitUntil(() => blocks(el).includes('Missing settings None.'), 'still missing');
  });

  it('removing the attribute hides the panel; adding it shows it again', async () => {
    const el = await fixture<Widget>(html`<dystonia-types debug></dystonia-types>`);
    await panelText(el);
    el.removeAttribute('debug');
    await el.updateComplete;
    expect(panelOf(el) !== null, 'a debug panel shows').to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(14);
    el.setAttribute('debug', '');
    await panelText(el);
  });

  it('page config "debug": true shows the panel in every element on the page', async () => {
    addPageConfig('{"debug": true}');
    const tags = [
      'dystonia-types',
      'symptom-areas',
      'patient-testimonial',
      'dystonia-causes',
      'dystonia-symptoms',
      'clinic-approach',
      'inquiry-cta',
    ];
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    for (const tag of tags) wrapper.append(document.createElement(tag));
    for (const el of wrapper.children) {
      const text = await panelText(el as Widget);
      expect(text, el.localName).to.contain(`about this <${el.localName}>`);
      expect(text, el.localName).to.contain(`Version ${VERSION}`);
    }
    expect(await panelText(wrapper.querySelector('inquiry-cta')!)).to.contain(
      'Visitors have no way to contact the clinic'
    );
  });

  it('page config "debug" of the wrong type warns once and shows no panel', async () => {
    const warnings = recordWarnings();
    try {
      addPageConfig('{"debug": "yes"}');
      const el = await fixture<Widget>(html`<dystonia-causes></dystonia-causes>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(panelOf(el) !== null, 'a debug panel shows').to.equal(false);
      expect(warnings.messages.filter((m) => m.includes('"debug"'))).to.deep.equal([
        '[dystonia-widgets] <dystonia-causes>: page config "debug" must be a boolean; ignoring it.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('shows attribute values and messages as text, never as HTML', async () => {
    const attack = '<img src=x onerror="window.__pwned = 1">';
    const el = await fixture<Widget>(
      html`<dystonia-causes debug note=${attack} heading-level=${attack}></dystonia-causes>`
    );
    const text = await panelText(el);
    expect(text).to.contain(`"note" (set to "${attack}")`);
    expect(text).to.contain(`heading-level="${attack}"`);
    expect(el.shadowRoot!.querySelectorAll('img').length, 'images created').to.equal(0);
    expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('cuts long values as the warnings do (60 characters, then …)', async () => {
    const el = await fixture<Widget>(
      html`<dystonia-causes debug note=${'x'.repeat(1000)}></dystonia-causes>`
    );
    const text = await panelText(el);
    expect(text).to.contain(`(set to "${'x'.repeat(60)}…")`);
    expect(text).not.to.contain('x'.repeat(61));
  });

  it('is accessible: a labelled region, axe passes with it shown', async () => {
    const el = await fixture<Widget>(html`<inquiry-cta debug colour="red"></inquiry-cta>`);
    await panelText(el);
    expect(panelOf(el)!.getAttribute('aria-label')).to.equal('Debug');
    // Marked by a border (kept in forced colours), not by colour alone.
    expect(getComputedStyle(panelOf(el)!).borderBlockStartStyle).to.equal('dashed');
    await expect(el).to.be.accessible();
  });
});
