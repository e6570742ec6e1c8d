import {expect, waitUntil} from '@open-wc/testing';
import {forceGc} from '../contract/memory.js';
import type {FixtureWindow} from '../frame.js';
import type {Widget} from '../harness/harness.js';

// Lifecycle of the shipped files (built in memory by test/server/built-bundle.mjs),
// each in its own frame so every copy registers its own elements.
export {forceGc};

export const TAGS = [
  'dystonia-types',
  'symptom-areas',
  'patient-testimonial',
  'inquiry-cta',
  'dystonia-causes',
  'dystonia-symptoms',
  'clinic-approach',
  'dystonia-guide',
] as const;

export const TIMES = 1000;
const BATCH = 50;

/**
 * Counts how many of the registered objects the engine reclaimed, with
 * forced collections: Chromium exposes gc() (--js-flags=--expose-gc).
 * Firefox and WebKit expose no collection to a page. Allocation pressure
 * (tens of MB of short-lived garbage per round) was tried as the instrument
 * there: it did not get the finalizers to run within the test runner's
 * two-minute limit per file, so those engines churn the elements (they must
 * render and be removed without an error) but do not count.
 */
export class Instrument {
  collected = 0;
  registered = 0;
  private readonly registry = new FinalizationRegistry<number>(() => this.collected++);

  track = (value: object): void => {
    this.registry.register(value, this.registered++);
  };

  async settle(rounds = 60): Promise<number> {
    for (let round = 0; round < rounds && this.collected < this.registered; round++) {
      // Finalizers run in a task after a collection, never inside it.
      await new Promise((resolve) => setTimeout(resolve));
      forceGc?.();
    }
    await new Promise((resolve) => setTimeout(resolve));
    return this.collected;
  }
}

export async function blankFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = '/test/fixtures/lifecycle/blank.html';
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Adds the shipped script to the frame and waits until it registered `tag`. */
export async function load(win: FixtureWindow, src: string, tag: string): Promise<void> {
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = src;
  win.document.head.append(script);
  await waitUntil(() => win.customElements.get(tag), `${src} did not define <${tag}>`, {
    // The first request waits for the in-memory build.
    timeout: 60000,
  });
}

/** Creates, renders and removes `tag` TIMES in the frame, in batches; tracks every instance. */
export async function churn(win: FixtureWindow, tag: string, track: (el: object) => void): Promise<void> {
  const doc = win.document;
  const container = doc.createElement('div');
  doc.body.append(container);
  for (let done = 0; done < TIMES; done += BATCH) {
    const batch = Array.from({length: BATCH}, () => doc.createElement(tag) as Widget);
    container.append(...batch);
    await Promise.all(batch.map((el) => el.updateComplete));
    if (done === 0) {
      const base = batch[0].shadowRoot?.querySelector('[part="base"]') ?? null;
      expect(base, `<${tag}> rendered`).not.to.equal(null);
    }
    batch.forEach(track);
    container.replaceChildren();
  }
  container.remove();
}
