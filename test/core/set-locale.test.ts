import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/dystonia-types/define.js';
import type {DystoniaTypes} from '../../src/elements/dystonia-types/dystonia-types.js';
import {getLocale, setLocale} from '../../src/core/locale.js';
import {recordWarnings, resetPage, setPageLang, shippedTranslations, textOf} from '../helpers.js';

// setLocale() is public API, called by host scripts that may pass anything
// (a value read from a cookie or a framework's state, not yet set): anything
// but a string or undefined is one warning and changes nothing, and the page
// keeps following <html lang> and its config.

const ENGLISH = 'Different Types of Dystonia';

/** Values a host script may pass by mistake, with what the warning quotes of each. */
const BAD: Array<[string, unknown, string]> = [
  ['null', null, 'setLocale(null)'],
  ['a number', 42, 'setLocale(42)'],
  ['an array', ['es'], 'setLocale(es)'],
  ['an object', {}, 'setLocale([object Object])'],
  // No string form at all: quoted by its type.
  ['an object without a prototype', Object.create(null), 'setLocale(object)'],
];

describe('setLocale() with anything but a string or undefined', () => {
  let spanish = '';
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => void errors.push(event.message);
  before(async () => {
    spanish = (await shippedTranslations('es')).get('types.heading')!;
    expect(spanish).to.not.equal(ENGLISH);
  });
  beforeEach(() => window.addEventListener('error', onError));
  afterEach(async () => {
    window.removeEventListener('error', onError);
    errors.length = 0;
    await resetPage();
  });

  const heading = (el: DystoniaTypes): string => textOf(el.shadowRoot!.querySelector('h2'));

  it('warns once per kind of value, throws nothing, and <html lang> still switches the language', async () => {
    const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
    const warnings = recordWarnings();
    const thrown: string[] = [];
    try {
      for (const [kind, value] of BAD) {
        // Twice: the same mistake in a loop is still one warning.
        for (let i = 0; i < 2; i++) {
          try {
            const result = setLocale(value as string);
            expect(result, kind).to.be.instanceOf(Promise);
            await result;
          } catch (error) {
            thrown.push(`${kind}: ${String(error)}`);
          }
        }
      }
      expect(getLocale()).to.equal('en');
      await el.updateComplete;
      expect(heading(el)).to.equal(ENGLISH);
      // The page's language still rules: the <html lang> watcher neither threw nor stopped.
      await setPageLang('es');
      await el.updateComplete;
      expect(heading(el), 'after <html lang="es">').to.equal(spanish);
      expect(getLocale()).to.equal('es');
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
      expect(thrown, 'thrown by setLocale()').to.deep.equal([]);
      expect(errors, 'uncaught errors').to.deep.equal([]);
      expect(warnings.messages).to.have.length(BAD.length);
      BAD.forEach(([kind, , quoted], i) => {
        expect(warnings.messages[i], kind).to.match(/^\[dystonia-widgets\] <[a-z-]+>: /);
        expect(warnings.messages[i], kind).to.contain(quoted);
      });
    } finally {
      warnings.restore();
    }
  });

  it('keeps a locale set before, and setLocale(undefined) still hands back to <html lang>', async () => {
    const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
    const warnings = recordWarnings();
    try {
      await setLocale('es');
      await el.updateComplete;
      expect(heading(el)).to.equal(spanish);
      await setLocale(null as unknown as string);
      await setPageLang('en');
      await el.updateComplete;
      // The earlier setLocale('es') still overrides <html lang>.
      expect(heading(el)).to.equal(spanish);
      await setLocale(undefined);
      await el.updateComplete;
      expect(heading(el)).to.equal(ENGLISH);
      expect(warnings.messages.filter((m) => m.includes('setLocale('))).to.have.length(1);
    } finally {
      warnings.restore();
    }
    expect(errors, 'uncaught errors').to.deep.equal([]);
  });

  it('the <html lang> watcher takes any value without throwing', async () => {
    const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
    const warnings = recordWarnings();
    try {
      const odd = [
        '__proto__',
        'constructor',
        'toString',
        '-',
        '_',
        ' ',
        'es-',
        '\u202eAR',
        'x'.repeat(5000),
      ];
      for (const lang of odd) await setPageLang(lang);
      await setPageLang(null);
      await el.updateComplete;
      expect(heading(el)).to.equal(ENGLISH);
      await setPageLang('es');
      await el.updateComplete;
      expect(heading(el)).to.equal(spanish);
    } finally {
      warnings.restore();
    }
    expect(errors, 'uncaught errors').to.deep.equal([]);
  });
});
