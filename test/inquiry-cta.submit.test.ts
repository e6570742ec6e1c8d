import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/elements/inquiry-cta/define.js';
import type {InquiryCta} from '../src/elements/inquiry-cta/define.js';
import {InquiryCtaHarness, harness} from './harness/inquiry-cta.js';
import {addPageConfig, recordWarnings, resetPage, setPageLang, textOf} from './helpers.js';

/*
 * The inquiry form against the real endpoint of test/server/inquiry-endpoint.mjs:
 * typed with the keyboard, clicked with the mouse, and checked at both ends —
 * what the endpoint received, and what the person sees.
 */

const LOG = `submit-${Math.random().toString(36).slice(2)}`;
const endpoint = (mode: string, query = '') => `/api/inquiry/${mode}?log=${LOG}${query}`;

interface Received {
  mode: string;
  method: string;
  contentType: string | null;
  body: string;
  cookie: string | null;
}

async function received(): Promise<Received[]> {
  const response = await fetch(`/api/inquiry/received?log=${LOG}`, {cache: 'no-store'});
  return (await response.json()) as Received[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Typed {
  name?: string;
  email?: string;
  phone?: string;
  method?: 'email' | 'phone';
  message?: string;
  consent?: boolean;
}

const PERSON: Required<Typed> = {
  name: 'Ana Ruiz',
  email: 'ana@example.com',
  phone: '+34 612 345 678',
  method: 'phone',
  message: 'Can I visit on a Saturday?',
  consent: true,
};

/** Fills the form as a person does: typing, a click on a choice, Space on the consent box. */
async function fillForm(el: InquiryCta, typed: Typed = PERSON): Promise<void> {
  for (const id of ['name', 'email', 'phone', 'message'] as const) {
    if (typed[id]) await harness(el).typeInto(id, typed[id]);
  }
  if (typed.method) await InquiryCtaHarness.click(harness(el).radio(typed.method).closest('label')!);
  if (typed.consent) {
    harness(el).control('consent').focus();
    await sendKeys({press: ' '});
  }
  await el.updateComplete;
}

/** What a person sees in the form now. */
function shown(el: InquiryCta): Typed {
  const method = harness(el).radio('email').checked
    ? 'email'
    : harness(el).radio('phone').checked
      ? 'phone'
      : undefined;
  return {
    name: harness(el).control('name').value,
    email: harness(el).control('email').value,
    phone: harness(el).control('phone').value,
    method,
    message: harness(el).control<HTMLTextAreaElement>('message').value,
    consent: harness(el).control('consent').checked,
  };
}

const EXPECTED_PAYLOAD = {
  name: 'Ana Ruiz',
  email: 'ana@example.com',
  phone: '+34 612 345 678',
  contactMethod: 'phone',
  message: 'Can I visit on a Saturday?',
  consent: true,
  locale: 'en',
};

describe('<inquiry-cta> submission', () => {
  beforeEach(async () => {
    await fetch(`/api/inquiry/received?log=${LOG}`, {method: 'DELETE'});
  });
  // No resetMouse(): clicks release the button, and resetting the mouse of a
  // page in a background tab (concurrent test files) stalls for seconds.
  afterEach(resetPage);

  describe('success', () => {
    it('sends nothing while the form is shown and filled in; sends JSON once submitted', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await fillForm(el);
      expect(await received(), 'requests before submitting').to.deep.equal([]);

      const success = oneEvent(el, 'dw-inquiry-success');
      await InquiryCtaHarness.click(harness(el).submitButton());
      const event = await success;
      expect(event.detail).to.deep.equal({status: 200});
      expect(event.bubbles && event.composed).to.equal(true);

      const requests = await received();
      expect(requests).to.have.length(1);
      expect(requests[0].method).to.equal('POST');
      expect(requests[0].contentType).to.equal('application/json');
      expect(JSON.parse(requests[0].body)).to.deep.equal(EXPECTED_PAYLOAD);
    });

    it('replaces the form with a focused thank-you message', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await fillForm(el);
      const success = oneEvent(el, 'dw-inquiry-success');
      await InquiryCtaHarness.click(harness(el).submitButton());
      await success;
      await el.updateComplete;
      const message = harness(el).root.querySelector<HTMLElement>('[part="success"]')!;
      expect(textOf(message)).to.equal('Thank you. Your request has been sent.');
      expect(message.tabIndex).to.equal(-1);
      expect(harness(el).root.activeElement).to.equal(message);
      expect(harness(el).root.querySelector('form')).to.equal(null);
      // The heading and the encouraging line stay.
      expect(textOf(harness(el).root.querySelector('h2'))).to.equal('Request More Information Today');
    });

    it('sends application/x-www-form-urlencoded with encoding="form"', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta action=${endpoint('ok')} encoding="form"></inquiry-cta>`
      );
      await fillForm(el);
      const success = oneEvent(el, 'dw-inquiry-success');
      await InquiryCtaHarness.click(harness(el).submitButton());
      await success;
      const [request] = await received();
      expect(request.contentType).to.match(/^application\/x-www-form-urlencoded\b/);
      expect(Object.fromEntries(new URLSearchParams(request.body))).to.deep.equal({
        ...EXPECTED_PAYLOAD,
        consent: 'true',
      });
    });

    it('sends empty strings for the optional fields left empty', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await fillForm(el, {name: 'Li Wei', email: 'li@example.org', consent: true});
      const success = oneEvent(el, 'dw-inquiry-success');
      await sendKeys({press: 'Enter'}); // from the focused consent box: implicit submission
      await success;
      const [request] = await received();
      expect(JSON.parse(request.body)).to.deep.equal({
        name: 'Li Wei',
        email: 'li@example.org',
        phone: '',
        contactMethod: '',
        message: '',
        consent: true,
        locale: 'en',
      });
    });

    it('accepts a 204 with no body as success', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('empty')}></inquiry-cta>`);
      await fillForm(el);
      const success = oneEvent(el, 'dw-inquiry-success');
      await InquiryCtaHarness.click(harness(el).submitButton());
      expect((await success).detail).to.deep.equal({status: 204});
    });

    it('takes the endpoint from page config "inquiryUrl"', async () => {
      addPageConfig(JSON.stringify({inquiryUrl: endpoint('ok')}));
      const el = await fixture<InquiryCta>(html`<inquiry-cta></inquiry-cta>`);
      await fillForm(el);
      const success = oneEvent(el, 'dw-inquiry-success');
      await InquiryCtaHarness.click(harness(el).submitButton());
      await success;
      expect(await received()).to.have.length(1);
    });

    it('sends the locale the form was used in', async () => {
      await setPageLang('es');
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await fillForm(el);
      const success = oneEvent(el, 'dw-inquiry-success');
      await InquiryCtaHarness.click(harness(el).submitButton());
      await success;
      const [request] = await received();
      expect(JSON.parse(request.body).locale).to.equal('es');
    });
  });

  describe('validation before sending', () => {
    it('an empty form shows an error next to each required field, focuses the first, sends nothing', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      let events = 0;
      for (const name of ['dw-inquiry-submit', 'dw-inquiry-error', 'dw-inquiry-success']) {
        el.addEventListener(name, () => events++);
      }
      await InquiryCtaHarness.click(harness(el).submitButton());
      await el.updateComplete;
      expect(harness(el).errorOf('name')).to.equal('Enter your name.');
      expect(harness(el).errorOf('email')).to.equal('Enter an email address or a phone number.');
      expect(harness(el).errorOf('phone')).to.equal(undefined);
      expect(harness(el).errorOf('message')).to.equal(undefined);
      expect(harness(el).errorOf('consent')).to.equal('Check the box to agree, so that we can reply.');
      for (const id of ['name', 'email', 'consent']) {
        expect(harness(el).control(id).getAttribute('aria-invalid'), id).to.equal('true');
      }
      expect(harness(el).control('phone').getAttribute('aria-invalid')).to.equal('false');
      // The e-mail field keeps its hint and gains the error.
      expect(harness(el).control('email').getAttribute('aria-describedby')).to.equal(
        'reply-hint email-error'
      );
      expect(harness(el).root.activeElement).to.equal(harness(el).control('name'));
      expect(harness(el).statusText()).to.equal('Please check the fields marked with an error.');
      await sleep(100);
      expect(await received()).to.deep.equal([]);
      expect(events).to.equal(0);
    });

    it('uses its own messages, not the browser’s validation bubbles', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      const form = harness(el).root.querySelector('form')!;
      expect(form.noValidate).to.equal(true);
      let invalidEvents = 0;
      form.addEventListener('invalid', () => invalidEvents++, true);
      await InquiryCtaHarness.click(harness(el).submitButton());
      expect(invalidEvents).to.equal(0);
    });

    it('checks email and phone syntax', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await fillForm(el, {name: 'Ana', email: 'ana@example', phone: '555-CALL-NOW', consent: true});
      await InquiryCtaHarness.click(harness(el).submitButton());
      await el.updateComplete;
      expect(harness(el).errorOf('name')).to.equal(undefined);
      expect(harness(el).errorOf('email')).to.equal('Enter an email address like name@example.com.');
      expect(harness(el).errorOf('phone')).to.equal(
        'Enter a phone number using only digits, spaces and + ( ) - .'
      );
      expect(harness(el).root.activeElement).to.equal(harness(el).control('email'));
      expect(await received()).to.deep.equal([]);
    });

    it('requires the preferred way to reply to be filled in', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await fillForm(el, {name: 'Ana', email: 'ana@example.com', method: 'phone', consent: true});
      await InquiryCtaHarness.click(harness(el).submitButton());
      await el.updateComplete;
      expect(harness(el).errorOf('email')).to.equal(undefined);
      expect(harness(el).errorOf('phone')).to.equal('Enter the phone number we should call.');
      expect(harness(el).root.activeElement).to.equal(harness(el).control('phone'));

      const other = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await fillForm(other, {name: 'Ana', phone: '555 0100', method: 'email', consent: true});
      await InquiryCtaHarness.click(harness(other).submitButton());
      await other.updateComplete;
      expect(harness(other).errorOf('email')).to.equal('Enter the email address we should reply to.');
      expect(harness(other).errorOf('phone')).to.equal(undefined);
      expect(await received()).to.deep.equal([]);
    });

    it('a field’s error goes away when the person corrects it, and the form then sends', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await fillForm(el, {email: 'ana@example.com', consent: true});
      await InquiryCtaHarness.click(harness(el).submitButton());
      await el.updateComplete;
      expect(harness(el).root.activeElement).to.equal(harness(el).control('name'));
      await sendKeys({type: 'Ana'});
      await el.updateComplete;
      expect(harness(el).errorOf('name')).to.equal(undefined);
      expect(harness(el).control('name').getAttribute('aria-invalid')).to.equal('false');
      const success = oneEvent(el, 'dw-inquiry-success');
      await sendKeys({press: 'Enter'});
      await success;
      expect(await received()).to.have.length(1);
    });
  });

  describe('failures keep what was typed', () => {
    const cases: Array<{
      mode: string;
      query?: string;
      timeout?: string;
      status: number;
      reason: string;
      says: string;
    }> = [
      {
        mode: 'drop',
        status: 0,
        reason: 'network',
        says: 'We could not reach the clinic. Check your internet connection and try again.',
      },
      {
        mode: 'slow',
        timeout: '1',
        status: 0,
        reason: 'timeout',
        says: 'The clinic took too long to answer. Please try again.',
      },
      {
        mode: 'error',
        status: 500,
        reason: 'http',
        says: 'Something went wrong and we could not confirm your request. Please try again later.',
      },
      {
        mode: 'rejected',
        status: 403,
        reason: 'http',
        says: 'The clinic could not accept your request. Please check your details and try again.',
      },
      {
        mode: 'malformed',
        status: 200,
        reason: 'invalid-response',
        says: 'Something went wrong and we could not confirm your request. Please try again later.',
      },
      {
        mode: 'html',
        status: 200,
        reason: 'invalid-response',
        says: 'Something went wrong and we could not confirm your request. Please try again later.',
      },
    ];

    for (const c of cases) {
      it(`${c.mode}: says so, fires dw-inquiry-error {status: ${c.status}, reason: '${c.reason}'}, and a retry sends the same`, async () => {
        const el = await fixture<InquiryCta>(
          html`<inquiry-cta action=${endpoint(c.mode)} timeout=${c.timeout ?? '15'}></inquiry-cta>`
        );
        await fillForm(el);
        const failed = oneEvent(el, 'dw-inquiry-error');
        const started = performance.now();
        await InquiryCtaHarness.click(harness(el).submitButton());
        const event = await failed;
        expect(event.detail).to.deep.equal({status: c.status, reason: c.reason});
        expect(event.bubbles && event.composed).to.equal(true);
        if (c.timeout) expect(performance.now() - started).to.be.within(900, 2900);
        await el.updateComplete;

        expect(harness(el).statusText()).to.equal(c.says);
        expect(shown(el)).to.deep.equal(PERSON);
        expect(harness(el).submitButton().getAttribute('aria-disabled')).to.equal('false');
        expect(textOf(harness(el).submitButton())).to.equal('Send request');
        const requests = await received();
        // Chromium may resend a request whose reused connection was dropped.
        expect(requests.length).to.be.at.least(1);
        expect(JSON.parse(requests[0].body)).to.deep.equal(EXPECTED_PAYLOAD);

        // The clinic's endpoint is back: the same details go through.
        el.action = endpoint('ok');
        await el.updateComplete;
        const success = oneEvent(el, 'dw-inquiry-success');
        await InquiryCtaHarness.click(harness(el).submitButton());
        await success;
        const retried = (await received()).filter((r) => r.mode === 'ok');
        expect(retried).to.have.length(1);
        expect(JSON.parse(retried[0].body)).to.deep.equal(EXPECTED_PAYLOAD);
      });
    }

    it('shows the server’s field errors as text next to the fields and focuses the first', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta action=${endpoint('invalid', '&fields=email,name,captcha')}></inquiry-cta>`
      );
      await fillForm(el);
      const failed = oneEvent(el, 'dw-inquiry-error');
      await InquiryCtaHarness.click(harness(el).submitButton());
      expect((await failed).detail).to.deep.equal({status: 400, reason: 'validation'});
      await el.updateComplete;
      expect(harness(el).errorOf('name')).to.equal('Please give your full name.');
      expect(harness(el).errorOf('email')).to.equal('This address cannot receive mail.');
      expect(harness(el).control('email').getAttribute('aria-invalid')).to.equal('true');
      expect(harness(el).errorOf('phone')).to.equal(undefined);
      expect(harness(el).root.activeElement).to.equal(harness(el).control('name'));
      expect(harness(el).statusText()).to.equal('Please check the fields marked with an error.');
      expect(shown(el)).to.deep.equal(PERSON);
    });

    it('renders the server’s text as text, never as markup', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta action=${endpoint('invalid', '&fields=message')}></inquiry-cta>`
      );
      await fillForm(el);
      const failed = oneEvent(el, 'dw-inquiry-error');
      await InquiryCtaHarness.click(harness(el).submitButton());
      await failed;
      await el.updateComplete;
      // The endpoint's text for an unknown field name is "Bad message." — check the
      // element that holds it has no child elements.
      const error = harness(el).root.getElementById('message-error')!;
      expect(textOf(error)).to.equal('Bad message.');
      expect(error.children).to.have.length(0);
    });
  });

  describe('while sending', () => {
    it('shows progress, keeps focus on the button and does not send twice', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta action=${endpoint('slow', '&delay=1200')}></inquiry-cta>`
      );
      await fillForm(el);
      const success = oneEvent(el, 'dw-inquiry-success');
      const button = harness(el).submitButton();
      await InquiryCtaHarness.click(button);
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(textOf(button)).to.equal('Sending…');
      expect(harness(el).statusText()).to.equal('Sending…');
      expect(harness(el).root.activeElement).to.equal(button);
      await InquiryCtaHarness.click(button);
      await sendKeys({press: 'Enter'});
      await success;
      expect(await received()).to.have.length(1);
    });
  });

  describe('dw-inquiry-submit', () => {
    it('carries the payload before anything is sent', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await fillForm(el);
      const order: string[] = [];
      for (const name of ['dw-inquiry-submit', 'dw-inquiry-success'] as const) {
        el.addEventListener(name, () => order.push(name));
      }
      const submitted = oneEvent(el, 'dw-inquiry-submit');
      const success = oneEvent(el, 'dw-inquiry-success');
      await InquiryCtaHarness.click(harness(el).submitButton());
      const event = await submitted;
      expect(event.detail).to.deep.equal({payload: EXPECTED_PAYLOAD});
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      await success;
      expect(order).to.deep.equal(['dw-inquiry-submit', 'dw-inquiry-success']);
    });

    it('preventDefault() sends nothing and leaves the form as typed', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      let other = 0;
      el.addEventListener('dw-inquiry-success', () => other++);
      el.addEventListener('dw-inquiry-error', () => other++);
      // A host that handles the inquiry itself, listening on document.
      let vetoed = '';
      document.addEventListener(
        'dw-inquiry-submit',
        (event) => {
          vetoed = event.detail.payload.name;
          event.preventDefault();
        },
        {once: true}
      );
      await fillForm(el);
      await InquiryCtaHarness.click(harness(el).submitButton());
      await sleep(300);
      await el.updateComplete;
      expect(await received()).to.deep.equal([]);
      expect(shown(el)).to.deep.equal(PERSON);
      expect(harness(el).submitButton().getAttribute('aria-disabled')).to.equal('false');
      expect(harness(el).statusText()).to.equal('');
      expect(vetoed).to.equal('Ana Ruiz');
      expect(other).to.equal(0);
    });

    it('a listener may add fields to the payload', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      el.addEventListener('dw-inquiry-submit', (event) => {
        (event.detail.payload as unknown as Record<string, unknown>).campaign = 'spring';
      });
      await fillForm(el);
      const success = oneEvent(el, 'dw-inquiry-success');
      await InquiryCtaHarness.click(harness(el).submitButton());
      await success;
      const [request] = await received();
      expect(JSON.parse(request.body)).to.deep.equal({...EXPECTED_PAYLOAD, campaign: 'spring'});
    });
  });

  describe('anti-spam', () => {
    it('the honeypot is hidden from people, assistive tech and the keyboard', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      const trap = harness(el).root.querySelector<HTMLInputElement>('input[name="website"]')!;
      expect(trap.autocomplete).to.equal('off');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest('[aria-hidden="true"]')).not.to.equal(null);
      const box = trap.closest<HTMLElement>('.trap')!;
      expect(box.inert).to.equal(true);
      // Clipped to a 1px box: nothing of it is painted.
      const rect = box.getBoundingClientRect();
      expect(rect.width * rect.height).to.be.at.most(1);
      expect(getComputedStyle(box).clipPath).to.equal('inset(50%)');
      // Tab from the consent box goes to the button, past the trap.
      await fillForm(el, {consent: true});
      await sendKeys({press: 'Tab'});
      expect(harness(el).root.activeElement).to.equal(harness(el).submitButton());
      trap.focus();
      expect(harness(el).root.activeElement).not.to.equal(trap);
    });

    it('a filled honeypot sends nothing but looks successful', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      let events = 0;
      for (const name of ['dw-inquiry-submit', 'dw-inquiry-error', 'dw-inquiry-success']) {
        el.addEventListener(name, () => events++);
      }
      await fillForm(el);
      // A robot fills every field it finds, the way scripts do.
      const trap = harness(el).root.querySelector<HTMLInputElement>('input[name="website"]')!;
      trap.value = 'https://spam.example';
      trap.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      await InquiryCtaHarness.click(harness(el).submitButton());
      await waitUntil(() => harness(el).root.querySelector('[part="success"]'), 'the thank-you message');
      await sleep(200);
      expect(await received()).to.deep.equal([]);
      expect(events).to.equal(0);
    });
  });

  describe('answers that cannot be read: the request may have arrived', () => {
    // The same test server on the other loopback name: another origin, so
    // CORS applies (the URL allow-list permits http: on both).
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const crossOrigin = (mode: string, query = '') =>
      `http://${other}:${location.port}${endpoint(mode, query)}`;
    const UNCONFIRMED =
      'We could not confirm that the clinic received your request. It may have arrived, so before ' +
      'sending it again, please wait for a reply or contact the clinic another way.';
    let warnings: ReturnType<typeof recordWarnings>;
    beforeEach(() => (warnings = recordWarnings()));
    afterEach(() => warnings.restore());

    /** Fills the form, submits it, and waits for the failure. */
    async function submitFailing(action: string, encoding = 'json'): Promise<CustomEvent> {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta action=${action} encoding=${encoding}></inquiry-cta>`
      );
      await fillForm(el);
      const failed = oneEvent(el, 'dw-inquiry-error');
      await InquiryCtaHarness.click(harness(el).submitButton());
      const event = await failed;
      await el.updateComplete;
      // What the person sees: not "could not reach", and every value as typed.
      expect(harness(el).statusText()).to.equal(UNCONFIRMED);
      expect(shown(el)).to.deep.equal(PERSON);
      expect(harness(el).submitButton().getAttribute('aria-disabled')).to.equal('false');
      return event;
    }

    const posts = async () => (await received()).filter((r) => r.method === 'POST');

    it('a cross-origin endpoint with CORS headers works (the control case)', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta action=${crossOrigin('ok', '&cors=all')}></inquiry-cta>`
      );
      await fillForm(el);
      const success = oneEvent(el, 'dw-inquiry-success');
      await InquiryCtaHarness.click(harness(el).submitButton());
      expect((await success).detail).to.deep.equal({status: 200});
      expect((await received()).map((r) => r.method)).to.deep.equal(['OPTIONS', 'POST']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('JSON, answer without Access-Control-Allow-Origin: the request arrived; says "could not confirm" and tells the integrator', async () => {
      const event = await submitFailing(crossOrigin('ok', '&cors=preflight'));
      expect(event.detail).to.deep.equal({status: 0, reason: 'unconfirmed'});
      const [post] = await posts();
      expect(JSON.parse(post.body)).to.deep.equal(EXPECTED_PAYLOAD);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('[dystonia-widgets] <inquiry-cta>:');
      expect(warnings.messages[0]).to.contain(`"Access-Control-Allow-Origin: ${location.origin}"`);
      expect(warnings.messages[0]).to.contain('"Access-Control-Allow-Headers: content-type"');
    });

    it('quotes a 20 000-character endpoint cut short in its warning', async () => {
      const event = await submitFailing(crossOrigin('ok', `&cors=preflight&pad=${'x'.repeat(20000)}`));
      expect(event.detail.reason).to.equal('unconfirmed');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0].length).to.be.below(600);
      expect(warnings.messages[0]).to.contain('xxx…"');
    });

    it('form-encoded, no CORS headers at all: no preflight, the request arrived; "could not confirm"', async () => {
      const event = await submitFailing(crossOrigin('ok'), 'form');
      expect(event.detail).to.deep.equal({status: 0, reason: 'unconfirmed'});
      const requests = await received();
      expect(requests.map((r) => r.method)).to.deep.equal(['POST']);
      expect(requests[0].contentType).to.match(/^application\/x-www-form-urlencoded/);
      expect(new URLSearchParams(requests[0].body).get('name')).to.equal('Ana Ruiz');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`"Access-Control-Allow-Origin: ${location.origin}"`);
      expect(warnings.messages[0]).not.to.contain('Allow-Headers');
    });

    it('JSON, no CORS headers at all: the preflight fails and nothing is posted, which the page cannot tell; "could not confirm"', async () => {
      const event = await submitFailing(crossOrigin('ok'));
      expect(event.detail).to.deep.equal({status: 0, reason: 'unconfirmed'});
      expect((await received()).map((r) => r.method)).to.deep.equal(['OPTIONS']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"Access-Control-Allow-Headers: content-type"');
    });

    for (const where of ['same-origin', 'cross-origin'] as const) {
      it(`a ${where} endpoint that redirects received the request; the redirect is not followed; "could not confirm"`, async () => {
        const action = where === 'same-origin' ? endpoint('redirect') : crossOrigin('redirect', '&cors=all');
        const event = await submitFailing(action);
        expect(event.detail).to.deep.equal({status: 0, reason: 'unconfirmed'});
        const requests = await posts();
        expect(requests.map((r) => r.mode)).to.deep.equal(['redirect']);
        expect(JSON.parse(requests[0].body)).to.deep.equal(EXPECTED_PAYLOAD);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('redirected (not followed)');
      });
    }

    it('a same-origin failure is a network failure: "could not reach", no warning', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('drop')}></inquiry-cta>`);
      await fillForm(el);
      const failed = oneEvent(el, 'dw-inquiry-error');
      await InquiryCtaHarness.click(harness(el).submitButton());
      expect((await failed).detail).to.deep.equal({status: 0, reason: 'network'});
      await el.updateComplete;
      expect(harness(el).statusText()).to.equal(
        'We could not reach the clinic. Check your internet connection and try again.'
      );
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('privacy', () => {
    it('sends no cookies, stores nothing and keeps no copy after success', async () => {
      document.cookie = 'dw_test_cookie=1; path=/';
      try {
        const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
        await fillForm(el);
        const success = oneEvent(el, 'dw-inquiry-success');
        await InquiryCtaHarness.click(harness(el).submitButton());
        await success;
        const [request] = await received();
        expect(request.cookie).to.equal(null);
        expect(localStorage.length).to.equal(0);
        expect(sessionStorage.length).to.equal(0);
        expect(await indexedDB.databases()).to.deep.equal([]);
        expect(document.cookie).to.equal('dw_test_cookie=1');
      } finally {
        document.cookie = 'dw_test_cookie=; path=/; max-age=0';
      }
    });

    it('what was typed survives re-renders and language switches', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await fillForm(el);
      el.clinicName = 'Clínica Ejemplo';
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(PERSON);
      await setPageLang('es');
      await el.updateComplete;
      expect(harness(el).root.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
      expect(shown(el)).to.deep.equal(PERSON);
      // Taken out of the page and put back (a host re-rendering its layout).
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(PERSON);
      await setPageLang('en');
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(PERSON);
    });
  });

  describe('refused endpoints', () => {
    let warnings: ReturnType<typeof recordWarnings>;
    beforeEach(() => (warnings = recordWarnings()));
    afterEach(() => warnings.restore());

    for (const action of ['javascript:alert(1)', 'http://clinic.example/api/inquiry', 'data:text/plain,hi']) {
      it(`action="${action}" warns once and shows no form`, async () => {
        const el = await fixture<InquiryCta>(html`<inquiry-cta action=${action}></inquiry-cta>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(harness(el).root.querySelector('form')).to.equal(null);
        expect(harness(el).root.querySelector('button, a')).to.equal(null);
        const about = warnings.messages.filter((m) => m.includes(action));
        expect(about).to.have.length(1);
        expect(about[0]).to.contain('<inquiry-cta>').and.contain('https:').and.contain('not shown');
        expect(await received()).to.deep.equal([]);
      });
    }

    it('page config "inquiryUrl" is checked the same way', async () => {
      addPageConfig(JSON.stringify({inquiryUrl: 'javascript:alert(1)'}));
      const el = await fixture<InquiryCta>(html`<inquiry-cta></inquiry-cta>`);
      expect(harness(el).root.querySelector('form')).to.equal(null);
      expect(warnings.messages.filter((m) => m.includes('"inquiryUrl"'))).to.have.length(1);
    });

    it('the endpoint is checked again on submit: one switched to javascript: sends nothing', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await fillForm(el);
      const form = harness(el).root.querySelector('form')!;
      el.action = 'javascript:alert(1)';
      form.requestSubmit();
      await el.updateComplete;
      await sleep(100);
      expect(await received()).to.deep.equal([]);
    });
  });

  describe('the message has a documented maximum of 2000 characters', () => {
    it('counts down, keeps a longer text as typed, refuses to send it, and sends 2000', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await harness(el).fillValid();
      const count = () => textOf(harness(el).root.getElementById('message-count'));
      expect(count()).to.equal('Characters left: 2000');
      // A long text pasted in, then typed on: nothing is cut.
      const message = harness(el).control<HTMLTextAreaElement>('message');
      message.value = 'x'.repeat(1999);
      message.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
      await harness(el).typeInto('message', 'ab');
      await el.updateComplete;
      expect(message.value.length).to.equal(2001);
      expect(count()).to.equal('Characters too many: 1');
      expect(message.getAttribute('aria-describedby')).to.include('message-count');
      await InquiryCtaHarness.click(harness(el).submitButton());
      await el.updateComplete;
      expect(harness(el).errorOf('message')).to.equal('Shorten your message.');
      expect(message.value.length).to.equal(2001);
      await sleep(100);
      expect(await received()).to.deep.equal([]);
      // One character less: it goes, whole.
      message.focus();
      await sendKeys({press: 'Backspace'});
      await el.updateComplete;
      expect(count()).to.equal('Characters left: 0');
      const success = oneEvent(el, 'dw-inquiry-success');
      await InquiryCtaHarness.click(harness(el).submitButton());
      await success;
      const sent = JSON.parse((await received())[0].body) as {message: string};
      expect(sent.message).to.equal(`${'x'.repeat(1999)}a`);
    });

    it('shows the count in Spanish and Arabic', async () => {
      for (const [lang, left] of [
        ['es', 'Caracteres restantes: 2000'],
        ['ar', 'عدد الأحرف المتبقية: 2000'],
      ]) {
        await setPageLang(lang);
        const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
        await waitUntil(
          () => textOf(harness(el).root.getElementById('message-count')) === left,
          `${lang}: ${textOf(harness(el).root.getElementById('message-count'))}`,
          {timeout: 5000}
        );
        await resetPage();
      }
    });
  });

  describe("behind a host's fetch wrapper that drops the abort signal", () => {
    const original = window.fetch;
    afterEach(() => {
      window.fetch = original;
    });

    it('gives up after its own timeout, keeps what was typed, and ignores the late answer', async () => {
      // As some analytics or error-reporting wrappers do: the request goes on whatever the signal says.
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        original(input, {...init, signal: undefined});
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta action=${endpoint('slow', '&delay=2500')} timeout="1"></inquiry-cta>`
      );
      await fillForm(el);
      let succeeded = false;
      el.addEventListener('dw-inquiry-success', () => (succeeded = true));
      const failed = oneEvent(el, 'dw-inquiry-error');
      await InquiryCtaHarness.click(harness(el).submitButton());
      expect((await failed).detail).to.deep.equal({status: 0, reason: 'timeout'});
      await el.updateComplete;
      expect(harness(el).statusText()).to.equal('The clinic took too long to answer. Please try again.');
      expect(shown(el)).to.deep.equal(PERSON);
      // The slow answer arrives later (200): the person was told it failed, so it stays failed.
      await waitUntil(async () => (await received()).length > 0, 'the request never arrived', {
        timeout: 5000,
      });
      await sleep(2000);
      expect(succeeded).to.equal(false);
      expect(harness(el).statusText()).to.equal('The clinic took too long to answer. Please try again.');
    });
  });

  describe('bad settings', () => {
    let warnings: ReturnType<typeof recordWarnings>;
    beforeEach(() => (warnings = recordWarnings()));
    afterEach(() => warnings.restore());

    it('timeout="soon" warns once and waits the default 15 s', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta action=${endpoint('slow', '&delay=1500')} timeout="soon"></inquiry-cta>`
      );
      await fillForm(el);
      const success = oneEvent(el, 'dw-inquiry-success');
      await InquiryCtaHarness.click(harness(el).submitButton());
      await success;
      expect(warnings.messages.filter((m) => m.includes('timeout="soon"'))).to.have.length(1);
    });

    it('encoding="xml" warns once and sends JSON', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta action=${endpoint('ok')} encoding="xml"></inquiry-cta>`
      );
      await fillForm(el);
      const success = oneEvent(el, 'dw-inquiry-success');
      await InquiryCtaHarness.click(harness(el).submitButton());
      await success;
      expect((await received())[0].contentType).to.equal('application/json');
      expect(warnings.messages.filter((m) => m.includes('encoding="xml"'))).to.have.length(1);
    });
  });
});
