import {expect, fixture, html} from '@open-wc/testing';
import {define} from '../src/core/define.js';
import {directionOf, matchLocale, registerDevLocale} from '../src/core/locale.js';
import {VERSION} from '../src/core/version.js';
import {DystoniaTypes} from '../src/elements/dystonia-types/dystonia-types.js';
import '../src/elements/dystonia-types/define.js';
import {recordWarnings, resetPage} from './helpers.js';

describe('core', () => {
  afterEach(resetPage);

  it('VERSION equals the version in package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as {version: string};
    expect(VERSION).to.equal(pkg.version);
  });

  describe('define()', () => {
    it('registering the same class again is a silent no-op', () => {
      const warnings = recordWarnings();
      try {
        expect(() => define('dystonia-types', DystoniaTypes)).not.to.throw();
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('another version already registered is kept, with one warning naming both versions', async () => {
      // Another copy: its define() tagged its class with its own file and version.
      class Older extends HTMLElement {
        static version = '0.0.1';
        static source = 'https://cdn.example/dystonia-widgets@0.0.1/dystonia-widgets.js';
      }
      customElements.define('dw-test-older', Older);
      class Newer extends DystoniaTypes {}
      const warnings = recordWarnings();
      try {
        define('dw-test-older', Newer);
        define('dw-test-older', Newer);
        expect(customElements.get('dw-test-older')).to.equal(Older);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('0.0.1').and.contain(VERSION);
        expect(warnings.messages[0])
          .to.contain(Older.source)
          .and.contain(import.meta.url.split('/test/')[0]);
        expect(warnings.messages[0]).to.contain('<dw-test-older>');
      } finally {
        warnings.restore();
      }
    });

    it("the same file evaluated again (a framework bundle's server and client layers) registers once, silently", async () => {
      // Two classes of one copy: define() tags both with this module's file.
      class First extends DystoniaTypes {}
      class Again extends DystoniaTypes {}
      const warnings = recordWarnings();
      try {
        define('dw-test-same', First);
        define('dw-test-same', Again);
        expect(customElements.get('dw-test-same')).to.equal(First);
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('locale matching', () => {
    const cases: Array<[string, string | undefined]> = [
      ['en', 'en'],
      ['EN-us', 'en'],
      ['es', 'es'],
      ['es-MX', 'es'],
      ['es_419', 'es'],
      ['ar', 'ar'],
      ['ar-EG', 'ar'],
      ['xx', undefined],
      ['', undefined],
      ['  ', undefined],
    ];
    for (const [tag, expected] of cases) {
      it(`"${tag}" → ${String(expected)}`, () => {
        expect(matchLocale(tag)).to.equal(expected);
      });
    }

    it('Arabic is right to left, Spanish and English left to right', () => {
      expect(directionOf('ar')).to.equal('rtl');
      expect(directionOf('ar-EG')).to.equal('rtl');
      expect(directionOf('es')).to.equal('ltr');
      expect(directionOf('en')).to.equal('ltr');
    });
  });

  it('registerDevLocale() after the widgets started is ignored with a warning', async () => {
    await fixture(html`<dystonia-types></dystonia-types>`);
    const warnings = recordWarnings();
    try {
      registerDevLocale('en-XA', () => Promise.resolve({templates: {}}));
      expect(matchLocale('en-XA')).to.equal('en');
      expect(warnings.messages.filter((m) => m.includes('registerDevLocale("en-XA")'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('a page with no lang renders English without a warning', async () => {
    const warnings = recordWarnings();
    try {
      document.documentElement.removeAttribute('lang');
      await new Promise((r) => setTimeout(r));
      const el = await fixture<DystoniaTypes>(html`<dystonia-types></dystonia-types>`);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
