import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {pageConfig} from '../../src/core/config.js';
import {getLocale, localeReady} from '../../src/core/locale.js';
import type {DystoniaTypes} from '../../src/elements/dystonia-types/dystonia-types.js';
import type {InquiryCta} from '../../src/elements/inquiry-cta/inquiry-cta.js';
import {harness, InquiryCtaHarness} from '../harness/inquiry-cta.js';
import {addPageConfig, recordWarnings, resetPage, setPageLang, textOf} from '../helpers.js';

/*
 * Another script's prototype-pollution bug (`Object.prototype.x = …`) must
 * not steer the widgets (DESIGN.md, security: configuration and options are
 * read from own properties only). Each test pollutes Object.prototype in
 * beforeEach and always removes every polluted key in afterEach, so other
 * test files never see it. Assertions compare strings and booleans: a
 * failing expect() on an element can hang the runner's serializer, the more
 * so with a polluted prototype.
 */

type Widget = HTMLElement & {updateComplete: Promise<unknown>; requestUpdate(): void};

/** What the polluting script sets: every page config key. */
const CONFIG_POLLUTION: Record<string, unknown> = {
  inquiryUrl: 'https://evil.example/collect',
  phone: '+1 555 0100',
  debug: true,
  locale: 'ar',
  clinicName: 'Evil Clinic',
  contactUrl: 'https://evil.example/contact',
  privacyUrl: 'https://evil.example/privacy',
  attribution: 'A stranger',
};

/**
 * The inquiry form's field names, its state and the options it reads: what
 * made the clinic's real form impossible to send.
 */
const FORM_POLLUTION: Record<string, unknown> = {
  name: 'Polluted name',
  email: 'polluted',
  phone: 'polluted',
  message: 'Polluted message',
  consent: 'polluted',
  contactMethod: 'email',
  website: 'polluted',
  errors: {name: 'Polluted error', email: 'Polluted error', phone: 'Polluted error'},
  status: 'success',
  form: 'polluted',
  values: {name: 'Polluted'},
  // fetch()'s options: a no-cors request drops the JSON content type and hides the answer.
  mode: 'no-cors',
  integrity: 'sha256-polluted',
};

const polluted = new Set<string>();

/** Sets keys on Object.prototype as a polluting script does (enumerable, writable). */
function pollute(keys: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(keys)) {
    (Object.prototype as Record<string, unknown>)[key] = value;
    polluted.add(key);
  }
}

/** Removes every polluted key; safe to call twice. */
function cleanUp(): void {
  for (const key of polluted) delete (Object.prototype as Record<string, unknown>)[key];
  polluted.clear();
}

/** Uncaught errors and rejections while a test runs (a throw in a Lit update is a rejection). */
const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(String(event.error ?? event.message));
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Renders, recording a throw instead of failing on it (it is checked separately). */
async function render<T extends Widget>(template: ReturnType<typeof html>): Promise<T> {
  try {
    return await fixture<T>(template);
  } catch (error) {
    uncaught.push(String(error));
    return document.querySelector<T>('[data-polluted-fixture]') as T;
  }
}

const LOG = `pollution-${Math.random().toString(36).slice(2)}`;
const endpoint = (mode: string, query = '') => `/api/inquiry/${mode}?log=${LOG}${query}`;

/** The requests the local endpoint received, each body as sent (read after cleanUp()). */
async function receivedBodies(): Promise<string[]> {
  const response = await fetch(`/api/inquiry/received?log=${LOG}`, {cache: 'no-store'});
  return ((await response.json()) as Array<{body: string}>).map((request) => request.body);
}

/** Requests to the polluted hosts, from the page's resource timing. */
const evilRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('evil.example'));

const panelOf = (el: Element): Element | null =>
  el.shadowRoot?.querySelector('[role="region"][aria-label="Debug"]') ?? null;

describe('a polluted Object.prototype', function () {
  this.timeout(20_000);

  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(async () => {
    try {
      cleanUp();
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      await resetPage();
    }
  });

  describe('with every page config key set on it', () => {
    beforeEach(() => pollute(CONFIG_POLLUTION));

    it('leaves a contact-link-only <inquiry-cta> without a form, a phone link or another name', async () => {
      const el = await render<InquiryCta>(
        html`<inquiry-cta data-polluted-fixture href="https://clinic.example/contact"></inquiry-cta>`
      );
      // Whatever the form's code would need, it has had time to load.
      await sleep(300);
      await el.updateComplete;
      const h = harness(el);
      expect(h.root.querySelector('form') === null, 'a form is shown').to.equal(true);
      expect(h.part('phone') === null, 'a phone link is shown').to.equal(true);
      expect(h.part('link')?.getAttribute('href') ?? '').to.equal('https://clinic.example/contact');
      expect(textOf(h.root.querySelector('h2'))).to.equal('Request More Information Today');
      expect(h.all('a').length, 'links').to.equal(1);
      expect(evilRequests().join(' '), 'requests to the polluted URLs').to.equal('');
      expect(uncaught.join(' '), 'uncaught errors').to.equal('');
    });

    it('sends nothing from a contact-link-only <inquiry-cta>, even when a person tries', async () => {
      await fetch(`/api/inquiry/received?log=${LOG}`, {method: 'DELETE'});
      // A polluted endpoint that answers (the local one): a form would post there.
      pollute({inquiryUrl: endpoint('ok')});
      const el = await render<InquiryCta>(
        html`<inquiry-cta data-polluted-fixture href="https://clinic.example/contact"></inquiry-cta>`
      );
      await sleep(300);
      await el.updateComplete;
      const h = harness(el);
      const controls = h.all('button, input, textarea').length;
      // Where a form shows, a person fills it in and sends it.
      if (h.root.querySelector('form')) {
        await h.fillValid();
        await h.submit();
        await sleep(500);
      }
      cleanUp();
      expect(controls, 'form controls').to.equal(0);
      expect((await receivedBodies()).length, 'requests the polluted endpoint received').to.equal(0);
      expect(evilRequests().join(' '), 'requests to the polluted URLs').to.equal('');
    });

    it('keeps the debug panel off', async () => {
      const el = await render<Widget>(html`<dystonia-causes data-polluted-fixture></dystonia-causes>`);
      // The panel loads lazily: give it time to come, then render again.
      await sleep(500);
      el.requestUpdate();
      await el.updateComplete;
      expect(panelOf(el) !== null, 'a debug panel shows').to.equal(false);
      expect(textOf(el.shadowRoot).includes('Debug'), 'debug text').to.equal(false);
    });

    it('keeps the page in English', async () => {
      const el = await render<Widget>(html`<dystonia-causes data-polluted-fixture></dystonia-causes>`);
      await localeReady();
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(getLocale()).to.equal('en');
      expect(base.getAttribute('lang')).to.equal('en');
      expect(base.getAttribute('dir')).to.equal('ltr');
      expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('What Causes Dystonia?');
    });

    it('keeps the language of <html lang>', async () => {
      await setPageLang('es');
      const el = await render<Widget>(html`<dystonia-causes data-polluted-fixture></dystonia-causes>`);
      await localeReady();
      await el.updateComplete;
      expect(getLocale()).to.equal('es');
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('ltr');
    });

    it('keeps the language of the page config', async () => {
      addPageConfig('{"locale": "es"}');
      const el = await render<Widget>(html`<dystonia-causes data-polluted-fixture></dystonia-causes>`);
      await localeReady();
      await el.updateComplete;
      expect(getLocale()).to.equal('es');
    });

    it('gives the clinic name and attribution only from the page’s own settings', async () => {
      const approach = await render<Widget>(html`<clinic-approach data-polluted-fixture></clinic-approach>`);
      expect(textOf(approach.shadowRoot!.querySelector('h2'))).to.equal('How Our Clinic Can Help');
      approach.remove();
      const quote = await render<Widget>(
        html`<patient-testimonial data-polluted-fixture index="0"></patient-testimonial>`
      );
      expect(textOf(quote.shadowRoot!.querySelector('[part="attribution"]'))).to.equal('Patient');
    });

    it('is not read as page config: pageConfig() has only the page’s keys', async () => {
      addPageConfig('{"contactUrl": "https://clinic.example/contact"}');
      const config = pageConfig('test');
      expect(config.contactUrl).to.equal('https://clinic.example/contact');
      expect(String(config.inquiryUrl)).to.equal('undefined');
      expect(String(config.debug)).to.equal('undefined');
      expect(String(config.locale)).to.equal('undefined');
      expect(String(config.phone)).to.equal('undefined');
    });
  });

  describe('with the inquiry form’s field names set on it', () => {
    beforeEach(async () => {
      await fetch(`/api/inquiry/received?log=${LOG}`, {method: 'DELETE'});
      pollute(FORM_POLLUTION);
    });

    it('the clinic’s form can still be filled in and sent; exactly the typed fields arrive', async () => {
      const el = await render<InquiryCta>(
        html`<inquiry-cta data-polluted-fixture action=${endpoint('ok')}></inquiry-cta>`
      );
      const h = harness(el);
      expect(h.root.querySelector('form') !== null, 'the form is shown').to.equal(true);
      // Nothing is marked as an error before the person does anything.
      const invalid = h.all('[aria-invalid="true"]').map((control) => control.id);
      expect(invalid.join(' '), 'fields marked invalid').to.equal('');
      expect(h.all('[part="error"]').length, 'error messages').to.equal(0);

      await h.typeInto('name', 'Ana Ruiz');
      await h.typeInto('email', 'ana@example.com');
      await h.typeInto('message', 'Can I visit on a Saturday?');
      await InquiryCtaHarness.click(h.radio('email').closest('label')!);
      await h.agree();
      await el.updateComplete;
      expect(h.control('name').value).to.equal('Ana Ruiz');
      expect(h.radio('email').checked, 'email chosen').to.equal(true);

      let succeeded = false;
      let failed = '';
      el.addEventListener('dw-inquiry-success', () => (succeeded = true));
      el.addEventListener('dw-inquiry-error', (event) => (failed = event.detail.reason));
      await InquiryCtaHarness.click(h.submitButton());
      // Success, a failure, or the form refusing to send (its fields marked invalid).
      await waitUntil(() => succeeded || failed || h.statusText().startsWith('Please check'), 'no outcome', {
        timeout: 8000,
      });
      await el.updateComplete;
      const status = h.statusText();
      const success = textOf(h.part('success'));
      cleanUp();

      expect(failed, 'dw-inquiry-error reason').to.equal('');
      expect(status, 'status under the send button').to.equal('');
      expect(succeeded, 'dw-inquiry-success').to.equal(true);
      expect(success).to.equal('Thank you. Your request has been sent.');
      const bodies = await receivedBodies();
      expect(bodies.length, 'requests').to.equal(1);
      expect(bodies[0]).to.equal(
        JSON.stringify({
          name: 'Ana Ruiz',
          email: 'ana@example.com',
          phone: '',
          contactMethod: 'email',
          message: 'Can I visit on a Saturday?',
          consent: true,
          locale: 'en',
        })
      );
      expect(uncaught.join(' '), 'uncaught errors').to.equal('');
    });

    it('a 4xx without field errors is not read as the polluted field errors', async () => {
      const el = await render<InquiryCta>(
        html`<inquiry-cta data-polluted-fixture action=${endpoint('invalid', '&fields=other')}></inquiry-cta>`
      );
      const h = harness(el);
      await h.fillValid();
      let reason = '';
      el.addEventListener('dw-inquiry-error', (event) => (reason = event.detail.reason));
      await h.submit();
      await waitUntil(() => reason, 'no dw-inquiry-error', {timeout: 8000});
      await el.updateComplete;
      expect(reason).to.equal('http');
      expect(h.statusText()).to.equal(
        'The clinic could not accept your request. Please check your details and try again.'
      );
      expect(h.all('[part="error"]').length, 'field error messages').to.equal(0);
    });
  });

  describe('with the keys the elements look up by id set on it', () => {
    it('headings get no id or class from it', async () => {
      pollute({id: 'polluted', className: 'polluted', part: 'polluted'});
      const el = await render<Widget>(html`<dystonia-causes data-polluted-fixture></dystonia-causes>`);
      const h2 = el.shadowRoot!.querySelector('h2')!;
      expect(h2.id).to.equal('');
      expect(h2.className).to.equal('heading');
      expect(h2.getAttribute('part')).to.equal('heading');
    });

    it('<symptom-areas selected> with an area id set on it selects that area and does not throw', async () => {
      pollute({eyes: 1, neck: 1, 'face-head-neck': 1, 'vocal-cords': 1, 'hand-forearm': 1});
      const el = await render<Widget>(
        html`<symptom-areas data-polluted-fixture selected="eyes"></symptom-areas>`
      );
      await el.updateComplete;
      expect(uncaught.join(' '), 'uncaught errors').to.equal('');
      const selected = [...el.shadowRoot!.querySelectorAll('[aria-pressed="true"]')].map(textOf);
      expect(selected.join('|')).to.equal('Eyes');
      const related = [...el.shadowRoot!.querySelectorAll('.region.related')].length;
      expect(related, 'regions drawn as related').to.equal(0);
    });

    it('<dystonia-types reveal()> still moves focus by default', async () => {
      pollute({focus: false});
      const el = await render<DystoniaTypes>(html`<dystonia-types data-polluted-fixture></dystonia-types>`);
      await el.reveal(['cervical']);
      expect(el.shadowRoot!.activeElement?.id ?? '').to.equal('summary-cervical');
      expect(el.open).to.equal('cervical');
    });

    it('<patient-testimonial rotate> still rotates', async () => {
      pollute({timer: 1, period: 1});
      const el = await render<Widget>(
        html`<patient-testimonial data-polluted-fixture rotate="1"></patient-testimonial>`
      );
      const position = () => textOf(el.shadowRoot!.querySelector('[part="position"]'));
      expect(position()).to.equal('1 of 2');
      await waitUntil(() => position() === '2 of 2', 'did not rotate', {timeout: 4000});
    });

    for (const value of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      it(`open, filter and selected = "${value}" give the fallback with one warning each`, async () => {
        pollute({all: 'polluted', focal: 'polluted', eyes: 'polluted', syndromes: 'polluted'});
        const warnings = recordWarnings();
        try {
          const types = await render<Widget>(
            html`<dystonia-types data-polluted-fixture open=${value} filter=${value}></dystonia-types>`
          );
          const areas = await render<Widget>(
            html`<symptom-areas data-polluted-fixture selected=${value}></symptom-areas>`
          );
          await types.updateComplete;
          await areas.updateComplete;
          expect(uncaught.join(' '), 'uncaught errors').to.equal('');
          // The fallback: every type shown, none open; no area selected.
          expect(types.shadowRoot!.querySelectorAll('[part="item"]').length, 'types shown').to.equal(14);
          expect(types.shadowRoot!.querySelectorAll('[aria-expanded="true"]').length, 'open').to.equal(0);
          expect(areas.shadowRoot!.querySelectorAll('[aria-pressed="true"]').length, 'selected').to.equal(0);
          const count = (attribute: string) =>
            warnings.messages.filter((m) => m.includes(`${attribute}="${value}"`)).length;
          expect(count('open'), 'warnings about open').to.equal(1);
          expect(count('filter'), 'warnings about filter').to.equal(1);
          expect(count('selected'), 'warnings about selected').to.equal(1);
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('page config with a "__proto__" key', () => {
    it('is an unknown key: it changes neither the settings nor Object.prototype', async () => {
      const warnings = recordWarnings();
      try {
        // JSON.parse makes "__proto__" an own key (object literals would set the prototype).
        addPageConfig(
          '{"__proto__": {"inquiryUrl": "https://evil.example/collect", "debug": true, ' +
            '"phone": "555 0100", "locale": "ar"}, "contactUrl": "https://clinic.example/contact"}'
        );
        const el = await render<InquiryCta>(html`<inquiry-cta data-polluted-fixture></inquiry-cta>`);
        await sleep(300);
        await localeReady();
        await el.updateComplete;
        const h = harness(el);
        expect(h.part('link')?.getAttribute('href') ?? '').to.equal('https://clinic.example/contact');
        expect(h.root.querySelector('form') === null, 'a form is shown').to.equal(true);
        expect(h.part('phone') === null, 'a phone link is shown').to.equal(true);
        expect(panelOf(el) !== null, 'a debug panel shows').to.equal(false);
        expect(getLocale()).to.equal('en');
        expect(String(({} as Record<string, unknown>).inquiryUrl), 'Object.prototype').to.equal('undefined');
        expect(String(pageConfig('test').inquiryUrl), 'page config inquiryUrl').to.equal('undefined');
        const unknown = warnings.messages.filter((m) => m.includes('unknown key(s) "__proto__"'));
        expect(unknown.length, 'warnings about the "__proto__" key').to.equal(1);
      } finally {
        warnings.restore();
      }
    });
  });
});
