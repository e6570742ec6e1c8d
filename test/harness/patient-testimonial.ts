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
  /**
   * The text a person sees on a button beside its icon: only text laid out
   * wider than a visually-hidden 1px clip, and shown.
   */
  visibleLabel(name: 'previous' | 'next' | 'pause'): string {
    return Array.from(this.button(name).querySelectorAll<HTMLElement>(':scope > :not([aria-hidden="true"])'))
      .filter((node) => isShown(node) && node.getBoundingClientRect().width > 1)
      .map(textOf)
      .join(' ');
  }
  /**
   * The button's accessible name: its aria-label when it has one, else (no
   * aria-labelledby here) the text of what is not aria-hidden, as the
   * accessible-name computation takes a button's name from its content.
   */
  accessibleName(name: 'previous' | 'next' | 'pause'): string {
    const button = this.button(name);
    expect(button.hasAttribute('aria-labelledby'), `${name} aria-labelledby`).to.equal(false);
    const own = button.getAttribute('aria-label');
    if (own !== null) return own;
    const walk = (node: Node): string =>
      node instanceof Element
        ? node.getAttribute('aria-hidden') === 'true'
          ? ''
          : Array.from(node.childNodes).map(walk).join('')
        : node.nodeType === Node.TEXT_NODE
          ? (node.textContent ?? '')
          : '';
    return walk(button).replace(/\s+/g, ' ').trim();
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
