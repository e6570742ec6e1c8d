import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/define.js';
import type {InquiryCta} from '../src/elements/inquiry-cta/inquiry-cta.js';
import type {PatientTestimonial} from '../src/elements/patient-testimonial/patient-testimonial.js';
import {MAX_LISTED, MAX_QUOTED, MAX_REMEMBERED, cut, warnOnce} from '../src/core/warn.js';
import {InquiryCtaHarness, harness as ctaHarness} from './harness/inquiry-cta.js';
import {harness as testimonialHarness} from './harness/patient-testimonial.js';
import {recordWarnings, resetPage} from './helpers.js';

// Issue 10, item 6: numeric attributes clamp to a documented range with one
// warning; a warning quotes a value cut to MAX_QUOTED characters, warns once
// per attribute (not per word), and what warnOnce remembers is bounded.

const LOG = `bounded-${Math.random().toString(36).slice(2)}`;
const endpoint = (mode: string, query = '') => `/api/inquiry/${mode}?log=${LOG}${query}`;

describe('bounded input', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(async () => {
    warnings.restore();
    await resetPage();
  });

  const about = (text: string) => warnings.messages.filter((m) => m.includes(text));

  describe('patient-testimonial rotate (1 to 2147483.647 seconds)', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']});
    });
    afterEach(() => clock.restore());

    const shown = (el: PatientTestimonial) => testimonialHarness(el).shownQuotes()[0];

    it('rotate="0.2" is raised to 1 s with one warning naming the range', async () => {
      const el = await fixture<PatientTestimonial>(
        html`<patient-testimonial rotate="0.2"></patient-testimonial>`
      );
      el.requestUpdate();
      await el.updateComplete;
      const first = shown(el);
      clock.tick(999);
      await el.updateComplete;
      expect(shown(el)).to.equal(first);
      clock.tick(1);
      await el.updateComplete;
      expect(shown(el)).not.to.equal(first);
      expect(about('rotate="0.2"')).to.have.length(1);
      expect(about('rotate="0.2"')[0]).to.contain('outside 1 to 2147483.647 seconds; using 1.');
    });

    it('rotate="3000000" is capped (a longer timer delay would fire at once) with one warning', async () => {
      const el = await fixture<PatientTestimonial>(
        html`<patient-testimonial rotate="3000000"></patient-testimonial>`
      );
      const first = shown(el);
      clock.tick(1000);
      await el.updateComplete;
      expect(shown(el)).to.equal(first);
      clock.tick(2 ** 31 - 1 - 1000);
      await el.updateComplete;
      expect(shown(el)).not.to.equal(first);
      expect(about('rotate="3000000"')).to.have.length(1);
      expect(about('rotate="3000000"')[0]).to.contain('using 2147483.647.');
    });

    it('rotate within the range does not warn', async () => {
      await fixture(html`<patient-testimonial rotate="1"></patient-testimonial>`);
      await fixture(html`<patient-testimonial rotate="2147483.647"></patient-testimonial>`);
      expect(about('rotate=')).to.deep.equal([]);
    });
  });

  describe('inquiry-cta timeout (1 to 120 seconds)', () => {
    it('timeout="0.2" is raised to 1 s with one warning: a 0.5 s answer still arrives', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta action=${endpoint('slow', '&delay=500')} timeout="0.2"></inquiry-cta>`
      );
      await ctaHarness(el).typeInto('name', 'Ana Ruiz');
      await ctaHarness(el).typeInto('email', 'ana@example.com');
      ctaHarness(el).control('consent').focus();
      await sendKeys({press: ' '});
      await el.updateComplete;
      const success = oneEvent(el, 'dw-inquiry-success');
      await InquiryCtaHarness.click(ctaHarness(el).submitButton());
      await success;
      expect(about('timeout="0.2"')).to.have.length(1);
      expect(about('timeout="0.2"')[0]).to.contain('outside 1 to 120 seconds; using 1.');
    });

    it('timeout="500" is capped at 120 with one warning; 1 and 120 do not warn', async () => {
      const el = await fixture<InquiryCta>(
        html`<inquiry-cta action=${endpoint('ok')} timeout="500"></inquiry-cta>`
      );
      el.requestUpdate();
      await el.updateComplete;
      await fixture(html`<inquiry-cta action=${endpoint('ok')} timeout="1"></inquiry-cta>`);
      await fixture(html`<inquiry-cta action=${endpoint('ok')} timeout="120"></inquiry-cta>`);
      expect(about('timeout=')).to.have.length(1);
      expect(about('timeout="500"')[0]).to.contain('outside 1 to 120 seconds; using 120.');
    });
  });

  describe('warnings', () => {
    it(`cut a long value to ${MAX_QUOTED} characters and "…"`, async () => {
      const long = `${'9'.repeat(5000)}`;
      await fixture(html`<dystonia-types heading-level=${long}></dystonia-types>`);
      await fixture(html`<inquiry-cta phone=${`x${long}`}></inquiry-cta>`);
      const level = about('heading-level="');
      expect(level).to.have.length(1);
      expect(level[0]).to.contain(`heading-level="${'9'.repeat(MAX_QUOTED)}…"`);
      expect(level[0].length).to.be.below(300);
      const phone = about('phone "');
      expect(phone).to.have.length(1);
      expect(phone[0]).to.contain(`phone "x${'9'.repeat(MAX_QUOTED - 1)}…"`);
    });

    it('leave bidi controls out of a quoted value, so they cannot reorder the message', () => {
      expect(cut('a\u202Eb\u2066c\u200F')).to.equal('abc');
    });

    it('dystonia-types open: one warning for the attribute, not one per unknown word', async () => {
      const value = 'one two three four five six seven focal';
      const el = await fixture(html`<dystonia-types open=${value}></dystonia-types>`);
      const opened = el.shadowRoot!.querySelectorAll('[aria-expanded="true"]');
      expect(opened).to.have.length(1);
      const found = about('open="');
      expect(found).to.have.length(1);
      expect(found[0]).to.contain(
        `names unknown type(s) "one", "two", "three", "four", "five" and 2 more; ignoring them.`
      );
      expect(MAX_LISTED).to.equal(5);
    });

    it(`warnOnce remembers at most ${MAX_REMEMBERED} warnings, forgetting the oldest`, () => {
      for (let i = 0; i <= MAX_REMEMBERED; i++) warnOnce('test-tag', `message ${i}`);
      expect(warnings.messages).to.have.length(MAX_REMEMBERED + 1);
      // The newest is still remembered; the oldest was forgotten, so it shows again.
      warnOnce('test-tag', `message ${MAX_REMEMBERED}`);
      expect(warnings.messages).to.have.length(MAX_REMEMBERED + 1);
      warnOnce('test-tag', 'message 0');
      expect(warnings.messages).to.have.length(MAX_REMEMBERED + 2);
    });
  });
});
