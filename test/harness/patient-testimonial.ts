import {expect} from '@open-wc/testing';
import type {PatientTestimonial} from '../../src/elements/patient-testimonial/patient-testimonial.js';
import {textOf} from '../helpers.js';
import {ElementHarness, isShown} from './harness.js';

/** `<patient-testimonial>`: one quote, or a carousel of them with buttons. */
export class PatientTestimonialHarness extends ElementHarness<PatientTestimonial> {
  button(name: 'previous' | 'next' | 'pause'): HTMLButtonElement {
    const found = this.part(name);
    if (!(found instanceof HTMLButtonElement)) throw new Error(`no ${name} button`);
    return found;
  }
  /** The pause (stop/start) button, or null when there is none. */
  pauseButton(): HTMLButtonElement | null {
    return this.root.querySelector('[part="pause"]');
  }
  /**
   * What matches `selector`, as text: assertions compare strings, never DOM
   * nodes (a failing assertion on a node inside a shadow root hangs the test
   * page while the runner serializes it).
   */
  found(selector: string): string[] {
    return this.all(selector).map((node) => node.getAttribute('part') ?? node.localName);
  }
  /** The part name of the focused element inside the widget. */
  focusedPart(): string | null {
    return this.root.activeElement?.getAttribute('part') ?? null;
  }
  slides(): HTMLElement[] {
    return this.all('[role="group"]');
  }
  liveRegion(): HTMLElement {
    return this.root.querySelector<HTMLElement>('[aria-live]')!;
  }
  liveness(): string | null {
    return this.liveRegion().getAttribute('aria-live');
  }
  /** The quotes a person sees right now. */
  shownQuotes(): string[] {
    return this.all('blockquote').filter(isShown).map(textOf);
  }
  shownAttributions(): string[] {
    return this.all('figcaption').filter(isShown).map(textOf);
  }
  /** The one quote a person sees; fails unless exactly one is shown. */
  shownQuote(): string {
    const shown = this.shownQuotes();
    expect(shown, 'exactly one quote is shown').to.have.length(1);
    return shown[0];
  }
  /**
   * Ends the quote's fade-in, so axe measures its final colours. Finished
   * rather than awaited: a test page in a background tab (the runner opens
   * two at once) renders no frames, so its animations never end by themselves.
   */
  override async settled(): Promise<this> {
    await this.el.updateComplete;
    this.root.getAnimations().forEach((animation) => animation.finish());
    return this;
  }
  /**
   * The pointer moving onto `target`: the event the browser fires.
   * Dispatched, so it can point at one exact part.
   */
  static pointerOnto(target: Element): void {
    target.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
  }
  /** The pointer leaving the testimonials. */
  pointerAway(): void {
    this.root.querySelector('section')!.dispatchEvent(new PointerEvent('pointerleave'));
  }
}

/** The harness around a rendered <patient-testimonial>. */
export function harness(el: PatientTestimonial): PatientTestimonialHarness {
  return new PatientTestimonialHarness(el);
}
