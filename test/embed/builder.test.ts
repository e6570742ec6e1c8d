import {expect, waitUntil} from '@open-wc/testing';
import {textOf} from '../helpers.js';
import {builtTree} from './helpers.js';
import {STRINGS} from '../../demo/clinic-site.js';

// The embed builder (demo/embed.html + demo/embed.ts, docs/editors.md "The embed builder"),
// from source on this page, pointed at the build as a clinic hosts it
// (test/server/embed.mjs: the real bundle, built in memory, with
// integrity.json and the versioned copy). Its options come from
// the elements' schemas (build/element-options.mjs).

const $ = <T extends HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;
const frames: HTMLIFrameElement[] = [];

/** Sets a control's value as a person does, with the events a person's change fires. */
function set(control: HTMLInputElement | HTMLSelectElement, value: string | boolean): void {
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('input', {bubbles: true}));
  control.dispatchEvent(new Event('change', {bubbles: true}));
}

/** Chooses the element to embed as a person does: a click on its radio button. */
function pick(tag: string): void {
  const radio = $<HTMLInputElement>(`input[name="tag"][value="${tag}"]`);
  if (!radio.checked) radio.click();
}

const chosen = () => document.querySelector<HTMLInputElement>('input[name="tag"]:checked')?.value;
const preview = () => $<HTMLIFrameElement>('#preview');
const scriptSnippet = () => $<HTMLTextAreaElement>('#script-snippet').value;
const iframeSnippet = () => $<HTMLTextAreaElement>('#iframe-snippet').value;

/** The text of the first `tag` in a frame, through its shadow root, once it has some. */
async function renderedText(frame: HTMLIFrameElement, tag: string, what: string): Promise<string> {
  const text = () => textOf(frame.contentDocument?.querySelector(tag)?.shadowRoot);
  await waitUntil(() => text() !== '', `${what}: <${tag}> did not render`, {timeout: 15000});
  return text();
}

/** The built builder (dist/builder/index.html of a test-server dist copy) in a frame, and a query inside it. */
function openBuiltBuilder(src: string, title: string) {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.src = src;
  document.body.append(frame);
  frames.push(frame);
  const inFrame = <T extends HTMLElement>(selector: string) =>
    frame.contentDocument?.querySelector<T>(selector) ?? undefined;
  return {frame, inFrame};
}

/**
 * A blank page (a frame of this origin) with `html` pasted into its body;
 * `sandbox`: the frame's sandbox attribute (without allow-scripts: a visitor without JavaScript);
 * `head`: more of the page's head (e.g. its security policy).
 */
function paste(html: string, sandbox?: string, head = ''): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = 'Blank page with the snippet';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8">${head}<title>Blank</title></head><body>\n${html}\n</body></html>`;
  // In view, as a page's content is, and kept there while the builder's previews change height above
  // it: the iframe embed's frame loads lazily (loading="lazy").
  frame.style.position = 'fixed';
  frame.style.insetBlockStart = '0';
  frame.style.insetInlineStart = '0';
  frame.style.background = 'white';
  document.body.append(frame);
  frames.push(frame);
  return frame;
}

describe('the embed builder', function () {
  // Each test loads whole pages (frames with the bundle) and waits for them: on a busy
  // 2-core machine running three engines, well over the runner's 10 s default.
  this.timeout(30000);
  before(async function () {
    await builtTree.call(this);
    const meta = document.createElement('meta');
    meta.name = 'dw-dist';
    meta.content = '/embed-dist/';
    document.head.append(meta);
    const page = new DOMParser().parseFromString(await (await fetch('/demo/embed.html')).text(), 'text/html');
    const container = document.createElement('div');
    container.id = 'builder';
    container.append(...Array.from(page.body.childNodes).map((node) => document.importNode(node, true)));
    document.body.append(container);
    await import('../../demo/embed.js');
    await waitUntil(() => document.documentElement.dataset.ready === 'true', 'the builder did not start', {
      timeout: 15000,
    });
  });
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('starts on the whole guide, and names every element in words with its tag beside it', async () => {
    expect(chosen()).to.equal('dystonia-guide');
    expect(scriptSnippet()).to.include('<dystonia-guide></dystonia-guide>');
    const radios = Array.from(document.querySelectorAll<HTMLInputElement>('input[name="tag"]'));
    expect(radios[0].value).to.equal('dystonia-guide');
    for (const radio of radios) {
      const label = radio.closest('label')!;
      // The name is the label's first line, in words; the tag is the second, as secondary text.
      const name = textOf(label.querySelector('.element-choice-name'));
      expect(name, radio.value).to.match(/^[A-Z][^<>]+$/);
      expect(name, radio.value).not.to.include(radio.value);
      expect(textOf(label.querySelector('.element-choice-tag'))).to.equal(`<${radio.value}>`);
      expect(label.getBoundingClientRect().height, `${radio.value}: label shown`).to.be.above(0);
    }
    expect(textOf($('#tag-dystonia-guide').closest('label'))).to.equal('The whole guide <dystonia-guide>');
    // The chosen element's summary describes the group.
    expect(textOf($('#tag-summary'))).to.not.equal('');
    expect($('#tag-choice').getAttribute('aria-describedby')).to.equal('tag-summary');
    expect(await renderedText(preview(), 'dystonia-guide', 'preview')).to.match(/Types of Dystonia/);
  });

  it("shows the preview on a clinic's page, in the language and direction chosen", async () => {
    pick('dystonia-causes');
    const doc = () => preview().contentDocument;
    try {
      for (const locale of ['ar', '']) {
        set($<HTMLSelectElement>('#config-locale'), locale);
        const language = locale || 'en';
        await waitUntil(
          () => doc()?.documentElement?.lang === language && doc()?.querySelector('main dystonia-causes'),
          `${language}: the preview did not follow`,
          {timeout: 15000}
        );
        expect(doc()!.documentElement.dir).to.equal(language === 'ar' ? 'rtl' : 'ltr');
        // The clinic site's header and title around the element, in the page's language.
        expect(textOf(doc()!.querySelector('header .brand__name'))).to.equal('Example Clinic');
        expect(textOf(doc()!.querySelector('main h1'))).to.equal(STRINGS[language as 'ar' | 'en'].dystonia);
        expect(doc()!.querySelector('footer')).to.not.equal(null);
        // Styled by the clinic's stylesheet (demo/clinic.css): its blue menu bar.
        const nav = doc()!.querySelector('nav')!;
        await waitUntil(
          () => doc()!.defaultView!.getComputedStyle(nav).backgroundColor === 'rgb(0, 90, 140)',
          `${language}: the clinic's stylesheet did not apply`,
          {timeout: 15000}
        );
        // The element in the chosen language (Arabic script, or the English heading).
        const expected = language === 'ar' ? /[\u0600-\u06ff]/ : /What Causes Dystonia\?/;
        await waitUntil(
          () => expected.test(textOf(doc()?.querySelector('dystonia-causes')?.shadowRoot)),
          `${language}: the element is not in that language`,
          {timeout: 15000}
        );
      }
    } finally {
      set($<HTMLSelectElement>('#config-locale'), '');
    }
  });

  it('says when the call to action would have no way to reach the clinic', () => {
    const note = $('#contact-note');
    // The whole guide, nothing configured: its call to action could not be used.
    pick('dystonia-guide');
    expect(note.getClientRects().length).to.be.above(0);
    set($<HTMLInputElement>('#config-phone'), '+1 555 0100');
    try {
      expect(note.getClientRects().length).to.equal(0);
    } finally {
      set($<HTMLInputElement>('#config-phone'), '');
    }
    pick('dystonia-causes');
    expect(note.getClientRects().length).to.equal(0);
  });

  it('labels each option in words, with the attribute as its description', () => {
    pick('inquiry-cta');
    const described = (id: string) =>
      ($(`#${id}`).getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((ref) => textOf(document.getElementById(ref)));
    expect(textOf(document.querySelector('label[for="attr-heading-level"]'))).to.equal('Heading level');
    expect(described('attr-heading-level')[0]).to.equal('heading-level');
    // A clinic setting says that the iframe embed does not take it.
    expect(textOf(document.querySelector('label[for="attr-privacy-url"]'))).to.equal(
      'Privacy policy address'
    );
    expect(described('attr-privacy-url')).to.include('Clinic setting: not in the iframe embed');
    expect(described('attr-heading-level')).to.not.include('Clinic setting: not in the iframe embed');
  });

  it('offers every element and only allowed values', () => {
    const tags = Array.from(document.querySelectorAll<HTMLInputElement>('input[name="tag"]')).map(
      (radio) => radio.value
    );
    expect(tags).to.include.members(['dystonia-types', 'dystonia-causes', 'inquiry-cta', 'symptom-areas']);
    pick('dystonia-types');
    const filter = $<HTMLSelectElement>('#attr-filter');
    expect(filter.localName).to.equal('select');
    expect(Array.from(filter.options).map((o) => o.value)).to.deep.equal([
      '',
      'all',
      'distribution',
      'syndromes',
    ]);
    const level = $<HTMLInputElement>('#attr-heading-level');
    expect([level.type, level.min, level.max, level.step]).to.deep.equal(['number', '1', '6', '1']);
    // A value out of range is marked and left out of both snippets.
    set(level, '9');
    expect(level.getAttribute('aria-invalid')).to.equal('true');
    expect(scriptSnippet()).not.to.include('heading-level');
    expect(iframeSnippet()).not.to.include('heading-level');
    set(level, '');
    pick('symptom-areas');
    expect($<HTMLInputElement>('#attr-no-map').type).to.equal('checkbox');
  });

  it('changing an option updates the preview and both snippets', async () => {
    pick('dystonia-types');
    set($<HTMLSelectElement>('#attr-filter'), 'syndromes');
    expect(scriptSnippet()).to.include('<dystonia-types filter="syndromes"></dystonia-types>');
    expect(scriptSnippet()).to.match(
      /<script type="module" blocking="render" src="[^"]+\/embed-dist\/v[^"]+\/dystonia-widgets\.js"/
    );
    expect(scriptSnippet()).to.match(/integrity="sha384-[\w+/=]+" crossorigin="anonymous"/);
    expect(iframeSnippet()).to.match(/embed\/index\.html\?tag=dystonia-types&amp;filter=syndromes"/);
    await waitUntil(
      () =>
        preview().contentDocument?.querySelector('dystonia-types')?.getAttribute('filter') === 'syndromes',
      'the preview did not follow',
      {timeout: 15000}
    );
    const shown = await renderedText(preview(), 'dystonia-types', 'preview');
    set($<HTMLSelectElement>('#attr-filter'), 'distribution');
    await waitUntil(
      () =>
        preview().contentDocument?.querySelector('dystonia-types')?.getAttribute('filter') === 'distribution',
      'the preview did not follow',
      {timeout: 15000}
    );
    expect(await renderedText(preview(), 'dystonia-types', 'preview')).not.to.equal(shown);
  });

  it('the copied snippet, pasted into a blank page, renders what the preview shows', async () => {
    pick('dystonia-causes');
    set($<HTMLInputElement>('#attr-heading-level'), '3');
    set($<HTMLSelectElement>('#config-locale'), 'es');
    // The clinic's own address for the files: the snippet uses it (the preview keeps this server's).
    set($<HTMLInputElement>('#base'), 'https://clinic.example/dw/');
    expect(scriptSnippet()).to.include('src="https://clinic.example/dw/v');
    set($<HTMLInputElement>('#base'), new URL('/embed-dist/', location.href).href);
    const snippet = scriptSnippet();
    // A Spanish page's own bundle, the translation inside: nothing to preload.
    expect(snippet).to.match(/<script type="module" blocking="render" src="[^"]+\/dystonia-widgets\.es\.js"/);
    expect(snippet).not.to.include('<link rel="modulepreload"');
    expect(snippet).to.include('"locale": "es"');
    expect(snippet).to.include('<dystonia-causes heading-level="3"></dystonia-causes>');
    const fromPreview = await renderedText(preview(), 'dystonia-causes', 'preview');
    const pasted = paste(snippet);
    const fromPaste = await renderedText(pasted, 'dystonia-causes', 'pasted snippet');
    expect(fromPaste).to.equal(fromPreview);
    expect(fromPaste).to.match(/distonía/i);
    expect(
      textOf(pasted.contentDocument!.querySelector('dystonia-causes')!.shadowRoot!.querySelector('h3'))
    ).not.to.equal('');
    set($<HTMLSelectElement>('#config-locale'), '');
  });

  it('the iframe snippet, pasted into a blank page, renders the element in a frame sized to it', async () => {
    pick('dystonia-causes');
    set($<HTMLInputElement>('#attr-heading-level'), '');
    set($<HTMLSelectElement>('#config-locale'), 'es');
    try {
      const html = iframeSnippet();
      expect(html).to.include('locale=es');
      expect(html).to.match(/<script src="[^"]+\/embed\/resize\.js"\s+integrity="sha384-/);
      const page = paste(html);
      await waitUntil(
        () =>
          page.contentDocument?.querySelector('iframe')?.contentDocument?.querySelector('dystonia-causes'),
        'no embed',
        {timeout: 15000}
      );
      const inner = page.contentDocument!.querySelector('iframe')!;
      expect(await renderedText(inner, 'dystonia-causes', 'iframe embed')).to.match(/distonía/i);
      const content = () => Math.ceil(inner.contentDocument!.documentElement.getBoundingClientRect().height);
      await waitUntil(() => Math.abs(inner.clientHeight - content()) < 1, 'the frame was not resized', {
        timeout: 15000,
      });
    } finally {
      set($<HTMLSelectElement>('#config-locale'), '');
    }
  });

  describe('with the prerendered text included', () => {
    // The Spanish heading of <dystonia-causes> (locales/es.xlf), as npm run prerender writes it.
    const HEADING = '¿Qué causa la distonía?';
    let snippet = '';

    before(async () => {
      pick('dystonia-causes');
      set($<HTMLInputElement>('#attr-heading-level'), '');
      set($<HTMLSelectElement>('#config-locale'), 'es');
      await waitUntil(() => !$<HTMLInputElement>('#text-plain').disabled, 'the option stayed unavailable', {
        timeout: 15000,
      });
      set($<HTMLInputElement>('#text-plain'), true);
      snippet = scriptSnippet();
    });
    after(() => {
      set($<HTMLInputElement>('#text-none'), true);
      set($<HTMLSelectElement>('#config-locale'), '');
    });

    it('the snippet holds the text in the chosen language inside the element, then its JSON-LD', () => {
      expect(textOf($('#fallback-note'))).to.include('structured data');
      // The prerendered text paints first: the script does not block the page's first paint.
      expect(snippet).to.match(/<script type="module" src="[^"]+\/dystonia-widgets\.es\.js"/);
      expect(snippet).not.to.include('blocking=');
      const element = snippet.match(/<dystonia-causes\b([^>]*)>([\s\S]*?)<\/dystonia-causes>/);
      expect(element, 'no <dystonia-causes> in the snippet').to.not.equal(null);
      expect(element![1]).to.include('lang="es"');
      expect(element![2]).to.include(`<h2>${HEADING}</h2>`);
      expect(element![2]).to.include('<li>');
      // The data block comes after the element, as in the prerendered fragment.
      const after = snippet.slice(snippet.indexOf('</dystonia-causes>'));
      const block = after.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
      expect(block, 'no JSON-LD after the element').to.not.equal(null);
      const data = JSON.parse(block![1]) as {inLanguage: string; about: {name: string}};
      expect(data.inLanguage).to.equal('es');
      expect(data.about.name).to.equal('Distonía');
    });

    it('pasted into a page where scripts do not run, the text is readable', async () => {
      const page = paste(snippet, 'allow-same-origin');
      await waitUntil(
        () => page.contentDocument?.querySelector('dystonia-causes h2'),
        'the pasted page did not load',
        {timeout: 15000}
      );
      const element = page.contentDocument!.querySelector('dystonia-causes')!;
      // Nothing ran: no shadow root; the text is the element's own content, laid out and shown.
      expect(element.shadowRoot).to.equal(null);
      const heading = element.querySelector('h2')!;
      expect(heading.getClientRects().length).to.be.above(0);
      expect(page.contentDocument!.body.innerText).to.include(HEADING);
      expect(page.contentDocument!.body.innerText).to.match(/accidente cerebrovascular/);
    });

    it('pasted into a page with scripts, the element upgrades and the text shows once', async () => {
      const page = paste(snippet);
      const text = await renderedText(page, 'dystonia-causes', 'pasted snippet');
      expect(text).to.include(HEADING);
      const element = page.contentDocument!.querySelector('dystonia-causes')!;
      // Every heading with that text, in the page and in the element's shadow root, that is laid out.
      const shown = [
        ...page.contentDocument!.querySelectorAll('h1, h2, h3, h4, h5, h6'),
        ...element.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6'),
      ].filter((h) => textOf(h) === HEADING && h.getClientRects().length > 0);
      expect(shown).to.have.length(1);
      expect(element.shadowRoot!.contains(shown[0])).to.equal(true);
    });
  });

  describe('with the text and its look prerendered (declarative shadow DOM)', () => {
    // The Spanish heading of <dystonia-causes> (locales/es.xlf), as npm run prerender writes it.
    const HEADING = '¿Qué causa la distonía?';
    let snippet = '';
    const styled = () => $<HTMLInputElement>('#text-styled');
    /** The pasted element's shadow root, once the page has one. */
    const shadowIn = (page: HTMLIFrameElement) =>
      page.contentDocument?.querySelector('dystonia-causes')?.shadowRoot ?? undefined;

    before(async () => {
      pick('dystonia-causes');
      set($<HTMLInputElement>('#attr-heading-level'), '');
      set($<HTMLSelectElement>('#config-locale'), 'es');
      await waitUntil(() => !styled().disabled, 'the option stayed unavailable', {timeout: 15000});
      set(styled(), true);
      snippet = scriptSnippet();
    });
    after(() => {
      set($<HTMLInputElement>('#text-none'), true);
      set($<HTMLSelectElement>('#config-locale'), '');
    });

    it('the snippet has the prerendered element in the chosen language, with the bundle that hydrates it', () => {
      // Not render-blocking: the prerendered text paints first; its locale's text preloaded for hydration.
      expect(snippet).to.match(/<script type="module" src="[^"]+\/dystonia-widgets\.hydrate\.js"/);
      expect(snippet).not.to.include('blocking=');
      expect(snippet).to.match(/<link rel="modulepreload" href="[^"]+\/locales\/es\.js"/);
      // The element as npm run prerender wrote it (its release's mark, its declarative shadow root),
      // in Spanish whatever the page's language.
      expect(snippet).to.match(
        /<dystonia-causes lang="es" dir="ltr" data-dw-version="[^"]+"><template shadowroot="open" shadowrootmode="open"><style>/
      );
      expect(snippet).to.include(HEADING);
      const after = snippet.slice(snippet.lastIndexOf('</dystonia-causes>'));
      const block = after.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
      expect(block, 'no JSON-LD after the element').to.not.equal(null);
      expect((JSON.parse(block![1]) as {inLanguage: string}).inLanguage).to.equal('es');
    });

    it("pasted into a page where scripts do not run, the text shows with the widget's look", async () => {
      const page = paste(snippet, 'allow-same-origin');
      const root = () => shadowIn(page);
      await waitUntil(() => root()?.querySelector('h2'), 'no declarative shadow root', {timeout: 15000});
      // The browser attached the shadow root from the HTML (nothing ran), with its own styles: the page has none.
      const heading = root()!.querySelector('h2')!;
      expect(textOf(heading)).to.equal(HEADING);
      expect(heading.getClientRects().length).to.be.above(0);
      expect(getComputedStyle(root()!.querySelector('.base')!).display).to.equal('flex');
    });

    it('pasted into a page with scripts, the element takes over its prerendered nodes: no second render', async () => {
      // A mark on the prerendered heading: hydration keeps that node, a render afresh would make a new one
      // (as it does for a fragment in another language than the element's, or for the plain bundle).
      const page = paste(snippet.replace('<h2', '<h2 data-prerendered'));
      const element = () =>
        page.contentDocument?.querySelector<
          HTMLElement & {hasUpdated: boolean; updateComplete: Promise<unknown>}
        >('dystonia-causes');
      await waitUntil(() => element()?.hasUpdated, 'the element did not hydrate', {timeout: 15000});
      await element()!.updateComplete;
      const headings = [...element()!.shadowRoot!.querySelectorAll('h2')];
      expect(headings.map(textOf)).to.deep.equal([HEADING]);
      expect(headings[0].hasAttribute('data-prerendered')).to.equal(true);
    });

    it('its note gives the style-src sources a page with a strict policy needs for its look', async () => {
      expect(textOf($('#fallback-note'))).to.include('these sources in its style-src');
      const sources = $('#style-src').textContent!.split('\n');
      expect(sources, 'no hashes').to.have.length.above(0);
      for (const source of sources) expect(source).to.match(/^'sha256-[A-Za-z0-9+/]+=*'$/);
      const policy = (allowed: string) =>
        `<meta http-equiv="Content-Security-Policy" content="style-src 'self' ${allowed}">`;
      const display = async (page: HTMLIFrameElement) => {
        const base = () => shadowIn(page)?.querySelector('.base');
        await waitUntil(base, 'no declarative shadow root', {timeout: 15000});
        return getComputedStyle(base()!).display;
      };
      // With the note's sources the policy lets the inline styles apply; without them it refuses them.
      expect(await display(paste(snippet, 'allow-same-origin', policy(sources.join(' '))))).to.equal('flex');
      expect(await display(paste(snippet, 'allow-same-origin', policy('')))).to.equal('block');
    });

    it('is offered only with every option at its default, and says so', async () => {
      set($<HTMLInputElement>('#attr-heading-level'), '3');
      try {
        await waitUntil(() => styled().disabled, 'still offered with heading-level set');
        expect(textOf($('#fallback-note'))).to.include('every element option at its default');
        expect($('#style-src').textContent).to.equal('');
        // Chosen but not offered: the snippet has no prerendered text, and the render-blocking bundle.
        expect(scriptSnippet()).not.to.include('<template');
        expect(scriptSnippet()).to.match(
          /<script type="module" blocking="render" src="[^"]+\/dystonia-widgets\.es\.js"/
        );
        expect(scriptSnippet()).to.include('<dystonia-causes heading-level="3"></dystonia-causes>');
      } finally {
        set($<HTMLInputElement>('#attr-heading-level'), '');
      }
      await waitUntil(() => !styled().disabled, 'not offered again');
      expect(scriptSnippet()).to.include('shadowrootmode');
    });
  });

  it('says the prerendered text is unavailable when the build has no prerendered HTML', async () => {
    // The same build without html/ (test/server/embed.mjs /embed-dist/no-html/), as never prerendered.
    const {inFrame} = openBuiltBuilder(
      '/embed-dist/no-html/builder/index.html',
      'Built builder, no prerendered text'
    );
    await waitUntil(() => inFrame('input[name="tag"]'), 'no builder', {timeout: 15000});
    inFrame<HTMLInputElement>('input[name="tag"][value="dystonia-symptoms"]')!.click();
    await waitUntil(() => textOf(inFrame('#fallback-note')).includes('Not available'), 'no answer', {
      timeout: 15000,
    });
    expect(inFrame<HTMLInputElement>('#text-plain')!.disabled).to.equal(true);
    expect(inFrame<HTMLInputElement>('#text-styled')!.disabled).to.equal(true);
    await waitUntil(
      () => inFrame<HTMLTextAreaElement>('#script-snippet')!.value.includes('</script>'),
      'no snippet',
      {
        timeout: 15000,
      }
    );
    expect(inFrame<HTMLTextAreaElement>('#script-snippet')!.value).to.include(
      '<dystonia-symptoms></dystonia-symptoms>'
    );
  });

  it("the iframe snippet carries presentation only: never the clinic's settings", () => {
    pick('inquiry-cta');
    set($<HTMLInputElement>('#attr-action'), 'https://clinic.example/api/inquiry');
    set($<HTMLInputElement>('#attr-phone'), '+00 100 200');
    set($<HTMLInputElement>('#attr-heading-level'), '3');
    set($<HTMLInputElement>('#config-inquiryUrl'), 'https://clinic.example/api/other');
    set($<HTMLInputElement>('#config-clinicName'), 'Clinic');
    try {
      // The script snippet is the editor's own page: the settings are there.
      expect(scriptSnippet()).to.include('action="https://clinic.example/api/inquiry"');
      expect(scriptSnippet()).to.include('"inquiryUrl": "https://clinic.example/api/other"');
      const src = new URL(
        iframeSnippet()
          .match(/src="([^"]+)"/)![1]
          .replace(/&amp;/g, '&')
      );
      expect([...src.searchParams.keys()]).to.deep.equal(['tag', 'heading-level']);
      expect(iframeSnippet()).not.to.match(/clinic\.example|=Clinic|100\+200|phone=|action=/);
      // Beside it, the header that decides which sites may frame the embed.
      expect(textOf($('#frame-ancestors-note'))).to.include('Content-Security-Policy: frame-ancestors');
    } finally {
      for (const id of [
        '#attr-action',
        '#attr-phone',
        '#attr-heading-level',
        '#config-inquiryUrl',
        '#config-clinicName',
      ])
        set($<HTMLInputElement>(id), '');
    }
  });

  it('the iframe snippet reserves the height the embed has for the element and language', async () => {
    pick('dystonia-causes');
    const reserved = () => Number(iframeSnippet().match(/height="(\d+)"/)?.[1]);
    const heights: Record<string, number> = {};
    try {
      for (const locale of ['es', 'ar']) {
        set($<HTMLSelectElement>('#config-locale'), locale);
        const frame = $<HTMLIFrameElement>('#iframe-preview');
        expect(frame.src).to.include(`locale=${locale}`);
        // The embed's own page (same origin here): its height once rendered in that language.
        const content = () =>
          frame.contentDocument?.documentElement?.lang === locale &&
          textOf(frame.contentDocument.querySelector('dystonia-causes')?.shadowRoot) !== ''
            ? Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height)
            : 0;
        await waitUntil(() => content() > 150 && reserved() === content(), `${locale}: not reserved`, {
          timeout: 15000,
        });
        heights[locale] = reserved();
      }
      // A host page pasting the snippet, its frame's content as wide as the preview's: the reserved
      // height is the height resize.js then applies, so nothing moves.
      const html = iframeSnippet();
      expect(html).to.include(`height="${heights.ar}"`);
      const preview = $<HTMLIFrameElement>('#iframe-preview');
      const page = paste(html);
      // Before its page loads: the frame's content (width="100%" of a body with 8 px margins) as wide
      // as the preview's, and the page tall enough for no scroll bar.
      page.style.width = `${preview.clientWidth + 16}px`;
      page.style.height = `${heights.ar + 200}px`;
      const inner = () => page.contentDocument?.querySelector('iframe');
      await waitUntil(() => inner(), 'no frame', {timeout: 15000});
      await waitUntil(
        () =>
          textOf(inner()?.contentDocument?.querySelector('dystonia-causes')?.shadowRoot) !== '' &&
          inner()!.style.height !== '',
        'the embed did not render, or resize.js did not apply its height',
        {timeout: 15000}
      );
      expect(inner()!.clientWidth).to.equal(preview.clientWidth);
      expect(inner()!.style.height).to.equal(`${heights.ar}px`);
    } finally {
      set($<HTMLSelectElement>('#config-locale'), '');
    }
  });

  it('refuses an http: (not local) or user:password@ address for the files, saying why', () => {
    pick('dystonia-causes');
    const base = $<HTMLInputElement>('#base');
    const here = new URL('/embed-dist/', location.href).href;
    try {
      for (const [value, why] of [
        ['http://clinic.example/dw/', /http: sends the files unprotected/],
        ['https://user:secret@clinic.example/dw/', /user name or password/],
      ] as const) {
        set(base, value);
        expect(base.getAttribute('aria-invalid')).to.equal('true');
        expect(textOf($('#base-error'))).to.match(why);
        expect(scriptSnippet()).not.to.include('clinic.example');
        expect(iframeSnippet()).not.to.include('clinic.example');
        expect(scriptSnippet()).to.include(`src="${here}v`);
      }
      set(base, 'https://clinic.example/dw/');
      expect(textOf($('#base-error'))).to.equal('');
      expect(scriptSnippet()).to.include('src="https://clinic.example/dw/v');
    } finally {
      set(base, here);
    }
  });

  it('copies with the clipboard, or selects the text when the clipboard is refused', async () => {
    $<HTMLButtonElement>('#copy-script').click();
    await waitUntil(() => textOf($('#copy-script-status')) !== '', 'no feedback', {timeout: 15000});
    const textarea = $<HTMLTextAreaElement>('#script-snippet');
    if (textOf($('#copy-script-status')) !== 'Copied.') {
      expect(document.activeElement).to.equal(textarea);
      expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([0, textarea.value.length]);
    }
    // Once the snippet changes, what was said about the copied one goes.
    pick('dystonia-causes');
    set($<HTMLInputElement>('#attr-heading-level'), '4');
    try {
      expect(textOf($('#copy-script-status'))).to.equal('');
    } finally {
      set($<HTMLInputElement>('#attr-heading-level'), '');
    }
  });

  it('the built builder (dist/builder/index.html) starts and makes a pinned snippet', async () => {
    const {frame, inFrame} = openBuiltBuilder('/embed-dist/builder/index.html', 'Built builder');
    const out = () => inFrame<HTMLTextAreaElement>('#script-snippet')?.value ?? '';
    await waitUntil(() => out().includes('</script>'), 'no snippet', {timeout: 15000});
    const first = inFrame<HTMLInputElement>('input[name="tag"]:checked')!.value;
    expect(first).to.equal('dystonia-guide');
    expect(out()).to.match(/src="http[^"]+\/embed-dist\/v[\d.]+\/dystonia-widgets\.js"/);
    expect(out()).to.include(`<${first}></${first}>`);
    expect(
      await renderedText(
        frame.contentDocument!.querySelector<HTMLIFrameElement>('#preview')!,
        first,
        'built preview'
      )
    ).not.to.equal('');
  });

  it('is accessible (axe)', async () => {
    await expect($('#builder')).to.be.accessible();
  });
});
