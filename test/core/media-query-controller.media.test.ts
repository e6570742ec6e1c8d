// Media features are emulated through test/media.ts: CDP in Chromium, prefs in
// Firefox; WebKitGTK cannot switch them at run time, so the suite skips there.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {LitElement} from 'lit';
import {MediaQueryController, REDUCED_MOTION} from '../../src/core/media-query-controller.js';
import {emulateMedia, skipWithoutMediaEmulation} from '../media.js';

/** The smallest host: shows whether reduced motion and a dark colour scheme are asked for. */
class MediaHost extends LitElement {
  readonly motion = new MediaQueryController(this, REDUCED_MOTION);
  readonly dark = new MediaQueryController(this, '(prefers-color-scheme: dark)');

  override render() {
    return html`<p>${this.motion.matches ? 'still' : 'moving'} ${this.dark.matches ? 'dark' : 'light'}</p>`;
  }
}
customElements.define('media-test-host', MediaHost);

function shown(el: MediaHost): string {
  return el.shadowRoot!.querySelector('p')!.textContent!;
}

describe('MediaQueryController', () => {
  before(async function () {
    await skipWithoutMediaEmulation(this);
  });
  afterEach(() => emulateMedia({reducedMotion: 'no-preference', colorScheme: 'light'}));

  it('reads the queries when its host connects', async () => {
    await emulateMedia({reducedMotion: 'reduce', colorScheme: 'dark'});
    const el = await fixture<MediaHost>(html`<media-test-host></media-test-host>`);
    expect(el.motion.matches).to.equal(true);
    expect(shown(el)).to.equal('still dark');
  });

  it('follows a change while connected and re-renders its host', async () => {
    const el = await fixture<MediaHost>(html`<media-test-host></media-test-host>`);
    expect(shown(el)).to.equal('moving light');
    await emulateMedia({colorScheme: 'dark'});
    await waitUntil(() => shown(el) === 'moving dark', 'no re-render on the change event');
    expect(el.dark.matches).to.equal(true);
  });

  it('refresh() reads the query afresh without waiting for the change event', async () => {
    const el = await fixture<MediaHost>(html`<media-test-host></media-test-host>`);
    await emulateMedia({reducedMotion: 'reduce'});
    expect(el.motion.refresh()).to.equal(true);
    await el.updateComplete;
    expect(shown(el)).to.equal('still light');
  });

  it('stops listening when its host leaves the page, and reads the query again when it is back', async () => {
    const el = await fixture<MediaHost>(html`<media-test-host></media-test-host>`);
    const parent = el.parentElement!;
    el.remove();
    await emulateMedia({reducedMotion: 'reduce'});
    // Long enough for a change event to arrive, had anything listened.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.motion.matches).to.equal(false);
    parent.append(el);
    expect(el.motion.matches).to.equal(true);
    await el.updateComplete;
    expect(shown(el)).to.equal('still light');
  });
});
