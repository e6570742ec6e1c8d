import {expect, waitUntil} from '@open-wc/testing';
import {frameWindow, loadFrame} from '../frame.js';
import {textOf} from '../helpers.js';

// These pages load the shipped bundle (rollup.config.mjs, built in memory by
// test/server/built-bundle.mjs) with plain <script type="module"> tags, the
// way a marketing editor pastes it.

describe('the bundle on a host page', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('pasted twice from two URLs: one warning names both and the widget works', async () => {
    const frame = await loadFrame('/test/fixtures/twice.html');
    frames.push(frame);
    const win = frameWindow(frame);
    const el = frame.contentDocument!.querySelector('dystonia-types')!;
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Different Types of Dystonia');
    // Both copies ran: the second one's define() found the tags taken and said so once.
    await waitUntil(() => win.warnings.length > 0, 'no warning', {timeout: 8000});
    const about = win.warnings.filter((w) => w.includes('dystonia-widgets'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('loaded twice');
    expect(about[0]).to.contain('/built/current/dystonia-widgets.js');
    expect(about[0]).to.contain('/built/copy/dystonia-widgets.js');
    expect(win.warnings.filter((w) => w.startsWith('error'))).to.deep.equal([]);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('#summary-cervical')!;
    button.click();
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true');
  });

  it('two versions: the first keeps the tag and one warning names both versions', async () => {
    const frame = await loadFrame('/test/fixtures/two-versions.html');
    frames.push(frame);
    const win = frameWindow(frame);
    await waitUntil(() => win.warnings.some((w) => w.includes('9.9.9')), 'no version warning', {
      timeout: 8000,
    });
    const about = win.warnings.filter((w) => w.includes('loaded twice'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('<dystonia-types>');
    expect(about[0]).to.contain('0.1.0');
    expect(about[0]).to.contain('9.9.9');
    const el = frame.contentDocument!.querySelector('dystonia-types')!;
    expect((el.constructor as unknown as {version: string}).version).to.equal('0.1.0');
  });
});
