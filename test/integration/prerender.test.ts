import {expect, waitUntil} from '@open-wc/testing';
import {VERSION} from '../../src/core/version.js';
import {shippedTranslations, textOf} from '../helpers.js';

// `npm run prerender`'s fragments (served by test/server/prerendered.mjs, made
// from the current source) against the built bundles (test/server/built-bundle.mjs):
// the text a visitor reads without JavaScript is the text the element renders,
// and the hydrate bundle takes over the prerendered nodes without a visible change.

const TAGS = [
  'clinic-approach',
  'dystonia-causes',
  'dystonia-guide',
  'dystonia-symptoms',
  'dystonia-types',
  'inquiry-cta',
  'patient-testimonial',
  'symptom-areas',
];
const LOCALES = ['en', 'es', 'ar'];
const BUNDLE = '/built/current/dystonia-widgets.js';
const HYDRATE = '/built/current/dystonia-widgets.hydrate.js';

interface FrameWindow extends Window {
  layoutShift: number | null;
  layoutShifts: number[];
}

/**
 * The text of `node` as a reader meets it: shadow roots instead of light
 * DOM (the elements have no slots), without style sheets and without what
 * `skip` matches.
 */
function readText(node: Node, skip: string): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    // Node types, not instanceof: the client's nodes are in a frame (another realm).
    const element = n.nodeType === Node.ELEMENT_NODE ? (n as Element) : null;
    if (element && (element.localName === 'style' || (skip && element.matches(skip)))) return;
    const root = element?.shadowRoot;
    (root ?? n).childNodes.forEach(walk);
  };
  walk(node);
  return textOf({textContent: parts.join('')} as Node);
}

/**
 * What the plain form leaves out (scripts/prerender.mjs, dropped()): the SVG
 * map, the controls, buttons outside headings.
 */
const PLAIN_SKIPS = 'svg, [part~="controls"], button:not(:is(h1, h2, h3, h4, h5, h6) button)';
/**
 * The SVG map's region names are a property binding (an SVG <title> cannot
 * hold a text binding in a server render), so the declarative form has them
 * empty until the script runs; they are the list's headings too.
 */
const DSD_SKIPS = 'svg';

const frames: HTMLIFrameElement[] = [];

function openFrame(query: Record<string, string>, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '2000';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = `/prerendered-page?${new URLSearchParams(query)}`;
  const loaded = new Promise<HTMLIFrameElement>((resolve) =>
    frame.addEventListener('load', () => resolve(frame))
  );
  document.body.append(frame);
  frames.push(frame);
  return loaded;
}

async function fragmentRoot(locale: string, file: string): Promise<HTMLElement> {
  const response = await fetch(`/prerendered/${locale}/${file}`);
  expect(response.status, file).to.equal(200);
  const container = document.createElement('div');
  // Parsed with declarative shadow DOM (innerHTML would leave a <template>); no element is defined in this page.
  container.setHTMLUnsafe(await response.text());
  document.body.append(container);
  return container;
}

/** Waits until every element in the frame is defined and has rendered. */
async function upgraded(frame: HTMLIFrameElement, tags: string[]): Promise<void> {
  const win = frame.contentWindow!;
  await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), 'not defined', {timeout: 15000});
  for (const tag of tags) {
    const el = frame.contentDocument!.querySelector(tag) as HTMLElement & {updateComplete: Promise<boolean>};
    await el.updateComplete;
  }
  // Two frames, so that what the update changed has been laid out (and any layout shift reported).
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}

/** Records the frame's console warnings from now on (the prerendered pages have no recorder). */
function recordFrameWarnings(frame: HTMLIFrameElement): string[] {
  const warnings: string[] = [];
  const {console} = frame.contentWindow as Window & typeof globalThis;
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.join(' '));
    warn.apply(console, args);
  };
  return warnings;
}

function load(frame: HTMLIFrameElement, src: string): void {
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = src;
  frame.contentDocument!.head.append(script);
}

describe('prerendered HTML (npm run prerender)', function () {
  // The first requests wait for the in-memory builds (rollup, and the Node build for the fragments).
  this.timeout(60000);
  before(async () => {
    await fetch(HYDRATE);
    await fetch('/prerendered/en/dystonia-causes.html');
  });
  afterEach(() => {
    frames.splice(0).forEach((frame) => frame.remove());
    document.querySelectorAll('body > div').forEach((div) => div.remove());
  });

  for (const locale of LOCALES) {
    it(`${locale}: each fragment's text equals the bundle's render`, async () => {
      const frame = await openFrame({locale, form: 'none', tags: TAGS.join(','), src: BUNDLE});
      await upgraded(frame, TAGS);
      for (const tag of TAGS) {
        const client = frame.contentDocument!.querySelector(tag)!;
        expect(client.shadowRoot!.querySelector('.base')!.getAttribute('lang'), tag).to.equal(locale);

        const dsd = (await fragmentRoot(locale, `${tag}.html`)).querySelector(tag)!;
        expect(dsd.shadowRoot, `${tag}.html: no declarative shadow root`).to.not.equal(null);
        const base = dsd.shadowRoot!.querySelector('.base')!;
        expect([base.getAttribute('lang'), base.getAttribute('dir')], tag).to.deep.equal([
          locale,
          locale === 'ar' ? 'rtl' : 'ltr',
        ]);
        const expected = readText(client, DSD_SKIPS);
        expect(expected.length, tag).to.be.above(20);
        expect(readText(dsd, DSD_SKIPS), `${locale}/${tag}.html`).to.equal(expected);

        const plain = (await fragmentRoot(locale, `${tag}.plain.html`)).querySelector(tag)!;
        expect(plain.shadowRoot, `${tag}.plain.html has a shadow root`).to.equal(null);
        expect(plain.querySelector('template, script, style, [style]'), tag).to.equal(null);
        expect(plain.getAttribute('lang'), tag).to.equal(locale);
        expect(textOf(plain), `${locale}/${tag}.plain.html`).to.equal(readText(client, PLAIN_SKIPS));
      }
    });
  }

  for (const form of ['dsd', 'plain']) {
    it(`${form}: the text is readable with scripts disabled`, async () => {
      const frame = await openFrame(
        {locale: 'es', form, tags: 'dystonia-causes', src: BUNDLE},
        'allow-same-origin'
      );
      const doc = frame.contentDocument!;
      const el = doc.querySelector('dystonia-causes')!;
      // The sandbox ran no script: nothing was defined.
      expect(frame.contentWindow!.customElements.get('dystonia-causes')).to.equal(undefined);
      const heading = (form === 'dsd' ? el.shadowRoot! : el).querySelector('h2')!;
      expect(textOf(heading)).to.equal('¿Qué causa la distonía?');
      const items = (form === 'dsd' ? el.shadowRoot! : el).querySelectorAll('li');
      expect(items.length).to.be.above(3);
      for (const node of [heading, items[0]]) {
        const box = node.getBoundingClientRect();
        expect(box.height, textOf(node)).to.be.above(0);
        expect(box.width, textOf(node)).to.be.above(0);
        expect(frame.contentWindow!.getComputedStyle(node).visibility).to.equal('visible');
      }
    });
  }

  for (const locale of LOCALES) {
    it(`${locale}: the hydrate bundle keeps the prerendered nodes, without a layout shift`, async () => {
      const tag = 'dystonia-causes';
      const frame = await openFrame({locale, form: 'dsd', tags: tag});
      const doc = frame.contentDocument!;
      const el = doc.querySelector(tag)!;
      const root = el.shadowRoot!;
      const heading = root.querySelector('h2')!;
      const item = root.querySelector('li')!;
      const texts = [textOf(heading), textOf(item)];
      const headings = root.querySelectorAll('h1, h2, h3, h4, h5, h6').length;
      const before = [
        el.getBoundingClientRect().toJSON(),
        doc.getElementById('below')!.getBoundingClientRect().toJSON(),
      ];
      // Marked with the version that rendered it: this one, so it hydrates, without a word.
      expect(el.getAttribute('data-dw-version')).to.equal(VERSION);
      const warnings = recordFrameWarnings(frame);

      load(frame, HYDRATE);
      await upgraded(frame, [tag]);
      expect(warnings).to.deep.equal([]);

      expect(el.shadowRoot).to.equal(root);
      expect(root.contains(heading) && heading.isConnected, 'the heading node was replaced').to.equal(true);
      expect(root.contains(item) && item.isConnected, 'the list item node was replaced').to.equal(true);
      expect([textOf(heading), textOf(item)]).to.deep.equal(texts);
      expect(root.querySelectorAll('h1, h2, h3, h4, h5, h6').length, 'headings').to.equal(headings);
      expect(root.querySelectorAll('.base').length).to.equal(1);
      const after = [
        el.getBoundingClientRect().toJSON(),
        doc.getElementById('below')!.getBoundingClientRect().toJSON(),
      ];
      expect(after).to.deep.equal(before);
      const win = frame.contentWindow as FrameWindow;
      console.log(
        `prerender ${locale}: layout shift at hydration ${win.layoutShift} (${win.layoutShifts.join(', ')})`
      );
      // Firefox and WebKit report no layout-shift entries (the boxes above are compared in every engine).
      if (win.layoutShift !== null) expect(win.layoutShift).to.equal(0);
    });
  }

  it('a fragment prerendered in another locale than the page ends up in the page locale', async () => {
    const tag = 'dystonia-causes';
    const frame = await openFrame({locale: 'en', lang: 'es', form: 'dsd', tags: tag});
    const root = frame.contentDocument!.querySelector(tag)!.shadowRoot!;
    expect(textOf(root.querySelector('h2'))).to.equal('What Causes Dystonia?');
    load(frame, HYDRATE);
    await upgraded(frame, [tag]);
    await waitUntil(() => textOf(root.querySelector('h2')) === '¿Qué causa la distonía?', 'not in Spanish');
    expect(root.querySelector('.base')!.getAttribute('lang')).to.equal('es');
    expect(root.querySelectorAll('h2').length).to.equal(1);
    expect(root.querySelectorAll('li').length).to.equal(7);
  });

  it('a fragment whose markup does not match its attributes renders afresh, with one warning', async () => {
    const tag = 'dystonia-causes';
    const frame = await openFrame({locale: 'en', form: 'dsd', tags: tag});
    const el = frame.contentDocument!.querySelector(tag)!;
    // An editor sets a heading level on a fragment prerendered with the default (h2).
    el.setAttribute('heading-level', '3');
    const warnings: string[] = [];
    (frame.contentWindow as Window & typeof globalThis).console.warn = (...args: unknown[]) =>
      warnings.push(args.join(' '));
    load(frame, HYDRATE);
    await upgraded(frame, [tag]);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2'), 'the prerendered h2 stayed').to.equal(null);
    expect(textOf(root.querySelector('h3'))).to.equal('What Causes Dystonia?');
    expect(root.querySelectorAll('.base').length).to.equal(1);
    expect(root.querySelectorAll('li').length).to.equal(7);
    expect(
      warnings.filter((w) => w.includes('<dystonia-causes>') && w.includes('prerendered')).length
    ).to.equal(1);
  });

  // A fragment pasted from another release: hydration would keep that release's text and markup.
  for (const [which, mark] of [
    ['another version (0.0.1)', '0.0.1'],
    ['no version mark', null],
  ] as const) {
    it(`a fragment with ${which} renders afresh, with one warning naming both versions`, async () => {
      const tag = 'dystonia-causes';
      const frame = await openFrame({locale: 'es', form: 'dsd', tags: tag});
      const el = frame.contentDocument!.querySelector(tag)!;
      const root = el.shadowRoot!;
      const heading = root.querySelector('h2')!;
      const expected = readText(el, DSD_SKIPS);
      expect(el.getAttribute('data-dw-version'), 'the fragment as prerendered').to.equal(VERSION);
      if (mark === null) el.removeAttribute('data-dw-version');
      else el.setAttribute('data-dw-version', mark);
      const warnings = recordFrameWarnings(frame);

      load(frame, HYDRATE);
      await upgraded(frame, [tag]);

      expect(heading.isConnected, 'the prerendered heading stayed').to.equal(false);
      expect(el.shadowRoot).to.equal(root);
      expect(textOf(root.querySelector('h2'))).to.equal('¿Qué causa la distonía?');
      expect(readText(el, DSD_SKIPS)).to.equal(expected);
      expect(root.querySelectorAll('.base').length).to.equal(1);
      expect(root.querySelector('.base')!.getAttribute('lang')).to.equal('es');
      expect(root.querySelectorAll('li').length).to.equal(7);
      expect(warnings, warnings.join(' | ')).to.have.length(1);
      expect(warnings[0]).to.match(/^\[dystonia-widgets\] <dystonia-causes>: /);
      expect(warnings[0]).to.contain(`from version ${mark ?? 'unknown'}, this script is ${VERSION}`);
      expect(warnings[0]).to.contain(`Prerender it with ${VERSION}`);
    });
  }

  it('a guide of this version hydrates with the elements in it, without a warning', async () => {
    const tag = 'dystonia-guide';
    const frame = await openFrame({locale: 'en', form: 'dsd', tags: tag});
    const el = frame.contentDocument!.querySelector(tag)!;
    const nested = el.shadowRoot!.querySelector('dystonia-causes')!;
    const item = nested.shadowRoot!.querySelector('li')!;
    const expected = readText(el, DSD_SKIPS);
    const warnings = recordFrameWarnings(frame);

    load(frame, HYDRATE);
    await upgraded(frame, [tag]);
    // The inner elements hydrate once the guide has (defer-hydration).
    await (nested as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;

    expect(nested.isConnected && item.isConnected, 'the prerendered nodes were replaced').to.equal(true);
    expect(readText(el, DSD_SKIPS)).to.equal(expected);
    expect(warnings.filter((w) => w.includes('prerendered'))).to.deep.equal([]);
  });

  it('under a policy that refuses its inline styles, a prerendered guide hydrates with its styles, with one warning', async () => {
    // The strict policy (test/server/csp.mjs) with no hash for the fragments' <style> elements: the browser
    // refuses them, and the text shows unstyled until the hydrate bundle (loaded by the page) runs.
    const tag = 'dystonia-guide';
    const frame = await openFrame({locale: 'en', form: 'dsd', tags: tag, src: HYDRATE, csp: '1'});
    const win = frame.contentWindow as Window & {violations: string[]; warnings: string[]};
    await upgraded(frame, [tag]);
    const el = frame.contentDocument!.querySelector(tag)!;
    const nested = el.shadowRoot!.querySelector('dystonia-causes') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await nested.updateComplete;
    expect(win.violations.filter((v) => v.startsWith('style-src')).length, 'no style refused').to.be.above(0);
    // .base is a flex column in the elements' styles (a <div> otherwise): the guide's and a section's apply.
    for (const root of [el.shadowRoot!, nested.shadowRoot!])
      expect(win.getComputedStyle(root.querySelector('.base')!).display).to.equal('flex');
    expect(win.warnings.filter((w) => w.includes('style-src'))).to.have.length(1);
    // Hydrated, not rendered afresh.
    expect(win.warnings.filter((w) => w.includes('afresh'))).to.deep.equal([]);
  });

  // The bundle runs at the end of parsing, in the task in which the browser lays out the page; the
  // hydrate bundle leaves hydration to a task of its own (src/core/hydration.ts). The probe is an
  // inline module after the bundle: it runs once the bundle and every microtask it queued have.
  it('the hydrate bundle hydrates a prerendered guide in a task after the one it runs in', async () => {
    const tag = 'dystonia-guide';
    const frame = await openFrame({
      locale: 'en',
      form: 'dsd',
      tags: tag,
      src: HYDRATE,
      probe: 'updated-before-next-script',
    });
    const el = frame.contentDocument!.querySelector(tag)! as HTMLElement & {
      updateComplete: Promise<boolean>;
      hasUpdated: boolean;
    };
    const heading = el.shadowRoot!.querySelector('h2')!;
    const probed = (frame.contentWindow as Window & {probed?: {defined: boolean; updated: boolean | null}})
      .probed;
    expect(probed, 'the probe ran after the bundle, with the guide defined').to.deep.include({defined: true});
    expect(probed!.updated, 'hydrated in the task the bundle ran in').to.equal(false);
    await el.updateComplete;
    expect(el.hasUpdated).to.equal(true);
    expect(heading.isConnected, 'the prerendered heading was replaced').to.equal(true);
  });

  it('a guide hydrates, then adds its call to action when the page config gives a way to contact the clinic', async () => {
    const tag = 'dystonia-guide';
    const frame = await openFrame({locale: 'en', form: 'dsd', tags: tag});
    const doc = frame.contentDocument!;
    const el = doc.querySelector(tag)!;
    // A server render knows no page config: its guide has no call to action.
    expect(el.shadowRoot!.querySelector('inquiry-cta')).to.equal(null);
    const nested = el.shadowRoot!.querySelector('dystonia-causes')!;
    const config = doc.createElement('script');
    config.type = 'application/json';
    config.dataset.dystoniaWidgets = '';
    config.textContent = '{"phone": "+1 (555) 010-0199"}';
    doc.head.append(config);
    const warnings = recordFrameWarnings(frame);

    load(frame, HYDRATE);
    await upgraded(frame, [tag]);
    const cta = await waitUntil(() => el.shadowRoot!.querySelector('inquiry-cta'), 'no call to action', {
      timeout: 10000,
    }).then(() =>
      el.shadowRoot!.querySelector<HTMLElement & {updateComplete: Promise<boolean>}>('inquiry-cta')!
    );
    await cta.updateComplete;

    expect(nested.isConnected, 'the prerendered nodes were replaced').to.equal(true);
    const heading = textOf(cta.shadowRoot!.querySelector('[part="heading"]'));
    expect(heading).to.match(/^Request More Information/);
    expect([...el.shadowRoot!.querySelectorAll('nav a')].map(textOf).at(-1)).to.equal(heading);
    expect(textOf(cta.shadowRoot!.querySelector('[part="phone"]'))).to.equal('Call us +1 (555) 010-0199');
    expect(warnings, warnings.join(' | ')).to.deep.equal([]);
  });

  it('a guide of another version renders afresh with the elements in it, with one warning', async () => {
    const tag = 'dystonia-guide';
    const frame = await openFrame({locale: 'en', form: 'dsd', tags: tag});
    const el = frame.contentDocument!.querySelector(tag)!;
    const nested = el.shadowRoot!.querySelector('dystonia-types')!;
    // Each element in the guide carries the mark too (each hydrates on its own).
    expect(nested.getAttribute('data-dw-version')).to.equal(VERSION);
    const expected = readText(el, DSD_SKIPS);
    el.setAttribute('data-dw-version', '0.0.1');
    const warnings = recordFrameWarnings(frame);

    load(frame, HYDRATE);
    await upgraded(frame, [tag]);

    expect(nested.isConnected, 'the prerendered <dystonia-types> stayed').to.equal(false);
    // The elements in it render afresh after the guide: the same text once they all have.
    await waitUntil(() => readText(el, DSD_SKIPS) === expected, 'not the same text', {timeout: 15000});
    const about = warnings.filter((w) => w.includes('prerendered'));
    expect(about, about.join(' | ')).to.have.length(1);
    expect(about[0]).to.contain('<dystonia-guide>').and.contain('0.0.1').and.contain(VERSION);
  });

  it('the plain bundle renders a declarative shadow root afresh: same text, no duplicate', async () => {
    const tags = ['dystonia-causes', 'dystonia-guide'];
    const frame = await openFrame({locale: 'ar', form: 'dsd', tags: tags.join(',')});
    const expected = tags.map((tag) => readText(frame.contentDocument!.querySelector(tag)!, DSD_SKIPS));
    const counts = tags.map(
      (tag) => frame.contentDocument!.querySelector(tag)!.shadowRoot!.childElementCount
    );
    load(frame, BUNDLE);
    await upgraded(frame, tags);
    tags.forEach((tag, i) => {
      const el = frame.contentDocument!.querySelector(tag)!;
      expect(readText(el, DSD_SKIPS), tag).to.equal(expected[i]);
      expect(el.shadowRoot!.querySelectorAll('.base').length, tag).to.equal(1);
      // The prerendered <style> is gone (constructed style sheets instead), nothing else added.
      expect(el.shadowRoot!.childElementCount, tag).to.be.at.most(counts[i]);
    });
  });

  it('the hydrate bundle loads the shared locale and form chunks, under the strict policy', async () => {
    // /built-page (test/server/built-bundle.mjs): <dystonia-types>, then an <inquiry-cta> with a form,
    // whose code is the lazy chunk the hydrate bundle shares with the plain one.
    const frame = document.createElement('iframe');
    frame.src = `/built-page?${new URLSearchParams({src: HYDRATE, lang: 'es', csp: '1', cta: '1'})}`;
    document.body.append(frame);
    frames.push(frame);
    const violations: string[] = [];
    frame.addEventListener('load', () =>
      frame.contentDocument!.addEventListener('securitypolicyviolation', (e) =>
        violations.push(e.violatedDirective)
      )
    );
    const doc = () => frame.contentDocument!;
    const heading = (await shippedTranslations('es')).get('types.heading')!;
    await waitUntil(
      () => textOf(doc().querySelector('dystonia-types')?.shadowRoot?.querySelector('h2')) === heading,
      'no Spanish heading',
      {timeout: 15000}
    );
    await waitUntil(() => doc().querySelector('inquiry-cta')?.shadowRoot?.querySelector('form'), 'no form', {
      timeout: 15000,
    });
    const requests = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    expect(requests).to.include('/built/current/locales/es.js');
    const form = requests.filter((path) => /^\/built\/current\/chunks\/inquiry-form-[\w-]+\.js$/.test(path));
    expect(form.length, requests.join()).to.equal(1);
    expect(violations).to.deep.equal([]);
  });

  it('the plain fragment stays shown while the bundle waits for its language, never a blank frame', async () => {
    const tag = 'dystonia-causes';
    const token = `plain${Math.random().toString(36).slice(2)}`;
    const frame = await openFrame({locale: 'es', form: 'plain', tags: tag});
    const el = frame.contentDocument!.querySelector(tag) as HTMLElement & {updateComplete: Promise<boolean>};
    const lightHeading = el.querySelector('h2')!;
    // The Spanish chunk is held by the server: the element is defined, its first render waits for it.
    load(frame, `/built/faulty/stall/${token}/dystonia-widgets.js`);
    await waitUntil(() => frame.contentWindow!.customElements.get(tag), 'not defined', {timeout: 15000});
    await waitUntil(async () => {
      const seen = (await (await fetch(`/built-requests/${token}`)).json()) as string[];
      return seen.some((path) => path.startsWith('locales/es.js'));
    }, 'the Spanish chunk was never asked for');
    expect(el.shadowRoot !== null, 'the element has its shadow root').to.equal(true);
    expect(lightHeading.getBoundingClientRect().height, 'the prerendered text was hidden').to.be.above(0);
    // Every frame until the element renders shows some text: the prerendered, then its own.
    const win = frame.contentWindow!;
    let blank = 0;
    let watching = true;
    const watch = () => {
      if (!watching) return;
      const own = el.shadowRoot!.querySelector('h2');
      if (lightHeading.getBoundingClientRect().height === 0 && !own?.getBoundingClientRect().height) blank++;
      win.requestAnimationFrame(watch);
    };
    win.requestAnimationFrame(watch);
    await fetch(`/built-release/${token}`);
    await upgraded(frame, [tag]);
    watching = false;
    expect(blank, 'frames without text').to.equal(0);
    expect(lightHeading.getBoundingClientRect().height, 'light DOM still shown').to.equal(0);
    expect(el.shadowRoot!.querySelector('slot') === null, 'the slot is gone').to.equal(true);
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal(textOf(lightHeading));
  });

  it('after upgrade the shadow root hides the plain fragment', async () => {
    const tag = 'dystonia-causes';
    const frame = await openFrame({locale: 'es', form: 'plain', tags: tag});
    const el = frame.contentDocument!.querySelector(tag)!;
    const lightHeading = el.querySelector('h2')!;
    expect(lightHeading.getBoundingClientRect().height).to.be.above(0);
    load(frame, BUNDLE);
    await upgraded(frame, [tag]);
    expect(lightHeading.isConnected).to.equal(true);
    expect(lightHeading.getBoundingClientRect().height, 'light DOM still shown').to.equal(0);
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal(textOf(lightHeading));
  });
});
