import {expect, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {frameWindow, loadFrame} from '../frame.js';
import type {Widget} from '../harness/harness.js';
import {textOf} from '../helpers.js';
import {blankFrame, load} from './lifecycle-helpers.js';

describe('lifecycle: moved, upgraded late, nested in a shadow root', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('adoptNode into an iframe: the element keeps its styles and still updates', async () => {
    const el = document.createElement('dystonia-types') as Widget;
    document.body.append(el);
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('block');
    const frame = await blankFrame();
    frames.push(frame);
    const win = frameWindow(frame);
    win.document.body.append(win.document.adoptNode(el));
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    // :host { display: block } and the base wrapper's rules apply in the new document.
    expect(win.getComputedStyle(el).display).to.equal('block');
    expect(win.getComputedStyle(base).display).not.to.equal('inline');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('#summary-focal')!;
    button.click();
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true');
    // And back: Lit's own sheets again.
    document.body.append(document.adoptNode(el));
    expect(getComputedStyle(el).display).to.equal('block');
    el.remove();
  });

  it('upgrades elements already in the page (and in a shadow root) when the script loads', async () => {
    const frame = await blankFrame();
    frames.push(frame);
    const win = frameWindow(frame);
    const doc = win.document;
    doc.body.innerHTML = '<dystonia-types heading-level="3"></dystonia-types><div id="host"></div>';
    const inner = doc.getElementById('host')!.attachShadow({mode: 'open'});
    inner.append(doc.createElement('clinic-approach'));
    await load(win, '/built/current/dystonia-widgets.js', 'dystonia-types');
    const types = doc.querySelector('dystonia-types') as Widget;
    const nested = inner.querySelector('clinic-approach') as Widget;
    await types.updateComplete;
    await nested.updateComplete;
    expect(textOf(types.shadowRoot!.querySelector('h3'))).to.equal('Different Types of Dystonia');
    expect(nested.shadowRoot!.querySelector('[part="heading"]')).not.to.equal(null);
    expect(win.getComputedStyle(nested).display).to.equal('block');
    expect(win.warnings).to.deep.equal([]);
  });

  it('renders inside another shadow root, created there after the script loaded', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({mode: 'open'});
    const el = document.createElement('dystonia-causes') as Widget;
    root.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="heading"]')).not.to.equal(null);
    expect(getComputedStyle(el).display).to.equal('block');
    host.remove();
  });
});

describe('loaded twice, told', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('a per-element entry and the full bundle: one warning naming both URLs; both copies render', async () => {
    const frame = await loadFrame('/test/fixtures/entry-and-bundle.html');
    frames.push(frame);
    const win = frameWindow(frame);
    await waitUntil(() => win.warnings.length > 0, 'no warning', {timeout: 8000});
    const about = win.warnings.filter((w) => w.includes('loaded twice'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('/built/current/dystonia-widgets.js');
    expect(about[0]).to.match(/\/built\/current\/elements\/\S+\.js/);
    expect(about[0]).to.contain('Load only one of the two scripts');
    expect(win.warnings.filter((w) => w.startsWith('error'))).to.deep.equal([]);
    // <dystonia-types> is the entry's, <clinic-approach> the bundle's.
    const types = frame.contentDocument!.querySelector('dystonia-types')!;
    const clinic = frame.contentDocument!.querySelector('clinic-approach')!;
    const source = (el: Element) => (el.constructor as unknown as {source: string}).source;
    expect(source(types)).to.contain('/elements/');
    expect(source(clinic)).to.contain('/built/current/dystonia-widgets.js');
    await waitUntil(() => clinic.shadowRoot?.querySelector('[part="heading"]'));
  });
});

describe('Trusted Types refuses Lit’s policy', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('trusted-types does not list lit-html: one error naming the directive; the page runs on', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/csp/refused/english.html';
    document.body.append(frame);
    frames.push(frame);
    const win = frameWindow(frame) as ReturnType<typeof frameWindow> & {hostRan?: boolean};
    await waitUntil(() => win.errors?.length > 0 && win.hostRan, 'no error, or the host script did not run', {
      timeout: 30000,
    });
    expect(win.errors).to.have.length(1);
    expect(win.errors[0]).to.contain('[dystonia-widgets]');
    expect(win.errors[0]).to.contain('trusted-types lit-html');
    expect(frame.contentDocument!.querySelector('dystonia-types')!.shadowRoot).to.equal(null);
  });

  it('the script twice under Trusted Types: the second copy says to load it once or allow duplicates', async () => {
    const frame = await loadFrame('/test/fixtures/csp/twice.html');
    frames.push(frame);
    const win = frameWindow(frame);
    await waitUntil(() => win.errors.length > 0, 'no error', {timeout: 8000});
    expect(win.errors).to.have.length(1);
    expect(win.errors[0]).to.contain("'allow-duplicates'");
    expect(win.errors[0]).to.contain('once');
  });
});
