import {expect, waitUntil} from '@open-wc/testing';
import {textOf} from '../helpers.js';
import {builtPages, builtRequests, prependRendered, requestToken} from './built-pages.js';

// The testimonials' rotation (src/core/autoplay-controller.ts) is a lazy
// chunk of the build (chunks/autoplay-controller-….js): most pages never set
// `rotate`, so the core does not carry it. The unit tests run the source,
// which never loads it as a chunk; these pages load the real build
// (test/server/built-bundle.mjs), whose server logs each chunk request and can
// refuse the first one.

type Testimonial = HTMLElement & {updateComplete: Promise<boolean>};

const pageUrl = (src: string) => `/built-page?${new URLSearchParams({src, lang: 'en'})}`;

const rotationRequests = async (t: string) =>
  (await builtRequests(t)).filter((path) => /^chunks\/autoplay-controller-[\w-]+\.js/.test(path));

describe('the testimonials’ rotation, a lazy chunk of the build', function () {
  this.timeout(60000);
  const {open} = builtPages();

  const add = (doc: Document, rotate?: string) =>
    prependRendered<Testimonial>(doc, 'patient-testimonial', 'next', rotate ? {rotate} : {});

  it('is loaded only when rotate asks for rotation, once, and then shows the stop button', async () => {
    const t = requestToken('r');
    const {doc} = await open(pageUrl(`/built/faulty/slow/${t}/dystonia-widgets.js`));
    const still = await add(doc);
    expect(still.shadowRoot!.querySelector('[part="pause"]')).to.equal(null);
    // The page's other chunks (its locale: none in English) came; the rotation's did not.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await rotationRequests(t)).to.deep.equal([]);
    const rotating = await add(doc, '30');
    await add(doc, '40');
    expect(textOf(rotating.shadowRoot!.querySelector('[part="pause"]'))).to.equal('Stop automatic rotation');
    expect(await rotationRequests(t)).to.have.length(1);
  });

  it('cannot be loaded: one warning, no stop button, and the set still steps', async () => {
    const t = requestToken('r');
    const {doc, win} = await open(pageUrl(`/built/faulty/404/${t}/dystonia-widgets.js`));
    const el = await add(doc, '30');
    await waitUntil(
      () => win.warnings.some((w) => w.includes('rotation could not be loaded')),
      'no warning',
      {
        timeout: 8000,
      }
    );
    await add(doc, '30');
    expect(win.warnings.filter((w) => w.includes('rotation could not be loaded'))).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part="pause"]')).to.equal(null);
    const position = () => textOf(el.shadowRoot!.querySelector('[part="position"]'));
    expect(position()).to.equal('1 of 2');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
    await el.updateComplete;
    expect(position()).to.equal('2 of 2');
  });
});
