import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/elements/inquiry-cta/define.js';
import type {InquiryCta} from '../src/elements/inquiry-cta/define.js';
import {addPageConfig, recordWarnings, resetPage, setPageLang, shippedTarget, textOf} from './helpers.js';

/*
 * What the call to action shows in each configuration, in each language,
 * and in each state of the form. Submission details are in
 * inquiry-cta.submit.test.ts.
 */

const LOG = `cta-${Math.random().toString(36).slice(2)}`;
const endpoint = (mode: string, query = '') => `/api/inquiry/${mode}?log=${LOG}${query}`;

const HEADING = 'Request More Information About Cerebrum Health Centers Today';
const TEXT = 'Don’t give up hope. Give us a call. We can help.';

function root(el: InquiryCta): ShadowRoot {
  return el.shadowRoot!;
}
function part(el: InquiryCta, name: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}
function control<T extends HTMLElement = HTMLInputElement>(el: InquiryCta, id: string): T {
  const found = root(el).getElementById(id);
  if (!found) throw new Error(`no #${id}`);
  return found as T;
}
function labelOf(el: InquiryCta, id: string): string {
  return textOf(control(el, id).labels?.[0]);
}
function errorOf(el: InquiryCta, id: string): string | undefined {
  const ids = (control(el, id).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((i) => i.endsWith('-error'));
  return ids.length ? textOf(root(el).getElementById(ids[0])) : undefined;
}
function statusText(el: InquiryCta): string {
  return textOf(part(el, 'status'));
}
function radio(el: InquiryCta, value: 'email' | 'phone'): HTMLInputElement {
  return root(el).querySelector<HTMLInputElement>(`input[name="contactMethod"][value="${value}"]`)!;
}

async function typeInto(el: InquiryCta, id: string, text: string): Promise<void> {
  control(el, id).focus();
  await sendKeys({type: text});
}
async function agree(el: InquiryCta): Promise<void> {
  control(el, 'consent').focus();
  await sendKeys({press: ' '});
}
async function fillValid(el: InquiryCta): Promise<void> {
  await typeInto(el, 'name', 'Ana Ruiz');
  await typeInto(el, 'email', 'ana@example.com');
  await agree(el);
}
/** Submits with the keyboard, from the send button. */
async function submit(el: InquiryCta): Promise<void> {
  part(el, 'submit')!.focus();
  await sendKeys({press: 'Enter'});
  await el.updateComplete;
}

describe('<inquiry-cta>', () => {
  afterEach(resetPage);

  describe('heading and text', () => {
    it('shows the page’s call to action with the clinic’s name from clinic-name', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta clinic-name="Cerebrum Health Centers" href="https://clinic.example/contact"></inquiry-cta>`
      );
      expect(textOf(root(el).querySelector('h2'))).to.equal(HEADING);
      expect(textOf(part(el, 'text'))).to.equal(TEXT);
    });

    it('takes the clinic’s name from page config "clinicName"; the attribute wins', async () => {
      addPageConfig('{"clinicName": "Cerebrum Health Centers", "phone": "555 0100"}');
      const el = await fixture<InquiryCta>(html`<inquiry-cta></inquiry-cta>`);
      expect(textOf(root(el).querySelector('h2'))).to.equal(HEADING);
      el.clinicName = 'Clinic B';
      await el.updateComplete;
      expect(textOf(root(el).querySelector('h2'))).to.equal('Request More Information About Clinic B Today');
      // An empty attribute switches the page's name off.
      el.setAttribute('clinic-name', '');
      await el.updateComplete;
      expect(textOf(root(el).querySelector('h2'))).to.equal('Request More Information Today');
    });

    it('without a clinic name shows the neutral heading', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta phone="555 0100"></inquiry-cta>`);
      expect(textOf(root(el).querySelector('h2'))).to.equal('Request More Information Today');
      expect(textOf(part(el, 'text'))).to.equal(TEXT);
    });

    it('renders the clinic’s name as text, never as markup', async () => {
      const name = '<img src=x onerror="window.__pwned = 1">';
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta clinic-name=${name} phone="555 0100"></inquiry-cta>`
      );
      const h2 = root(el).querySelector('h2')!;
      expect(textOf(h2)).to.equal(`Request More Information About ${name} Today`);
      expect(h2.querySelector('img')).to.equal(null);
    });

    it('puts the heading at heading-level', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta heading-level="4" phone="555 0100"></inquiry-cta>`
      );
      expect(textOf(root(el).querySelector('h4'))).to.equal('Request More Information Today');
      expect(root(el).querySelectorAll('h1, h2, h3, h5, h6')).to.have.length(0);
    });
  });

  describe('what is offered', () => {
    let warnings: ReturnType<typeof recordWarnings>;
    beforeEach(() => (warnings = recordWarnings()));
    afterEach(() => warnings.restore());

    it('with nothing configured: heading and text, no dead button, one warning saying what to set', async () => {
      // Two of them, and a re-render: still one warning. (A Lit fixture, not a
      // <div> one: a plain element's fixture waits for an animation frame,
      // which never comes while another test file drives the keyboard.)
      const el = await fixture<InquiryCta>(html`<inquiry-cta></inquiry-cta>`);
      const second = document.createElement('inquiry-cta');
      el.after(second);
      await second.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(textOf(root(el).querySelector('h2'))).to.equal('Request More Information Today');
      expect(textOf(part(el, 'text'))).to.equal(TEXT);
      expect(root(el).querySelector('a, button, form, input')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<inquiry-cta>');
      for (const word of ['href', 'phone', 'action', '"contactUrl"', '"inquiryUrl"']) {
        expect(warnings.messages[0]).to.contain(word);
      }
    });

    it('href: a link button to the clinic’s contact page', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta href="https://clinic.example/contact"></inquiry-cta>`
      );
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://clinic.example/contact');
      expect(textOf(link)).to.equal('Contact us');
      expect(root(el).querySelector('form')).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('href from page config "contactUrl"; relative URLs resolve against the page; mailto: works', async () => {
      addPageConfig('{"contactUrl": "/contact"}');
      const el = await fixture<InquiryCta>(html`<inquiry-cta></inquiry-cta>`);
      expect((part(el, 'link') as HTMLAnchorElement).href).to.equal(
        new URL('/contact', document.baseURI).href
      );
      el.href = 'mailto:care@clinic.example';
      await el.updateComplete;
      expect((part(el, 'link') as HTMLAnchorElement).href).to.equal('mailto:care@clinic.example');
    });

    it('href="javascript:…" is refused with one warning and no link', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta href="javascript:alert(1)"></inquiry-cta>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(root(el).querySelector('a')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('javascript:alert(1)').and.contain('https:');
    });

    it('phone: a tel: link showing the number as given', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta phone="+1 (555) 010-0199"></inquiry-cta>`);
      const link = part(el, 'phone') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('tel:+1(555)010-0199');
      expect(textOf(link)).to.equal('Call us +1 (555) 010-0199');
      // The number keeps its left-to-right order inside Arabic text.
      expect(link.querySelector('[dir="ltr"]')!.textContent).to.equal('+1 (555) 010-0199');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('phone from page config "phone"', async () => {
      addPageConfig('{"phone": "020 7946 0958"}');
      const el = await fixture<InquiryCta>(html`<inquiry-cta></inquiry-cta>`);
      expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:02079460958');
    });

    it('an invalid phone number warns once and is not shown', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta phone="call 555-DYSTONIA"></inquiry-cta>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(root(el).querySelector('a')).to.equal(null);
      expect(textOf(root(el))).not.to.contain('555-DYSTONIA');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('phone "call 555-DYSTONIA"');
    });

    it('shows everything that is configured: link, phone and form together', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta
          href="https://clinic.example/contact"
          phone="555 0100"
          action=${endpoint('ok')}
        ></inquiry-cta>`
      );
      expect(part(el, 'link')).not.to.equal(null);
      expect(part(el, 'phone')).not.to.equal(null);
      expect(root(el).querySelector('form')).not.to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('the form', () => {
    it('has visible labels, autocomplete and the required fields marked in text', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      expect(labelOf(el, 'name')).to.equal('Name (required)');
      expect(labelOf(el, 'email')).to.equal('Email');
      expect(labelOf(el, 'phone')).to.equal('Phone');
      expect(labelOf(el, 'message')).to.equal('Message (optional)');
      expect(labelOf(el, 'consent')).to.match(/\(required\)\.$/);
      expect(control(el, 'name').autocomplete).to.equal('name');
      expect(control(el, 'email').autocomplete).to.equal('email');
      expect(control(el, 'email').type).to.equal('email');
      expect(control(el, 'phone').autocomplete).to.equal('tel');
      expect(control(el, 'phone').type).to.equal('tel');
      expect(textOf(root(el).querySelector('legend'))).to.equal('Preferred way to reply');
      expect(textOf(radio(el, 'email').labels![0])).to.equal('By email');
      expect(textOf(radio(el, 'phone').labels![0])).to.equal('By phone');
      for (const id of ['name', 'email', 'phone', 'message', 'consent']) {
        const label = control(el, id).labels![0];
        expect(label.checkVisibility(), id).to.equal(true);
      }
      expect(textOf(part(el, 'submit'))).to.equal('Send request');
    });

    it('the consent box starts unchecked and nothing but name and a way to reply is asked', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      expect(control(el, 'consent').checked).to.equal(false);
      expect(radio(el, 'email').checked || radio(el, 'phone').checked).to.equal(false);
      const named = Array.from(root(el).querySelectorAll<HTMLInputElement>('input, textarea, select')).map(
        (i) => i.name
      );
      expect(new Set(named)).to.deep.equal(
        new Set(['name', 'email', 'phone', 'contactMethod', 'message', 'consent', 'website'])
      );
    });

    it('the message hint asks for no medical details and describes the field', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      const message = control<HTMLTextAreaElement>(el, 'message');
      const hint = root(el).getElementById(message.getAttribute('aria-describedby')!)!;
      expect(textOf(hint)).to.equal('Please do not include medical details here.');
      expect(message.required).to.equal(false);
    });

    it('links the privacy policy under the consent box when privacy-url is set, in a new tab', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta action=${endpoint('ok')} privacy-url="https://clinic.example/privacy"></inquiry-cta>`
      );
      const link = part(el, 'privacy') as HTMLAnchorElement;
      expect(link.href).to.equal('https://clinic.example/privacy');
      expect(textOf(link)).to.equal('Privacy policy (opens in a new tab)');
      expect(link.target).to.equal('_blank');
      expect(link.rel.split(' ')).to.include('noopener');
      expect(link.closest('.field')!.contains(control(el, 'consent'))).to.equal(true);
    });

    it('takes privacyUrl from page config; shows no privacy link without one', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      expect(part(el, 'privacy')).to.equal(null);
      addPageConfig('{"privacyUrl": "https://clinic.example/privacy"}');
      el.requestUpdate();
      await el.updateComplete;
      expect((part(el, 'privacy') as HTMLAnchorElement).href).to.equal('https://clinic.example/privacy');
    });

    it('privacy-url="javascript:…" warns once and shows no link', async () => {
      const warnings = recordWarnings();
      try {
        const el = await fixture<InquiryCta>(
          html`<inquiry-cta action=${endpoint('ok')} privacy-url="javascript:alert(1)"></inquiry-cta>`
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(part(el, 'privacy')).to.equal(null);
        expect(root(el).querySelector('form')).not.to.equal(null);
        expect(warnings.messages.filter((m) => m.includes('privacy-url'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'ar']) {
      it(`passes axe in every state of the form in ${lang}: empty, invalid, sending, error, success`, async () => {
        await setPageLang(lang);
        const el = await fixture<InquiryCta>(
          html`<inquiry-cta
            clinic-name="Cerebrum Health Centers"
            href="https://clinic.example/contact"
            phone="+1 555 010 0199"
            privacy-url="https://clinic.example/privacy"
            action=${endpoint('error')}
          ></inquiry-cta>`
        );
        await expect(el).to.be.accessible();

        await submit(el); // empty: invalid
        expect(errorOf(el, 'name')).not.to.equal(undefined);
        await expect(el).to.be.accessible();

        await fillValid(el); // error (500)
        const failed = oneEvent(el, 'dw-inquiry-error');
        await submit(el);
        await failed;
        await el.updateComplete;
        await expect(el).to.be.accessible();

        el.action = endpoint('slow', '&delay=1500'); // sending
        await el.updateComplete;
        const success = oneEvent(el, 'dw-inquiry-success');
        await submit(el);
        expect(part(el, 'submit')!.getAttribute('aria-disabled')).to.equal('true');
        await expect(el).to.be.accessible();

        await success; // success
        await el.updateComplete;
        expect(part(el, 'success')).not.to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe with only the link and the phone', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta href="https://clinic.example/contact" phone="555 0100"></inquiry-cta>`
      );
      await expect(el).to.be.accessible();
    });

    it('every control is at least 24 by 24 CSS pixels', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta
          href="https://clinic.example/contact"
          phone="555 0100"
          privacy-url="https://clinic.example/privacy"
          action=${endpoint('ok')}
        ></inquiry-cta>`
      );
      const controls = Array.from(
        root(el).querySelectorAll<HTMLElement>('a, button, input:not([name="website"]), textarea')
      );
      expect(controls).to.have.length(11);
      for (const node of controls) {
        const rect = node.getBoundingClientRect();
        const what = node.id || node.getAttribute('part') || node.getAttribute('value');
        expect(rect.width, `${what} width`).to.be.at.least(24);
        expect(rect.height, `${what} height`).to.be.at.least(24);
      }
    });

    it('shows a visible focus outline on the link, the fields and the button', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta href="https://clinic.example/contact" action=${endpoint('ok')}></inquiry-cta>`
      );
      await sendKeys({press: 'Tab'});
      expect(root(el).activeElement).to.equal(part(el, 'link'));
      for (const node of [part(el, 'link')!, control(el, 'name'), part(el, 'submit')!]) {
        // After a key press, focus moved by script is shown as keyboard focus.
        node.focus();
        const style = getComputedStyle(node);
        expect(style.outlineStyle, node.id || node.getAttribute('part')!).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      }
    });

    it('the thank-you message is focusable only by script and takes focus', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await fillValid(el);
      const success = oneEvent(el, 'dw-inquiry-success');
      await submit(el);
      await success;
      await el.updateComplete;
      const message = part(el, 'success')!;
      expect(message.getAttribute('tabindex')).to.equal('-1');
      expect(root(el).activeElement).to.equal(message);
    });

    it('announces sending and failures in a status region that is there from the start', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('error')}></inquiry-cta>`);
      const status = part(el, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(textOf(status)).to.equal('');
      await fillValid(el);
      const failed = oneEvent(el, 'dw-inquiry-error');
      await submit(el);
      expect(part(el, 'status')).to.equal(status);
      await failed;
      await el.updateComplete;
      expect(part(el, 'status')).to.equal(status);
      expect(textOf(status)).to.equal(
        'Something went wrong and we could not confirm your request. Please try again later.'
      );
      // Focus stays where the person is, so Enter retries.
      expect(root(el).activeElement).to.equal(part(el, 'submit'));
    });
  });

  describe('right to left', () => {
    it('lays Arabic out right to left with logical properties', async () => {
      await setPageLang('ar');
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      const base = part(el, 'base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('lang')).to.equal('ar');
      await submit(el);
      const error = root(el).getElementById('name-error')!;
      expect(getComputedStyle(error).borderRightWidth).to.equal('4px');
      expect(getComputedStyle(error).borderLeftWidth).to.equal('0px');
      await setPageLang('en');
      await el.updateComplete;
      expect(base.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(error).borderLeftWidth).to.equal('4px');
      // The errors stay through the switch, in the new language.
      expect(errorOf(el, 'name')).to.equal('Enter your name.');
    });

    it('keeps email and phone fields left to right in Arabic', async () => {
      await setPageLang('ar');
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      expect(getComputedStyle(control(el, 'email')).direction).to.equal('ltr');
      expect(getComputedStyle(control(el, 'phone')).direction).to.equal('ltr');
      expect(getComputedStyle(control(el, 'name')).direction).to.equal('rtl');
    });
  });

  describe('translations', () => {
    for (const locale of ['es', 'ar']) {
      it(`shows the shipped ${locale} translation of every text, in every state`, async () => {
        const t = await shippedTarget(locale);
        await setPageLang(locale);
        const el = await fixture<InquiryCta>(
          html`<inquiry-cta
            clinic-name="Cerebrum Health Centers"
            href="https://clinic.example/contact"
            phone="+1 555 010 0199"
            privacy-url="https://clinic.example/privacy"
            action=${endpoint('drop')}
            timeout="1"
          ></inquiry-cta>`
        );
        expect(part(el, 'base')!.getAttribute('lang')).to.equal(locale);
        expect(textOf(root(el).querySelector('h2'))).to.equal(
          t('cta.heading', {clinic: 'Cerebrum Health Centers'})
        );
        expect(textOf(part(el, 'text'))).to.equal(t('cta.text'));
        expect(textOf(part(el, 'link'))).to.equal(t('cta.link'));
        expect(textOf(part(el, 'phone'))).to.equal(`${t('cta.call')} +1 555 010 0199`);
        expect(labelOf(el, 'name')).to.equal(t('cta.form.name'));
        expect(labelOf(el, 'email')).to.equal(t('cta.form.email'));
        expect(labelOf(el, 'phone')).to.equal(t('cta.form.phone'));
        expect(textOf(root(el).getElementById('reply-hint'))).to.equal(t('cta.form.reply-hint'));
        expect(textOf(root(el).querySelector('legend'))).to.equal(t('cta.form.method'));
        expect(textOf(radio(el, 'email').labels![0])).to.equal(t('cta.form.method.email'));
        expect(textOf(radio(el, 'phone').labels![0])).to.equal(t('cta.form.method.phone'));
        expect(labelOf(el, 'message')).to.equal(t('cta.form.message'));
        expect(textOf(root(el).getElementById('message-hint'))).to.equal(t('cta.form.message-hint'));
        expect(labelOf(el, 'consent')).to.equal(t('cta.form.consent'));
        expect(textOf(part(el, 'privacy'))).to.equal(t('cta.form.privacy'));
        expect(textOf(part(el, 'submit'))).to.equal(t('cta.form.submit'));

        // Invalid: our own messages.
        await submit(el);
        expect(errorOf(el, 'name')).to.equal(t('cta.error.name-missing'));
        expect(errorOf(el, 'email')).to.equal(t('cta.error.reply-missing'));
        expect(errorOf(el, 'consent')).to.equal(t('cta.error.consent-missing'));
        expect(statusText(el)).to.equal(t('cta.status.invalid'));
        await typeInto(el, 'email', 'ana@');
        await typeInto(el, 'phone', '555 CALL');
        await submit(el);
        expect(errorOf(el, 'email')).to.equal(t('cta.error.email-invalid'));
        expect(errorOf(el, 'phone')).to.equal(t('cta.error.phone-invalid'));

        // Failures: network, timeout, 4xx, 5xx.
        const other = await fixture<InquiryCta>(
          html`<inquiry-cta action=${endpoint('drop')} timeout="1"></inquiry-cta>`
        );
        expect(textOf(root(other).querySelector('h2'))).to.equal(t('cta.heading.neutral'));
        await typeInto(other, 'name', 'Ana');
        root(other).querySelector<HTMLElement>('input[value="email"]')!.click();
        await agree(other);
        await submit(other);
        expect(errorOf(other, 'email')).to.equal(t('cta.error.email-missing'));
        root(other).querySelector<HTMLElement>('input[value="phone"]')!.click();
        await submit(other);
        expect(errorOf(other, 'phone')).to.equal(t('cta.error.phone-missing'));
        await typeInto(other, 'phone', '555 0100');
        for (const [mode, id] of [
          ['drop', 'cta.status.network'],
          ['slow', 'cta.status.timeout'],
          ['rejected', 'cta.status.rejected'],
          ['error', 'cta.status.server'],
        ]) {
          other.action = endpoint(mode);
          await other.updateComplete;
          const failed = oneEvent(other, 'dw-inquiry-error');
          await submit(other);
          await failed;
          await other.updateComplete;
          expect(statusText(other), mode).to.equal(t(id));
        }

        // Sending, then success.
        other.action = endpoint('slow', '&delay=1000');
        other.timeout = 10;
        await other.updateComplete;
        const success = oneEvent(other, 'dw-inquiry-success');
        await submit(other);
        expect(textOf(part(other, 'submit'))).to.equal(t('cta.form.sending'));
        expect(statusText(other)).to.equal(t('cta.form.sending'));
        await success;
        await other.updateComplete;
        expect(textOf(part(other, 'success'))).to.equal(t('cta.success'));
      });
    }
  });
});
