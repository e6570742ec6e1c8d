import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {TemplateResult} from 'lit';
import type {DwElement} from '../src/core/element.js';
import {resetPage, setPageLang} from './helpers.js';

// Values the host supplies are isolated from the sentence around them
// (src/core/bidi.ts): FSI…PDI inside translated sentences, <bdi> for the
// attribution and the phone number. Besides the text, each test checks the
// visual order of characters with Range rects: without isolation these
// values would be drawn in the wrong order in an Arabic (RTL) sentence.

const FSI = '\u2068';
const PDI = '\u2069';
/** A name ending in RIGHT-TO-LEFT OVERRIDE, which would reverse what follows it. */
const OVERRIDE = 'Clinic\u202E';

/** The horizontal centre of the character at `offset` inside the first occurrence of `text` under `root`. */
function xOf(root: Node, text: string, offset = 0): {x: number; top: number} {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at + offset);
    range.setEnd(node, at + offset + 1);
    const rect = range.getBoundingClientRect();
    return {x: rect.left + rect.width / 2, top: rect.top};
  }
  throw new Error(`"${text}" not found`);
}

/** True when the character at `a` is drawn left of the one at `b`, on the same line. */
function leftOf(root: Node, a: [string, number], b: [string, number]): boolean {
  const first = xOf(root, ...a);
  const second = xOf(root, ...b);
  expect(Math.abs(first.top - second.top), 'same line').to.be.below(4);
  return first.x < second.x;
}

async function render<T extends DwElement>(template: TemplateResult): Promise<{el: T; root: ShadowRoot}> {
  const el = await fixture<T>(template);
  // One line, so that the order of characters is the order on that line.
  el.style.whiteSpace = 'nowrap';
  await el.updateComplete;
  return {el, root: el.shadowRoot!};
}

function part(root: ShadowRoot, name: string): Element {
  const found = root.querySelector(`[part~="${name}"]`);
  expect(found, `part="${name}"`).not.to.equal(null);
  return found!;
}

describe('bidi-safe values', () => {
  afterEach(() => resetPage());

  for (const lang of ['en', 'ar']) {
    describe(lang, () => {
      beforeEach(() => setPageLang(lang));

      for (const name of ['123 Clinic', 'Clinic!', 'مركز الأعصاب']) {
        it(`isolates clinic-name="${name}" in the clinic heading and the call to action`, async () => {
          const {root} = await render(html`<clinic-approach clinic-name=${name}></clinic-approach>`);
          expect(part(root, 'heading').textContent).to.contain(`${FSI}${name}${PDI}`);
          const cta = await render(html`<inquiry-cta clinic-name=${name}></inquiry-cta>`);
          expect(part(cta.root, 'heading').textContent).to.contain(`${FSI}${name}${PDI}`);
        });

        it(`isolates attribution="${name}" in a <bdi>`, async () => {
          const {root} = await render(
            html`<patient-testimonial index="0" attribution=${name}></patient-testimonial>`
          );
          const bdi = part(root, 'attribution').querySelector('bdi');
          expect(bdi?.textContent).to.equal(name);
        });
      }

      it('removes bidi controls from a value, so it cannot close its isolate or reorder the text after it', async () => {
        const value = 'Clinic\u202Eevil\u2069\u202Bx\u200F';
        const {root} = await render(html`<clinic-approach clinic-name=${value}></clinic-approach>`);
        const heading = part(root, 'heading');
        expect(heading.textContent).to.contain(`${FSI}Clinicevilx${PDI}`);
        expect(heading.textContent).not.to.match(/[\u202a-\u202e\u200e\u200f\u061c]/);
        // Drawn in order: "evil", not "live".
        expect(leftOf(heading, ['evil', 0], ['evil', 3])).to.equal(true);
        const t = await render(
          html`<patient-testimonial index="0" attribution=${value}></patient-testimonial>`
        );
        expect(part(t.root, 'attribution').querySelector('bdi')?.textContent).to.equal('Clinicevilx');
      });

      it('keeps the sentence after a value with an override in order', async () => {
        const {root} = await render(html`<clinic-approach clinic-name=${OVERRIDE}></clinic-approach>`);
        const heading = part(root, 'heading');
        // The words after the name ("Can Help" in English, "المساعدة" in Arabic) are not reversed.
        const after = lang === 'en' ? 'Help' : 'المساعدة';
        const start = leftOf(heading, [after, 0], [after, after.length - 1]);
        expect(start).to.equal(lang === 'en');
      });
    });
  }

  describe('visual order in Arabic', () => {
    beforeEach(() => setPageLang('ar'));

    it('draws "Clinic!" with the mark after the name, in the heading and the attribution', async () => {
      const {root} = await render(html`<inquiry-cta clinic-name="Clinic!"></inquiry-cta>`);
      expect(leftOf(part(root, 'heading'), ['Clinic!', 5], ['Clinic!', 6])).to.equal(true);
      const t = await render(
        html`<patient-testimonial index="0" attribution="Clinic!"></patient-testimonial>`
      );
      expect(leftOf(part(t.root, 'attribution'), ['Clinic!', 5], ['Clinic!', 6])).to.equal(true);
    });

    it('draws "123 Clinic" with the number before the name', async () => {
      const {root} = await render(html`<clinic-approach clinic-name="123 Clinic"></clinic-approach>`);
      expect(leftOf(part(root, 'heading'), ['123 Clinic', 0], ['123 Clinic', 4])).to.equal(true);
      const t = await render(
        html`<patient-testimonial index="0" attribution="123 Clinic"></patient-testimonial>`
      );
      expect(leftOf(part(t.root, 'attribution'), ['123 Clinic', 0], ['123 Clinic', 4])).to.equal(true);
    });

    it('draws the phone number left to right, isolated in a <bdi dir="ltr">', async () => {
      const {root} = await render(html`<inquiry-cta phone="+1 555 0100"></inquiry-cta>`);
      const phone = part(root, 'phone');
      const number = phone.querySelector('bdi.number');
      expect(number?.getAttribute('dir')).to.equal('ltr');
      expect(number?.textContent).to.equal('+1 555 0100');
      expect(leftOf(phone, ['+1 555 0100', 0], ['+1 555 0100', 10])).to.equal(true);
    });
  });
});
