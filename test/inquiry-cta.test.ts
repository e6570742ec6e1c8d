import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/elements/inquiry-cta/define.js';
import type {InquiryCta} from '../src/elements/inquiry-cta/define.js';
import {harness} from './harness/inquiry-cta.js';
import {runElementContract} from './contract/element-contract.js';
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

runElementContract<InquiryCta>({
  tag: 'inquiry-cta',
  harness,
  // Link, phone and form: every control it can show.
  attributes: {
    'clinic-name': 'Cerebrum Health Centers',
    href: 'https://clinic.example/contact',
    phone: '555 0100',
    action: endpoint('ok'),
  },
  headings: (h) => [h.heading()!],
  headingTexts: [HEADING],
  focus: {firstTabStop: (h) => h.part('link')!},
  event: {
    name: 'dw-inquiry-submit',
    act: async (h) => {
      await harness(h.el).fillValid();
      await harness(h.el).submit();
    },
  },
});

describe('<inquiry-cta>', () => {
  afterEach(resetPage);

  describe('heading and text', () => {
    it('shows the page’s call to action with the clinic’s name from clinic-name', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta clinic-name="Cerebrum Health Centers" href="https://clinic.example/contact"></inquiry-cta>`
      );
      expect(textOf(harness(el).root.querySelector('h2'))).to.equal(HEADING);
      expect(textOf(harness(el).part('text'))).to.equal(TEXT);
    });

    it('takes the clinic’s name from page config "clinicName"; the attribute wins', async () => {
      addPageConfig('{"clinicName": "Cerebrum Health Centers", "phone": "555 0100"}');
      const el = await fixture<InquiryCta>(html`<inquiry-cta></inquiry-cta>`);
      expect(textOf(harness(el).root.querySelector('h2'))).to.equal(HEADING);
      el.clinicName = 'Clinic B';
      await el.updateComplete;
      expect(textOf(harness(el).root.querySelector('h2'))).to.equal(
        'Request More Information About Clinic B Today'
      );
      // An empty attribute switches the page's name off.
      el.setAttribute('clinic-name', '');
      await el.updateComplete;
      expect(textOf(harness(el).root.querySelector('h2'))).to.equal('Request More Information Today');
    });

    it('without a clinic name shows the neutral heading', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta phone="555 0100"></inquiry-cta>`);
      expect(textOf(harness(el).root.querySelector('h2'))).to.equal('Request More Information Today');
      expect(textOf(harness(el).part('text'))).to.equal(TEXT);
    });

    it('renders the clinic’s name as text, never as markup', async () => {
      const name = '<img src=x onerror="window.__pwned = 1">';
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta clinic-name=${name} phone="555 0100"></inquiry-cta>`
      );
      const h2 = harness(el).root.querySelector('h2')!;
      expect(textOf(h2)).to.equal(`Request More Information About ${name} Today`);
      expect(h2.querySelector('img')).to.equal(null);
    });

    it('puts the heading at heading-level', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta heading-level="4" phone="555 0100"></inquiry-cta>`
      );
      expect(textOf(harness(el).root.querySelector('h4'))).to.equal('Request More Information Today');
      expect(harness(el).root.querySelectorAll('h1, h2, h3, h5, h6')).to.have.length(0);
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
      expect(textOf(harness(el).root.querySelector('h2'))).to.equal('Request More Information Today');
      expect(textOf(harness(el).part('text'))).to.equal(TEXT);
      expect(harness(el).root.querySelector('a, button, form, input')).to.equal(null);
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
      const link = harness(el).part('link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://clinic.example/contact');
      expect(textOf(link)).to.equal('Contact us');
      expect(harness(el).root.querySelector('form')).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('href from page config "contactUrl"; relative URLs resolve against the page; mailto: works', async () => {
      addPageConfig('{"contactUrl": "/contact"}');
      const el = await fixture<InquiryCta>(html`<inquiry-cta></inquiry-cta>`);
      expect((harness(el).part('link') as HTMLAnchorElement).href).to.equal(
        new URL('/contact', document.baseURI).href
      );
      el.href = 'mailto:care@clinic.example';
      await el.updateComplete;
      expect((harness(el).part('link') as HTMLAnchorElement).href).to.equal('mailto:care@clinic.example');
    });

    it('href="javascript:…" is refused with one warning and no link', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta href="javascript:alert(1)"></inquiry-cta>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(harness(el).root.querySelector('a')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('javascript:alert(1)').and.contain('https:');
    });

    it('phone: a tel: link showing the number as given', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta phone="+1 (555) 010-0199"></inquiry-cta>`);
      const link = harness(el).part('phone') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('tel:+1(555)010-0199');
      expect(textOf(link)).to.equal('Call us +1 (555) 010-0199');
      // The number keeps its left-to-right order inside Arabic text.
      expect(link.querySelector('[dir="ltr"]')!.textContent).to.equal('+1 (555) 010-0199');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('phone from page config "phone"', async () => {
      addPageConfig('{"phone": "020 7946 0958"}');
      const el = await fixture<InquiryCta>(html`<inquiry-cta></inquiry-cta>`);
      expect(harness(el).part('phone')!.getAttribute('href')).to.equal('tel:02079460958');
    });

    it('an invalid phone number warns once and is not shown', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta phone="call 555-DYSTONIA"></inquiry-cta>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(harness(el).root.querySelector('a')).to.equal(null);
      expect(textOf(harness(el).root)).not.to.contain('555-DYSTONIA');
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
      expect(harness(el).part('link')).not.to.equal(null);
      expect(harness(el).part('phone')).not.to.equal(null);
      expect(harness(el).root.querySelector('form')).not.to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('the form', () => {
    it('has visible labels, autocomplete and the required fields marked in text', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      expect(harness(el).labelOf('name')).to.equal('Name (required)');
      expect(harness(el).labelOf('email')).to.equal('Email');
      expect(harness(el).labelOf('phone')).to.equal('Phone');
      expect(harness(el).labelOf('message')).to.equal('Message (optional)');
      expect(harness(el).labelOf('consent')).to.match(/\(required\)\.$/);
      expect(harness(el).control('name').autocomplete).to.equal('name');
      expect(harness(el).control('email').autocomplete).to.equal('email');
      expect(harness(el).control('email').type).to.equal('email');
      expect(harness(el).control('phone').autocomplete).to.equal('tel');
      expect(harness(el).control('phone').type).to.equal('tel');
      expect(textOf(harness(el).root.querySelector('legend'))).to.equal('Preferred way to reply');
      expect(textOf(harness(el).radio('email').labels![0])).to.equal('By email');
      expect(textOf(harness(el).radio('phone').labels![0])).to.equal('By phone');
      for (const id of ['name', 'email', 'phone', 'message', 'consent']) {
        const label = harness(el).control(id).labels![0];
        expect(label.checkVisibility(), id).to.equal(true);
      }
      expect(textOf(harness(el).part('submit'))).to.equal('Send request');
    });

    it('the consent box starts unchecked and nothing but name and a way to reply is asked', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      expect(harness(el).control('consent').checked).to.equal(false);
      expect(harness(el).radio('email').checked || harness(el).radio('phone').checked).to.equal(false);
      const named = Array.from(
        harness(el).root.querySelectorAll<HTMLInputElement>('input, textarea, select')
      ).map((i) => i.name);
      expect(new Set(named)).to.deep.equal(
        new Set(['name', 'email', 'phone', 'contactMethod', 'message', 'consent', 'website'])
      );
    });

    it('the message hint (no medical details) and the character count describe the field', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      const message = harness(el).control<HTMLTextAreaElement>('message');
      const described = message
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => textOf(harness(el).root.getElementById(id)));
      expect(described).to.deep.equal([
        'Please do not include medical details here.',
        'Characters left: 2000',
      ]);
      expect(message.required).to.equal(false);
    });

    it('links the privacy policy under the consent box when privacy-url is set, in a new tab', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta action=${endpoint('ok')} privacy-url="https://clinic.example/privacy"></inquiry-cta>`
      );
      const link = harness(el).part('privacy') as HTMLAnchorElement;
      expect(link.href).to.equal('https://clinic.example/privacy');
      expect(textOf(link)).to.equal('Privacy policy (opens in a new tab)');
      expect(link.target).to.equal('_blank');
      expect(link.rel.split(' ')).to.include('noopener');
      expect(link.closest('.field')!.contains(harness(el).control('consent'))).to.equal(true);
    });

    it('takes privacyUrl from page config; shows no privacy link without one', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      expect(harness(el).part('privacy')).to.equal(null);
      addPageConfig('{"privacyUrl": "https://clinic.example/privacy"}');
      el.requestUpdate();
      await el.updateComplete;
      expect((harness(el).part('privacy') as HTMLAnchorElement).href).to.equal(
        'https://clinic.example/privacy'
      );
    });

    it('privacy-url="javascript:…" warns once and shows no link', async () => {
      const warnings = recordWarnings();
      try {
        const el = await fixture<InquiryCta>(
          html`<inquiry-cta action=${endpoint('ok')} privacy-url="javascript:alert(1)"></inquiry-cta>`
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(harness(el).part('privacy')).to.equal(null);
        expect(harness(el).root.querySelector('form')).not.to.equal(null);
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

        await harness(el).submit(); // empty: invalid
        expect(harness(el).errorOf('name')).not.to.equal(undefined);
        await expect(el).to.be.accessible();

        await harness(el).fillValid(); // error (500)
        const failed = oneEvent(el, 'dw-inquiry-error');
        await harness(el).submit();
        await failed;
        await el.updateComplete;
        await expect(el).to.be.accessible();

        el.action = endpoint('slow', '&delay=1500'); // sending
        await el.updateComplete;
        const success = oneEvent(el, 'dw-inquiry-success');
        await harness(el).submit();
        expect(harness(el).part('submit')!.getAttribute('aria-disabled')).to.equal('true');
        await expect(el).to.be.accessible();

        await success; // success
        await el.updateComplete;
        expect(harness(el).part('success')).not.to.equal(null);
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
        harness(el).root.querySelectorAll<HTMLElement>('a, button, input:not([name="website"]), textarea')
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
      expect(harness(el).root.activeElement).to.equal(harness(el).part('link'));
      for (const node of [
        harness(el).part('link')!,
        harness(el).control('name'),
        harness(el).part('submit')!,
      ]) {
        // After a key press, focus moved by script is shown as keyboard focus.
        node.focus();
        const style = getComputedStyle(node);
        expect(style.outlineStyle, node.id || node.getAttribute('part')!).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      }
    });

    it('the thank-you message is focusable only by script and takes focus', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      await harness(el).fillValid();
      const success = oneEvent(el, 'dw-inquiry-success');
      await harness(el).submit();
      await success;
      await el.updateComplete;
      const message = harness(el).part('success')!;
      expect(message.getAttribute('tabindex')).to.equal('-1');
      expect(harness(el).root.activeElement).to.equal(message);
    });

    it('announces sending and failures in a status region that is there from the start', async () => {
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('error')}></inquiry-cta>`);
      const status = harness(el).part('status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(textOf(status)).to.equal('');
      await harness(el).fillValid();
      const failed = oneEvent(el, 'dw-inquiry-error');
      await harness(el).submit();
      expect(harness(el).part('status')).to.equal(status);
      await failed;
      await el.updateComplete;
      expect(harness(el).part('status')).to.equal(status);
      expect(textOf(status)).to.equal(
        'Something went wrong and we could not confirm your request. Please try again later.'
      );
      // Focus stays where the person is, so Enter retries.
      expect(harness(el).root.activeElement).to.equal(harness(el).part('submit'));
    });
  });

  describe('right to left', () => {
    it('lays Arabic out right to left with logical properties', async () => {
      await setPageLang('ar');
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      const base = harness(el).part('base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('lang')).to.equal('ar');
      await harness(el).submit();
      // A field with an error has the error bar along its start (GOV.UK's pattern), the message above the input.
      const error = harness(el).root.getElementById('name-error')!;
      const field = error.closest('.field')!;
      expect(getComputedStyle(field).borderRightWidth).to.equal('4px');
      expect(getComputedStyle(field).borderLeftWidth).to.equal('0px');
      expect(error.compareDocumentPosition(harness(el).control('name'))).to.equal(
        Node.DOCUMENT_POSITION_FOLLOWING
      );
      await setPageLang('en');
      await el.updateComplete;
      expect(base.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(field).borderLeftWidth).to.equal('4px');
      // The errors stay through the switch, in the new language.
      expect(harness(el).errorOf('name')).to.equal('Enter your name.');
    });

    it('styles the form, whose rules load with its code, also after a move into another document', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta href="https://clinic.example/contact" action=${endpoint('ok')}></inquiry-cta>`
      );
      const check = (view: Window) => {
        // A rule of the form's (inquiry-form.styles.ts) and one of the element's own.
        expect(view.getComputedStyle(harness(el).control('name')).minBlockSize).to.equal('44px');
        expect(view.getComputedStyle(harness(el).part('link')!).borderTopWidth).to.equal('2px');
      };
      check(window);
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.src = '/test/fixtures/lifecycle/blank.html';
      document.body.append(frame);
      await loaded;
      const view = frame.contentWindow!;
      view.document.body.append(view.document.adoptNode(el));
      try {
        check(view);
        await harness(el).submit();
        expect(
          view.getComputedStyle(harness(el).root.getElementById('name-error')!.closest('.field')!)
            .borderLeftWidth
        ).to.equal('4px');
      } finally {
        frame.remove();
      }
    });

    it('keeps email and phone fields left to right in Arabic', async () => {
      await setPageLang('ar');
      const el = await fixture<InquiryCta>(html`<inquiry-cta action=${endpoint('ok')}></inquiry-cta>`);
      expect(getComputedStyle(harness(el).control('email')).direction).to.equal('ltr');
      expect(getComputedStyle(harness(el).control('phone')).direction).to.equal('ltr');
      expect(getComputedStyle(harness(el).control('name')).direction).to.equal('rtl');
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
        expect(harness(el).part('base')!.getAttribute('lang')).to.equal(locale);
        expect(textOf(harness(el).root.querySelector('h2'))).to.equal(
          t('cta.heading', {clinic: 'Cerebrum Health Centers'})
        );
        expect(textOf(harness(el).part('text'))).to.equal(t('cta.text'));
        expect(textOf(harness(el).part('link'))).to.equal(t('cta.link'));
        expect(textOf(harness(el).part('phone'))).to.equal(`${t('cta.call')} +1 555 010 0199`);
        expect(harness(el).labelOf('name')).to.equal(t('cta.form.name'));
        expect(harness(el).labelOf('email')).to.equal(t('cta.form.email'));
        expect(harness(el).labelOf('phone')).to.equal(t('cta.form.phone'));
        expect(textOf(harness(el).root.getElementById('reply-hint'))).to.equal(t('cta.form.reply-hint'));
        expect(textOf(harness(el).root.querySelector('legend'))).to.equal(t('cta.form.method'));
        expect(textOf(harness(el).radio('email').labels![0])).to.equal(t('cta.form.method.email'));
        expect(textOf(harness(el).radio('phone').labels![0])).to.equal(t('cta.form.method.phone'));
        expect(harness(el).labelOf('message')).to.equal(t('cta.form.message'));
        expect(textOf(harness(el).root.getElementById('message-hint'))).to.equal(t('cta.form.message-hint'));
        expect(harness(el).labelOf('consent')).to.equal(t('cta.form.consent'));
        expect(textOf(harness(el).part('privacy'))).to.equal(t('cta.form.privacy'));
        expect(textOf(harness(el).part('submit'))).to.equal(t('cta.form.submit'));

        // Invalid: our own messages.
        await harness(el).submit();
        expect(harness(el).errorOf('name')).to.equal(t('cta.error.name-missing'));
        expect(harness(el).errorOf('email')).to.equal(t('cta.error.reply-missing'));
        expect(harness(el).errorOf('consent')).to.equal(t('cta.error.consent-missing'));
        expect(harness(el).statusText()).to.equal(t('cta.status.invalid'));
        await harness(el).typeInto('email', 'ana@');
        await harness(el).typeInto('phone', '555 CALL');
        await harness(el).submit();
        expect(harness(el).errorOf('email')).to.equal(t('cta.error.email-invalid'));
        expect(harness(el).errorOf('phone')).to.equal(t('cta.error.phone-invalid'));

        // Failures: network, unconfirmed (a redirect), timeout, 4xx, 5xx.
        const other = await fixture<InquiryCta>(
          html`<inquiry-cta action=${endpoint('drop')} timeout="1"></inquiry-cta>`
        );
        expect(textOf(harness(other).root.querySelector('h2'))).to.equal(t('cta.heading.neutral'));
        await harness(other).typeInto('name', 'Ana');
        harness(other).root.querySelector<HTMLElement>('input[value="email"]')!.click();
        await harness(other).agree();
        await harness(other).submit();
        expect(harness(other).errorOf('email')).to.equal(t('cta.error.email-missing'));
        harness(other).root.querySelector<HTMLElement>('input[value="phone"]')!.click();
        await harness(other).submit();
        expect(harness(other).errorOf('phone')).to.equal(t('cta.error.phone-missing'));
        await harness(other).typeInto('phone', '555 0100');
        for (const [mode, id] of [
          ['drop', 'cta.status.network'],
          ['redirect', 'cta.status.unconfirmed'],
          ['slow', 'cta.status.timeout'],
          ['rejected', 'cta.status.rejected'],
          ['error', 'cta.status.server'],
        ]) {
          other.action = endpoint(mode);
          await other.updateComplete;
          const failed = oneEvent(other, 'dw-inquiry-error');
          await harness(other).submit();
          await failed;
          await other.updateComplete;
          expect(harness(other).statusText(), mode).to.equal(t(id));
        }

        // Sending, then success.
        other.action = endpoint('slow', '&delay=1000');
        other.timeout = 10;
        await other.updateComplete;
        const success = oneEvent(other, 'dw-inquiry-success');
        await harness(other).submit();
        expect(textOf(harness(other).part('submit'))).to.equal(t('cta.form.sending'));
        expect(harness(other).statusText()).to.equal(t('cta.form.sending'));
        await success;
        await other.updateComplete;
        expect(textOf(harness(other).part('success'))).to.equal(t('cta.success'));
      });
    }
  });
});
