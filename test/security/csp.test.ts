import {expect, waitUntil} from '@open-wc/testing';
import {frameWindow, loadFrame, requestedPaths} from '../frame.js';
import {shippedTranslations, textOf} from '../helpers.js';

// The fixtures under /test/fixtures/csp/ are served with
// default-src 'self'; script-src 'self'; style-src 'self';
// require-trusted-types-for 'script'; trusted-types lit-html
// (test/server/csp.mjs) and load the shipped bundle.

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('enforces the policy in the fixture (an HTML string sink throws)', async () => {
    const frame = await loadFrame('/test/fixtures/csp/english.html');
    frames.push(frame);
    const doc = frame.contentDocument!;
    // The TypeError comes from the frame's realm, so match its message
    // (Chromium and Firefox word it differently).
    expect(() => {
      doc.body.insertAdjacentHTML('beforeend', '<b>not allowed</b>');
    }).to.throw(/TrustedHTML|Sink type mismatch/);
    expect(doc.body.querySelector('b')).to.equal(null);
  });

  it('renders in English with no violation and no translation download', async () => {
    const frame = await loadFrame('/test/fixtures/csp/english.html');
    frames.push(frame);
    const el = frame.contentDocument!.querySelector('dystonia-types')!;
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Different Types of Dystonia');
    expect(el.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(14);
    expect(frameWindow(frame).violations).to.deep.equal([]);
    const paths = requestedPaths(frame);
    expect(paths.some((p) => p.includes('/locales/'))).to.equal(false);
    // Nothing but our own bundle was requested: no fonts, no analytics, no
    // third party. (The test server injects its own /__web-dev-server__ script.)
    const ours = (p: string) =>
      p.startsWith('/built/current/') ||
      p.startsWith('/test/fixtures/') ||
      p.startsWith('/__web-dev-server__');
    expect(paths.filter((p) => !ours(p))).to.deep.equal([]);
  });

  it('loads the Spanish chunk lazily and renders it with no violation', async () => {
    const es = await shippedTranslations('es');
    const frame = await loadFrame('/test/fixtures/csp/spanish.html');
    frames.push(frame);
    const el = frame.contentDocument!.querySelector('dystonia-types')!;
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('h2')) === es.get('types.heading'), '', {
      timeout: 8000,
    });
    expect(textOf(el.shadowRoot!.querySelector('#description-focal'))).to.equal(
      es.get('types.focal.description')
    );
    expect(requestedPaths(frame)).to.include('/built/current/locales/es.js');
    expect(frameWindow(frame).violations).to.deep.equal([]);
  });

  it('keeps working when the script is pasted twice (the second Lit is refused by trusted-types)', async () => {
    const frame = await loadFrame('/test/fixtures/csp/twice.html');
    frames.push(frame);
    const el = frame.contentDocument!.querySelector('dystonia-types')!;
    expect(el.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(14);
    // lit-html's policy name is taken by the first copy, so the second copy
    // stops when its Lit loads; docs/security.md documents 'allow-duplicates'.
    await waitUntil(() => frameWindow(frame).warnings.some((w) => /policy.*lit-html/i.test(w)), '', {
      timeout: 8000,
    });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('#summary-focal')!;
    button.click();
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true');
  });
});
