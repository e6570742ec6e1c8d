import {expect, waitUntil} from '@open-wc/testing';
import {textOf} from '../helpers.js';
import {builtPages, builtRequests as requests, prependRendered, requestToken} from './built-pages.js';

// The body map's drawing is a lazy chunk of the build (chunks/body-map-….js,
// src/elements/symptom-areas/body-map.ts), which the unit tests, running the
// source, never load as one. These pages load the real build
// (test/server/built-bundle.mjs): the chunk held by the server until the test
// releases it, or failing, and a prerendered element hydrated by the hydrate
// bundle (test/server/prerendered.mjs).

type Areas = HTMLElement & {updateComplete: Promise<boolean>; selected: string};

const pageUrl = (src: string) => `/built-page?${new URLSearchParams({src, lang: 'en'})}`;

const regions = (el: Element) => el.shadowRoot!.querySelectorAll('[part="region"]');
const mapOf = (el: Element) => el.shadowRoot!.querySelector('[part="map"]');

describe('the body map’s drawing, a lazy chunk of the build', function () {
  // The first request waits for the in-memory builds.
  this.timeout(60000);
  const {open, track} = builtPages();

  /** Adds a <symptom-areas> above the page's text and waits until its list has rendered. */
  const addAreas = (doc: Document) => prependRendered<Areas>(doc, 'symptom-areas', 'area-button');

  it('the list shows first, in a box of the drawing’s size; the drawing comes into it and nothing moves', async () => {
    const t = requestToken('m');
    const {doc} = await open(pageUrl(`/built/faulty/stall/${t}/dystonia-widgets.js`));
    const el = await addAreas(doc);
    await waitUntil(
      async () => (await requests(t)).some((path) => /^chunks\/body-map-[\w-]+\.js/.test(path)),
      'the drawing was never asked for'
    );
    // Held by the server: the list works; the box is there, empty, at its final size.
    const neckButton = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-area="neck"] button')!;
    neckButton.click();
    await el.updateComplete;
    expect(el.selected).to.equal('neck');
    expect(neckButton.getAttribute('aria-pressed')).to.equal('true');
    const map = mapOf(el)!;
    const before = {
      map: map.getBoundingClientRect().toJSON(),
      list: el.shadowRoot!.querySelector('[part="list"]')!.getBoundingClientRect().toJSON(),
      below: doc.getElementById('below')!.getBoundingClientRect().toJSON(),
    };
    expect(before.map.height).to.be.above(200);
    expect(before.map.height / before.map.width).to.be.closeTo(328 / 240, 0.02);
    expect(regions(el)).to.have.length(0);
    expect(map.querySelector('svg')!.childElementCount).to.equal(0);

    await fetch(`/built-release/${t}`);
    await waitUntil(() => regions(el).length === 5, 'the drawing did not arrive', {timeout: 8000});
    await el.updateComplete;
    expect(map.getBoundingClientRect().toJSON()).to.deep.equal(before.map);
    expect(el.shadowRoot!.querySelector('[part="list"]')!.getBoundingClientRect().toJSON()).to.deep.equal(
      before.list
    );
    expect(doc.getElementById('below')!.getBoundingClientRect().toJSON()).to.deep.equal(before.below);
    // Drawn with the selection made while it loaded, and painted by the drawing's own rules.
    const neck = el.shadowRoot!.querySelector('[part="region"][data-area="neck"]')!;
    expect(neck.classList.contains('selected')).to.equal(true);
    expect(getComputedStyle(neck).strokeDasharray).to.equal('none');
    expect(
      getComputedStyle(el.shadowRoot!.querySelector('[data-area="eyes"][part="region"]')!).strokeDasharray
    ).not.to.equal('none');
  });

  it('the drawing’s chunk fails to load: one warning, and the list still works without a map', async () => {
    const t = requestToken('m');
    const {doc, win} = await open(pageUrl(`/built/faulty/404/${t}/dystonia-widgets.js`));
    const first = await addAreas(doc);
    const second = await addAreas(doc);
    await waitUntil(
      () => win.warnings.some((w) => w.includes('body map could not be loaded')),
      'no warning',
      {
        timeout: 8000,
      }
    );
    await first.updateComplete;
    await second.updateComplete;
    const about = win.warnings.filter((w) => w.includes('<symptom-areas>'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('chunks/');
    for (const el of [first, second]) {
      // No empty box left in the page: the list takes the whole width.
      expect(mapOf(el)).to.equal(null);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-area="eyes"] button')!;
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      const shown = [...el.shadowRoot!.querySelectorAll('[part="syndromes"]:not([hidden]) li')].map(textOf);
      expect(shown).to.deep.equal(['Blepharospasm']);
    }
    expect((await requests(t)).filter((path) => path.startsWith('chunks/body-map-'))).to.have.length(1);
  });

  it('a prerendered element hydrates without a change, then draws the figure into its reserved box', async () => {
    await fetch('/prerendered/en/symptom-areas.html');
    const frame = document.createElement('iframe');
    frame.width = '1000';
    frame.height = '1600';
    frame.src = `/prerendered-page?${new URLSearchParams({locale: 'en', form: 'dsd', tags: 'symptom-areas'})}`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    track(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const el = doc.querySelector('symptom-areas') as Areas;
    const root = el.shadowRoot!;
    // The server render: the list, and the map's box reserved, empty.
    const button = root.querySelector('[data-area="eyes"] button')!;
    const box = mapOf(el)!.getBoundingClientRect().toJSON();
    expect(box.height).to.be.above(200);
    expect(regions(el)).to.have.length(0);
    const warnings: string[] = [];
    const {console: frameConsole} = frame.contentWindow as Window & typeof globalThis;
    const warn = frameConsole.warn;
    frameConsole.warn = (...args: unknown[]) => {
      warnings.push(args.join(' '));
      warn.apply(frameConsole, args);
    };

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/built/current/dystonia-widgets.hydrate.js';
    doc.head.append(script);
    await waitUntil(() => regions(el).length === 5, 'the drawing did not arrive', {timeout: 15000});
    await el.updateComplete;
    // Hydrated, not rendered afresh: the prerendered nodes stayed, nothing warned.
    expect(el.shadowRoot).to.equal(root);
    expect(button.isConnected && root.contains(button), 'the button node was replaced').to.equal(true);
    expect(warnings).to.deep.equal([]);
    expect(mapOf(el)!.getBoundingClientRect().toJSON()).to.deep.equal(box);
  });
});
