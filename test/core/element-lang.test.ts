import {expect, waitUntil} from '@open-wc/testing';
import '../../src/elements/dystonia-guide/define.js';
import '../../src/elements/dystonia-types/define.js';
import '../../src/elements/inquiry-cta/define.js';
import type {DystoniaGuide} from '../../src/elements/dystonia-guide/dystonia-guide.js';
import type {DystoniaTypes} from '../../src/elements/dystonia-types/dystonia-types.js';
import {isLoaded, LOCALE_TIMEOUT_MS, registerDevLocale, setLocale} from '../../src/core/locale.js';
import {harness as guideHarness} from '../harness/dystonia-guide.js';
import {harness as typesHarness} from '../harness/dystonia-types.js';
import type {Widget} from '../harness/harness.js';
import {addPageConfig, recordWarnings, resetPage, setPageLang, textOf} from '../helpers.js';
import {xliffUnits} from '../../scripts/i18n/xliff-units.mjs';

// Issue 19: each element renders in its own language: its `lang`, else its
// nearest ancestor's below <html> (through shadow roots), else the page's
// (setLocale(), page config "locale", <html lang>). This page is English;
// the widgets on it are not all. The expected texts are read from the
// translators' files (locales/<l>.xlf: the <source> is the English, the
// <target> the translation), never from the code under test.

/** A message's English and its translations, by id: read from locales/*.xlf. */
type Texts = Record<'en' | 'es' | 'ar', string>;
const messages = new Map<string, Texts>();

async function readMessages(): Promise<void> {
  for (const locale of ['es', 'ar'] as const) {
    const response = await fetch(`/locales/${locale}.xlf`);
    expect(response.ok, `/locales/${locale}.xlf`).to.equal(true);
    const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
    for (const {id, source, target} of xliffUnits(doc).units) {
      const texts = messages.get(id) ?? ({en: clean(source)} as Texts);
      texts[locale] = clean(target ?? '');
      messages.set(id, texts);
    }
  }
}

/** Whitespace normalized, as textOf() reads the rendered text. */
const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A message's text in `locale`: fails the test when the file has none (or it is not translated). */
function message(id: string, locale: keyof Texts): string {
  const texts = messages.get(id);
  expect(texts?.[locale], `${id} in ${locale}`).to.be.a('string').and.not.equal('');
  if (locale !== 'en') expect(texts![locale], `${id} is translated into ${locale}`).not.to.equal(texts!.en);
  return texts![locale];
}

const HEADING = 'types.heading';

/**
 * A language whose translation comes only when the test releases it (the
 * Spanish one, under a tag of its own so Spanish itself is not slowed):
 * registered before any widget connects, as registerDevLocale() requires.
 */
const SLOW = 'es-x-slow';
let releaseSlow: () => void = () => {};
const slowArrived = new Promise<void>((resolve) => (releaseSlow = resolve));
registerDevLocale(SLOW, () => slowArrived.then(() => import('../../src/generated/locales/es.js')));

/** What a person sees of a <dystonia-types>: heading text, and the wrapper's lang and dir. */
function shown(el: Widget): {heading: string; lang: string | null; dir: string | null} {
  const h = typesHarness(el as DystoniaTypes);
  const base = el.shadowRoot?.querySelector('[part="base"]');
  return {
    heading: h.headingText(),
    lang: base?.getAttribute('lang') ?? null,
    dir: base?.getAttribute('dir') ?? null,
  };
}

/** What a <dystonia-types> in `locale` shows. */
function expected(locale: keyof Texts): {heading: string; lang: string; dir: string} {
  return {heading: message(HEADING, locale), lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr'};
}

/**
 * Every text the element's shadow root holds after each change, from before
 * its first render: mutation observers run before the browser can paint, so
 * this lists every text it could have painted.
 */
function recordTexts(el: HTMLElement): {texts: string[]; stop: () => void} {
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${el.localName}> has no shadow root yet`);
  const texts: string[] = [];
  const record = (): void => {
    const text = textOf(root);
    if (text && texts[texts.length - 1] !== text) texts.push(text);
  };
  const observer = new MutationObserver(record);
  observer.observe(root, {childList: true, subtree: true, characterData: true, attributes: true});
  return {texts, stop: () => (record(), observer.disconnect())};
}

/** The recorded texts that show the English heading, cut short for the report. */
function englishFrames(texts: string[]): string[] {
  return texts.filter((text) => text.includes(message(HEADING, 'en'))).map((text) => `${text.slice(0, 60)}…`);
}

/** Creates `tag` with `attributes` in `parent` (the body by default), as a host page does. */
function add<T extends Widget>(tag: string, attributes: Record<string, string> = {}, parent?: Node): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  (parent ?? container()).appendChild(el);
  return el;
}

const containers: HTMLElement[] = [];
function container(attributes: Record<string, string> = {}): HTMLElement {
  const div = document.createElement(attributes.tag ?? 'div');
  for (const [name, value] of Object.entries(attributes)) if (name !== 'tag') div.setAttribute(name, value);
  document.body.append(div);
  containers.push(div);
  return div;
}

/** Waits for the element's update, then for any update that one scheduled (a re-render on a load). */
async function settled(...els: Widget[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    for (const el of els) await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

describe('an element in its own language (lang on any element)', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => void errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent): void => void errors.push(String(event.reason));

  before(async () => {
    await readMessages();
    // The page is English (the test runner's page has no lang).
    await setPageLang('en');
  });
  beforeEach(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    containers.splice(0).forEach((node) => node.remove());
    await resetPage();
    expect(errors.splice(0), 'uncaught errors').to.deep.equal([]);
  });

  // Runs first: no widget has asked for Spanish or Arabic yet on this page.
  it('a lang="es" widget on an English page paints Spanish first: no English while Spanish loads', async () => {
    expect(isLoaded('es'), 'Spanish not loaded before this test').to.equal(false);
    const el = add<DystoniaTypes>('dystonia-types', {lang: 'es'});
    const recording = recordTexts(el);
    await waitUntil(() => shown(el).heading === message(HEADING, 'es'), 'no Spanish', {timeout: 8000});
    await settled(el);
    recording.stop();
    expect(shown(el)).to.deep.equal(expected('es'));
    expect(recording.texts.length, 'texts recorded').to.be.greaterThan(0);
    expect(englishFrames(recording.texts), 'English texts shown').to.deep.equal([]);
    expect(recording.texts[0], 'the first text').to.contain(message(HEADING, 'es'));
  });

  it("switching a widget's lang at run time: es → ar (Spanish kept until Arabic is here) → removed → the page's", async () => {
    expect(isLoaded('ar'), 'Arabic not loaded before this test').to.equal(false);
    const el = add<DystoniaTypes>('dystonia-types', {lang: 'es'});
    await settled(el);
    expect(shown(el)).to.deep.equal(expected('es'));
    const recording = recordTexts(el);
    el.setAttribute('lang', 'ar');
    await waitUntil(() => shown(el).heading === message(HEADING, 'ar'), 'no Arabic', {timeout: 8000});
    await settled(el);
    recording.stop();
    expect(shown(el)).to.deep.equal(expected('ar'));
    expect(englishFrames(recording.texts), 'English texts shown between Spanish and Arabic').to.deep.equal(
      []
    );
    el.removeAttribute('lang');
    await settled(el);
    expect(shown(el), 'lang removed: the page is English').to.deep.equal(expected('en'));
    await setPageLang('es');
    await settled(el);
    expect(shown(el), 'then follows <html lang="es">').to.deep.equal(expected('es'));
  });

  it(`a language whose translation is late: nothing shown, then English after ${LOCALE_TIMEOUT_MS} ms with one warning, then the translation`, async function () {
    this.timeout(LOCALE_TIMEOUT_MS + 10000);
    const warnings = recordWarnings();
    try {
      const el = add<DystoniaTypes>('dystonia-types', {lang: SLOW});
      const recording = recordTexts(el);
      const started = performance.now();
      await new Promise((resolve) => setTimeout(resolve, LOCALE_TIMEOUT_MS - 500));
      expect(englishFrames(recording.texts), `English before ${LOCALE_TIMEOUT_MS} ms`).to.deep.equal([]);
      expect(recording.texts, `texts before ${LOCALE_TIMEOUT_MS} ms`).to.deep.equal([]);
      await waitUntil(() => shown(el).heading === message(HEADING, 'en'), 'no English after the timeout', {
        timeout: 5000,
      });
      expect(performance.now() - started, 'English came after the timeout').to.be.at.least(
        LOCALE_TIMEOUT_MS - 50
      );
      const late = warnings.messages.filter((m) => m.includes(`"${SLOW}" translation`));
      expect(late).to.have.length(1);
      expect(late[0]).to.contain('<dystonia-types>').and.contain(`not here after ${LOCALE_TIMEOUT_MS} ms`);
      releaseSlow();
      await waitUntil(
        () => shown(el).heading === message(HEADING, 'es'),
        'the late translation was not used',
        {
          timeout: 5000,
        }
      );
      expect(shown(el)).to.deep.equal({...expected('es'), lang: SLOW});
      expect(warnings.messages.filter((m) => m.includes(`"${SLOW}" translation`))).to.have.length(1);
    } finally {
      releaseSlow();
      warnings.restore();
    }
  });

  it('a page of mixed languages: lang="es", lang="ar", inside <section lang="es">, and none', async () => {
    const es = add<DystoniaTypes>('dystonia-types', {lang: 'es'});
    const ar = add<DystoniaTypes>('dystonia-types', {lang: 'ar'});
    const inSection = add<DystoniaTypes>('dystonia-types', {}, container({tag: 'section', lang: 'es'}));
    const none = add<DystoniaTypes>('dystonia-types');
    const recordings = [es, ar, inSection, none].map(recordTexts);
    await settled(es, ar, inSection, none);
    recordings.forEach((recording) => recording.stop());
    // Each showed its own language only, from its first text.
    const headings = recordings.map((recording) =>
      recording.texts.map((text) =>
        (['en', 'es', 'ar'] as const).filter((l) => text.includes(message(HEADING, l)))
      )
    );
    expect(headings, 'the languages each showed, text by text').to.deep.equal([
      [['es']],
      [['ar']],
      [['es']],
      [['en']],
    ]);
    expect(shown(es), 'lang="es"').to.deep.equal(expected('es'));
    expect(shown(ar), 'lang="ar"').to.deep.equal(expected('ar'));
    expect(shown(inSection), 'inside <section lang="es">').to.deep.equal(expected('es'));
    expect(shown(none), 'no language: the page’s').to.deep.equal(expected('en'));
    // Right to left is laid out so, not only marked.
    expect(getComputedStyle(ar.shadowRoot!.querySelector('[part="base"]')!).direction).to.equal('rtl');
    expect(getComputedStyle(es.shadowRoot!.querySelector('[part="base"]')!).direction).to.equal('ltr');
  });

  it("an ancestor's lang change re-renders the widgets under it; one with its own lang keeps it", async () => {
    const section = container({tag: 'section', lang: 'es'});
    const inner = document.createElement('div');
    section.append(inner);
    const el = add<DystoniaTypes>('dystonia-types', {}, inner);
    const own = add<DystoniaTypes>('dystonia-types', {lang: 'es'}, inner);
    await settled(el, own);
    expect(shown(el)).to.deep.equal(expected('es'));
    section.lang = 'ar';
    await settled(el, own);
    expect(shown(el), 'section now ar').to.deep.equal(expected('ar'));
    expect(shown(own), 'its own lang="es"').to.deep.equal(expected('es'));
    inner.lang = 'en';
    await settled(el, own);
    expect(shown(el), 'the nearer ancestor lang="en"').to.deep.equal(expected('en'));
    inner.removeAttribute('lang');
    section.removeAttribute('lang');
    await settled(el, own);
    expect(shown(el), 'no ancestor lang: the page’s').to.deep.equal(expected('en'));
    expect(shown(own)).to.deep.equal(expected('es'));
  });

  describe("inside another app's shadow root", () => {
    // A host app built with web components: the widget in a shadow root,
    // under an element with a lang there (a language passes through shadow roots).
    function inShadowRoot(): {
      host: HTMLElement;
      wrapper: HTMLElement;
      inherits: DystoniaTypes;
      own: DystoniaTypes;
    } {
      const host = container();
      const shadow = host.attachShadow({mode: 'open'});
      const wrapper = document.createElement('div');
      wrapper.lang = 'es';
      shadow.append(wrapper);
      const inherits = add<DystoniaTypes>('dystonia-types', {}, wrapper);
      const own = add<DystoniaTypes>('dystonia-types', {lang: 'es'}, shadow);
      return {host, wrapper, inherits, own};
    }

    it("renders in its own lang, or its shadow ancestor's", async () => {
      const {inherits, own} = inShadowRoot();
      await settled(inherits, own);
      expect(shown(inherits), 'under <div lang="es"> in the shadow root').to.deep.equal(expected('es'));
      expect(shown(own), 'its own lang="es"').to.deep.equal(expected('es'));
    });

    it('re-renders when its own lang changes', async () => {
      const {inherits, own} = inShadowRoot();
      await settled(inherits, own);
      own.setAttribute('lang', 'ar');
      await settled(own);
      expect(shown(own), 'its own lang changed to "ar"').to.deep.equal(expected('ar'));
      own.removeAttribute('lang');
      await settled(own);
      expect(shown(own), "its own lang removed: the page's").to.deep.equal(expected('en'));
    });

    it("re-renders when its shadow ancestor's lang changes", async () => {
      const {wrapper, inherits, own} = inShadowRoot();
      await settled(inherits, own);
      wrapper.lang = 'ar';
      await settled(inherits);
      expect(shown(inherits), 'its shadow ancestor changed to "ar"').to.deep.equal(expected('ar'));
    });

    it("re-renders when the shadow host's lang (in the page) changes", async () => {
      const {host, wrapper, inherits} = inShadowRoot();
      wrapper.removeAttribute('lang');
      await settled(inherits);
      expect(shown(inherits), "no lang above it: the page's").to.deep.equal(expected('en'));
      host.lang = 'es';
      await settled(inherits);
      expect(shown(inherits), 'the shadow host lang="es"').to.deep.equal(expected('es'));
    });
  });

  it("setLocale('ar') beside them changes only the widgets without a language of their own", async () => {
    const es = add<DystoniaTypes>('dystonia-types', {lang: 'es'});
    const inSection = add<DystoniaTypes>('dystonia-types', {}, container({tag: 'section', lang: 'es'}));
    const none = add<DystoniaTypes>('dystonia-types');
    await settled(es, inSection, none);
    await setLocale('ar');
    await settled(es, inSection, none);
    expect(shown(none), 'no language: the page’s, now Arabic').to.deep.equal(expected('ar'));
    expect(shown(es), 'lang="es"').to.deep.equal(expected('es'));
    expect(shown(inSection), 'inside <section lang="es">').to.deep.equal(expected('es'));
    // An element's lang="en" is a language of its own too: not the page's.
    const en = add<DystoniaTypes>('dystonia-types', {lang: 'en'});
    await settled(en);
    expect(shown(en), 'lang="en" on an Arabic page').to.deep.equal(expected('en'));
    await setLocale(undefined);
    await settled(es, inSection, none, en);
    expect(shown(none), 'setLocale(undefined): <html lang="en"> again').to.deep.equal(expected('en'));
    expect(shown(es)).to.deep.equal(expected('es'));
  });

  it('the order: own lang, ancestor lang, setLocale(), page config "locale", <html lang>', async () => {
    addPageConfig('{"locale": "ar"}');
    const none = add<DystoniaTypes>('dystonia-types');
    const inSection = add<DystoniaTypes>('dystonia-types', {}, container({tag: 'section', lang: 'en'}));
    const own = add<DystoniaTypes>('dystonia-types', {lang: 'es'}, container({lang: 'ar'}));
    await settled(none, inSection, own);
    expect(shown(none), 'page config "locale": "ar" over <html lang="en">').to.deep.equal(expected('ar'));
    expect(shown(inSection), 'an ancestor lang="en" over the page config').to.deep.equal(expected('en'));
    expect(shown(own), 'its own lang="es" over its parent’s "ar"').to.deep.equal(expected('es'));
    await setLocale('es');
    await settled(none, inSection, own);
    expect(shown(none), 'setLocale() over the page config').to.deep.equal(expected('es'));
    expect(shown(inSection), 'an ancestor lang over setLocale()').to.deep.equal(expected('en'));
  });

  it('the guide with lang="es" on an English page: its navigation and every section in Spanish', async () => {
    // A phone number, so that the guide shows its call to action.
    addPageConfig('{"phone": "+1 (555) 010-0199"}');
    const el = add<DystoniaGuide>('dystonia-guide', {lang: 'es'});
    const h = guideHarness(el);
    await settled(el);
    await h.settled();
    await settled(el, ...h.sections());
    const base = h.base();
    expect([base.getAttribute('lang'), base.getAttribute('dir')]).to.deep.equal(['es', 'ltr']);
    expect(textOf(h.navHeading())).to.equal(message('guide.nav.label', 'es'));
    const headings = ['causes.heading', 'types.heading', 'symptoms.heading', 'clinic.heading.neutral'];
    // <inquiry-cta> is registered (imported above): the guide shows it last, with a heading.
    const sectionHeadings = [...headings, 'cta.heading.neutral'];
    expect(h.links().map(textOf), 'navigation links').to.deep.equal(
      ['guide.testimonials.heading', ...sectionHeadings].map((id) => message(id, 'es'))
    );
    expect(h.sectionHeadings().map(textOf), 'section headings').to.deep.equal(
      sectionHeadings.map((id) => message(id, 'es'))
    );
    const sections = h.sections();
    expect(sections.map((s) => s.localName)).to.include('inquiry-cta');
    for (const section of sections) {
      const wrapper = section.shadowRoot!.querySelector('[part="base"]')!;
      expect(
        [wrapper.getAttribute('lang'), wrapper.getAttribute('dir')],
        `<${section.localName}>`
      ).to.deep.equal(['es', 'ltr']);
    }
    // The body map inside the symptoms section, two shadow roots down.
    const symptoms = sections.find((s) => s.localName === 'dystonia-symptoms')!;
    const areas = symptoms.shadowRoot!.querySelector<Widget>('symptom-areas')!;
    await settled(areas);
    expect(
      areas.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'),
      '<symptom-areas>'
    ).to.equal('es');
    const testimonial = sections.find((s) => s.localName === 'patient-testimonial')!;
    expect(
      testimonial.shadowRoot!.querySelector('[aria-label]')!.getAttribute('aria-label'),
      '<patient-testimonial> label'
    ).to.equal(message('testimonials.label', 'es'));
    const cta = sections.find((s) => s.localName === 'inquiry-cta')!;
    expect(textOf(cta.shadowRoot!.querySelector('[part="heading"]')), '<inquiry-cta> heading').to.equal(
      message('cta.heading.neutral', 'es')
    );
  });

  it('the guide follows its lang changing: es → ar → removed, every section with it', async () => {
    addPageConfig('{"phone": "+1 (555) 010-0199"}');
    const el = add<DystoniaGuide>('dystonia-guide', {lang: 'es'});
    const h = guideHarness(el);
    await settled(el, ...h.sections());
    const headings = [
      'causes.heading',
      'types.heading',
      'symptoms.heading',
      'clinic.heading.neutral',
      'cta.heading.neutral',
    ];
    for (const [lang, locale] of [
      ['ar', 'ar'],
      [null, 'en'],
      ['es', 'es'],
    ] as const) {
      if (lang) el.setAttribute('lang', lang);
      else el.removeAttribute('lang');
      await settled(el, ...h.sections());
      await settled(el, ...h.sections());
      expect(h.sectionHeadings().map(textOf), `lang=${lang}`).to.deep.equal(
        headings.map((id) => message(id, locale))
      );
      for (const section of h.sections())
        expect(
          section.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'),
          `<${section.localName}>`
        ).to.equal(locale);
    }
  });

  it('lang="fr" gives English with exactly one warning, however many widgets and renders', async () => {
    const warnings = recordWarnings();
    try {
      const first = add<DystoniaTypes>('dystonia-types', {lang: 'fr'});
      const second = add<DystoniaTypes>('dystonia-types', {lang: 'fr'});
      await settled(first, second);
      first.requestUpdate();
      second.requestUpdate();
      await settled(first, second);
      expect(shown(first)).to.deep.equal(expected('en'));
      expect(shown(second)).to.deep.equal(expected('en'));
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<dystonia-types>: no translation for lang="fr"');
      expect(warnings.messages[0]).to.contain('showing English');
    } finally {
      warnings.restore();
    }
  });

  it('lang set to junk, again and again, never throws, and a real language still works after', async () => {
    const junk = [
      '',
      ' ',
      '\t\n ',
      'x'.repeat(10000),
      '\u202eAR',
      '\u2067es\u2069',
      '\u200fes',
      'es\u0000',
      '__proto__',
      'constructor',
      'es-',
      '-',
      '<b>es</b>',
    ];
    const warnings = recordWarnings();
    try {
      const el = add<DystoniaTypes>('dystonia-types');
      const parent = el.parentElement!;
      for (let round = 0; round < 3; round++) {
        for (const value of junk) {
          el.setAttribute('lang', value);
          parent.setAttribute('lang', value);
          // Every other round without waiting: changes pile up before a render.
          if (round !== 1) await settled(el);
        }
      }
      el.removeAttribute('lang');
      parent.removeAttribute('lang');
      await settled(el);
      expect(shown(el)).to.deep.equal(expected('en'));
      el.lang = 'es';
      await settled(el);
      expect(shown(el)).to.deep.equal(expected('es'));
      // Each warning quotes the value cut short, without bidi controls.
      for (const warning of warnings.messages) expect(warning.length, warning.slice(0, 80)).to.be.below(400);
    } finally {
      warnings.restore();
    }
  });

  for (const locale of ['en', 'es', 'ar'] as const) {
    it(`passes axe with lang="${locale}" on an English page`, async () => {
      const el = add<DystoniaTypes>('dystonia-types', {lang: locale});
      await settled(el);
      expect(shown(el)).to.deep.equal(expected(locale));
      await expect(el).to.be.accessible();
      addPageConfig('{"phone": "+1 (555) 010-0199"}');
      const guide = add<DystoniaGuide>('dystonia-guide', {lang: locale});
      await settled(guide, ...guideHarness(guide).sections());
      expect(guideHarness(guide).sections().at(-1)!.localName, 'with its call to action').to.equal(
        'inquiry-cta'
      );
      await expect(guide).to.be.accessible();
    });
  }
});
