// Media features are emulated through test/media.ts: CDP in Chromium, prefs in
// Firefox; skipped where the engine cannot switch them at run time (WebKit).
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {emulateMedia, skipWithoutMediaEmulation} from './media.js';
import '../src/elements/inquiry-cta/define.js';
import type {InquiryCta} from '../src/elements/inquiry-cta/define.js';

const LOG = `media-${Math.random().toString(36).slice(2)}`;
const SLOW = `/api/inquiry/slow?delay=1000&log=${LOG}`;

describe('<inquiry-cta> and user preferences', () => {
  before(async function () {
    await skipWithoutMediaEmulation(this);
  });
  afterEach(() => emulateMedia({reducedMotion: 'no-preference'}));

  it('does not spin the progress mark while sending when reduced motion is requested', async () => {
    const el = await fixture<InquiryCta>(html`<inquiry-cta action=${SLOW}></inquiry-cta>`);
    const root = el.shadowRoot!;
    for (const [id, text] of [
      ['name', 'Ana'],
      ['email', 'ana@example.com'],
    ]) {
      root.getElementById(id)!.focus();
      await sendKeys({type: text});
    }
    root.getElementById('consent')!.focus();
    await sendKeys({press: ' '});
    const button = root.querySelector<HTMLButtonElement>('[part="submit"]')!;
    button.focus();
    const success = oneEvent(el, 'dw-inquiry-success');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(getComputedStyle(button, '::before').animationName).to.equal('spin');
    await emulateMedia({reducedMotion: 'reduce'});
    expect(getComputedStyle(button, '::before').animationName).to.equal('none');
    // Progress is still shown, without motion.
    expect(getComputedStyle(button, '::before').content).not.to.equal('none');
    await success;
  });
});
