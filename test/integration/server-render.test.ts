import {expect, waitUntil} from '@open-wc/testing';
import {VERSION} from '../../src/core/version.js';
import {shippedTranslations, textOf} from '../helpers.js';

// renderToString() (src/server.ts) from the current source's Node build, served
// by test/server/prerendered.mjs in a host page, and the hydrate bundle
// (test/server/built-bundle.mjs): each element, in the language the server gave
// it, is taken over by the bundle as it was rendered, without a warning.

const HYDRATE = '/built/current/dystonia-widgets.hydrate.js';

/**
 * An editor's markup: elements in the call's locale, a call to action with
 * its links, and a guide with the elements it composes; `langs` gives the
 * second, third and fourth element a lang (the third's on the block around it).
 */
const markup = (langs: string[] = []): string => {
  const lang = (i: number) => (langs[i] ? ` lang="${langs[i]}"` : '');
  return (
    '<h1>Dystonia</h1><dystonia-causes></dystonia-causes>' +
    `<dystonia-types${lang(0)}></dystonia-types>` +
    `<div${lang(1)}><inquiry-cta href="https://clinic.example/contact" phone="+1 555 0100" action="/api/inquiry/ok"></inquiry-cta></div>` +
    `<dystonia-guide${lang(2)}></dystonia-guide>`
  );
};

type Updating = HTMLElement & {updateComplete: Promise<boolean>};

const frames: HTMLIFrameElement[] = [];

function openFrame(locale: string, langs?: string[]): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '2000';
  frame.src = `/server-rendered-page?${new URLSearchParams({markup: markup(langs), locale})}`;
  const loaded = new Promise<HTMLIFrameElement>((resolve) =>
    frame.addEventListener('load', () => resolve(frame))
  );
  document.body.append(frame);
  frames.push(frame);
  return loaded;
}

/**
 * Renders markup(langs) in `locale` on a page in that locale, checks each
 * element before any script, loads the hydrate bundle and checks that each
 * kept its nodes, text and language, with no warning.
 */
async function renderAndHydrate(locale: string, langs: string[] = []): Promise<void> {
  const inLocale = locale === 'en' ? undefined : await shippedTranslations(locale);
  const frame = await openFrame(locale, langs);
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis;
  // The page's elements follow the page: its lang is the call's locale.
  expect(doc.documentElement.lang).to.equal(locale);
  const tags = ['dystonia-causes', 'dystonia-types', 'inquiry-cta', 'dystonia-guide'];
  const langOf = [locale, ...tags.slice(1).map((_, i) => langs[i] ?? locale)];
  const hosts = tags.map((tag) => doc.querySelector(tag) as Updating);
  const heading = (root: ParentNode) => root.querySelector('h1, h2, h3, h4, h5, h6')!;
  // Each element's wrapper (the guide's own text is its sections'): kept by hydration, replaced by a fresh render.
  const bases = hosts.map((host) => host.shadowRoot!.querySelector('.base')!);
  const texts = bases.map(textOf);
  expect(hosts[2].shadowRoot!.querySelector('form'), 'a server-rendered form').to.equal(null);
  // Before any script: declarative shadow roots, marked with this version, in their language.
  hosts.forEach((host, i) => {
    expect(host.getAttribute('data-dw-version'), tags[i]).to.equal(VERSION);
    const base = bases[i];
    expect([base.getAttribute('lang'), base.getAttribute('dir')], tags[i]).to.deep.equal([
      langOf[i],
      langOf[i] === 'ar' ? 'rtl' : 'ltr',
    ]);
  });
  expect(textOf(heading(bases[0]))).to.equal(inLocale?.get('causes.heading') ?? 'What Causes Dystonia?');
  const typesHeading =
    langOf[1] === 'en' ? undefined : (await shippedTranslations(langOf[1])).get('types.heading');
  expect(textOf(heading(bases[1]))).to.equal(typesHeading ?? 'Different Types of Dystonia');
  // The guide's sections are in its language too.
  const nested = hosts[3].shadowRoot!.querySelector('dystonia-causes') as Updating;
  const nestedHeading = heading(nested.shadowRoot!);
  const guideCauses =
    langOf[3] === 'en' ? undefined : (await shippedTranslations(langOf[3])).get('causes.heading');
  expect(textOf(nestedHeading)).to.equal(guideCauses ?? 'What Causes Dystonia?');

  const warnings: string[] = [];
  const warn = win.console.warn;
  win.console.warn = (...args: unknown[]) => {
    warnings.push(args.join(' '));
    warn.apply(win.console, args);
  };
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = HYDRATE;
  doc.head.append(script);
  await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), 'not defined', {timeout: 15000});
  for (const host of hosts) await host.updateComplete;
  await nested.updateComplete;

  // Hydrated: the server's nodes are the element's now, nothing was rendered afresh.
  hosts.forEach((host, i) => {
    expect(
      bases[i].isConnected && host.shadowRoot!.contains(bases[i]),
      `${tags[i]}: rendered afresh`
    ).to.equal(true);
    // The call to action gains its form after hydration (below): its server text stays, first.
    if (tags[i] === 'inquiry-cta') expect(textOf(bases[i]).startsWith(texts[i]), tags[i]).to.equal(true);
    else expect(textOf(bases[i]), tags[i]).to.equal(texts[i]);
    expect(host.shadowRoot!.querySelectorAll('.base').length, tags[i]).to.equal(1);
    expect(host.shadowRoot!.querySelector('.base')!.getAttribute('lang'), tags[i]).to.equal(langOf[i]);
  });
  expect(nestedHeading.isConnected, 'the guide’s causes were rendered afresh').to.equal(true);
  // The call to action's form is never server-rendered (its code is a lazy chunk): it comes after hydration.
  await waitUntil(() => hosts[2].shadowRoot!.querySelector('form'), 'no form after hydration', {
    timeout: 10000,
  });
  const links = [...hosts[2].shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
  expect(links).to.deep.equal(['https://clinic.example/contact', 'tel:+15550100']);
  // The one warning a server render gives too: the guide has no contact for a call to action (none configured).
  const others = warnings.filter(
    (w) => !w.startsWith('[dystonia-widgets] <dystonia-guide>: Visitors have no way')
  );
  expect(others, others.join(' | ')).to.deep.equal([]);
}

describe('server-rendered markup (renderToString) hydrated by the hydrate bundle', function () {
  // The first request waits for the Node build and the in-memory browser build.
  this.timeout(60000);
  before(async () => {
    await fetch(HYDRATE);
  });
  afterEach(() => {
    frames.splice(0).forEach((frame) => frame.remove());
  });

  for (const locale of ['en', 'es', 'ar']) {
    it(`${locale}: each element in the page's language, hydrated in place, without a warning`, async () => {
      await renderAndHydrate(locale);
    });
  }

  it("elements in a language of their own (their lang, an ancestor's) on a page in another", async () => {
    await renderAndHydrate('en', ['es', 'ar', 'ar']);
  });
});
