import {expect, waitUntil} from '@open-wc/testing';
import {frameWindow, type FixtureWindow} from '../frame.js';
import {textOf} from '../helpers.js';
import {blankFrame, TAGS} from './lifecycle-helpers.js';

// A host page whose customElements.define throws for one of our tags (a
// registry polyfill, or a page that guards a name for its own library) before
// the shipped files load (built in memory by test/server/built-bundle.mjs):
// that one tag stays unregistered with one warning, every other element is
// defined and renders, and nothing is thrown at the page.

/**
 * Makes the frame's customElements.define throw for `refused`, as such a host
 * page does: a DOMException, or (`bare`) a value with no string form at all.
 */
function refuse(win: FixtureWindow, refused: string, bare: boolean): void {
  const registry = win.customElements;
  const define = registry.define;
  registry.define = function (name: string, ...rest: [CustomElementConstructor, ElementDefinitionOptions?]) {
    if (name === refused)
      throw bare ? Object.create(null) : new DOMException(`"${name}" is reserved`, 'NotSupportedError');
    define.call(registry, name, ...rest);
  };
}

const CASES: Array<{files: string; src: string[]; refused: string; bare?: boolean}> = [
  // The first tag the bundle registers: before the fix nothing after it was registered.
  {files: 'the full bundle', src: ['/built/current/dystonia-widgets.js'], refused: 'dystonia-types'},
  // A tag the guide's and the symptoms' entries register too (they contain it).
  {
    files: 'the per-element entries',
    src: TAGS.map((tag) => `/built/current/elements/${tag}.js`),
    refused: 'symptom-areas',
  },
  // Thrown: an object without a string form (the warning quotes what it can, and does not throw itself).
  {files: 'the source entry', src: ['/src/define.ts'], refused: 'inquiry-cta', bare: true},
];

describe('a host page whose customElements.define refuses one of our tags', function () {
  // The first request for a built file waits for the in-memory rollup build.
  this.timeout(60000);
  const frames: HTMLIFrameElement[] = [];
  before(async () => {
    await fetch('/built/current/dystonia-widgets.js');
  });
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  for (const {files, src, refused, bare = false} of CASES) {
    it(`${files}: <${refused}> is left out with one warning, the other 7 elements work`, async () => {
      const frame = await blankFrame();
      frames.push(frame);
      const win = frameWindow(frame);
      const doc = win.document;
      refuse(win, refused, bare);
      // A contact page, so the calls to action (ours and the guide's) have something to offer, without a warning.
      const config = doc.createElement('script');
      config.type = 'application/json';
      config.dataset.dystoniaWidgets = '';
      config.textContent = '{"contactUrl": "https://clinic.example/contact"}';
      doc.head.append(config);
      doc.body.append(...TAGS.map((tag) => doc.createElement(tag)));
      for (const file of src) {
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = file;
        doc.head.append(script);
      }
      const others = TAGS.filter((tag) => tag !== refused);
      const undefinedTags = (): string[] => others.filter((tag) => !win.customElements.get(tag));
      await waitUntil(() => undefinedTags().length === 0, '', {timeout: 15000}).catch(() => {
        throw new Error(
          `not defined: ${undefinedTags().join(', ')}; page warnings and errors: ${win.warnings.join(' | ')}`
        );
      });
      for (const tag of others) {
        const el = doc.querySelector(tag) as HTMLElement & {updateComplete: Promise<boolean>};
        await el.updateComplete;
        const base = el.shadowRoot?.querySelector('[part="base"]');
        expect(base ?? null, `<${tag}> rendered`).to.not.equal(null);
        expect(textOf(base).length, `<${tag}> has text`).to.be.above(20);
      }
      expect(win.customElements.get(refused), `<${refused}> stays unregistered`).to.equal(undefined);
      // window 'error' events are recorded as "error: …" (test/fixtures/record.js).
      expect(
        win.warnings.filter((w) => w.startsWith('error')),
        'uncaught errors'
      ).to.deep.equal([]);
      expect(win.errors, 'console errors').to.deep.equal([]);
      // (The source entry's development Lit adds its own "dev mode" notice.)
      const ours = win.warnings.filter((w) => w.includes('dystonia-widgets'));
      expect(ours, ours.join(' | ')).to.have.length(1);
      expect(ours[0]).to.match(new RegExp(`^\\[dystonia-widgets\\] <${refused}>: `));
      expect(ours[0]).to.contain(bare ? '(object)' : `"${refused}" is reserved`);
    });
  }
});
