import {html, nothing, type PropertyValues, isServer} from 'lit';
import type {AutoplayController} from '../../core/autoplay-controller.js';
import {stripBidi} from '../../core/bidi.js';
import {cut} from '../../core/warn.js';
import {DwElement} from '../../core/element.js';
import type {Props} from '../../core/schema.js';
import {schema} from './patient-testimonial.schema.js';
import {emit} from '../../core/events.js';
import {setting} from '../../core/config.js';
import {buttonStyles} from '../../core/button-styles.js';
import {baseStyles} from '../../core/styles.js';
import {testimonialsContent, type Testimonial} from '../../content/testimonials.js';
import {styles} from './patient-testimonial.styles.js';

export interface TestimonialChangeDetail {
  /** 0-based index of the testimonial now shown. */
  index: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dw-testimonial-change': CustomEvent<TestimonialChangeDetail>;
  }
}

/** The stop/start button's symbol: two bars (stop) or a triangle (start), one template for both. */
const mediaIcon = (stopped: boolean) =>
  html`<svg class="icon media-icon" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
    <path d=${stopped ? 'M2 1 9 5 2 9z' : 'M1.5 1H4V9H1.5zM6 1H8.5V9H6z'}></path>
  </svg>`;

// The schema's properties, typed (src/core/schema.ts, Props).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface PatientTestimonial extends Props<typeof schema> {}

/**
 * The clinic's patient testimonials: one quote (`index`), or all of them as
 * a set a visitor steps through with previous and next buttons (the WAI-ARIA
 * APG carousel pattern), optionally rotating on its own (`rotate`).
 *
 * Stepping wraps around (after the last quote comes the first): the buttons
 * never become disabled, so a keyboard user's focus is never dropped from a
 * button that just became disabled, and manual stepping follows the same
 * order as automatic rotation.
 *
 * Automatic rotation (WCAG 2.2.2): never under `prefers-reduced-motion:
 * reduce` (followed live, and read again before every change; the
 * stop/start button is then not shown, since nothing moves and it could not
 * start anything); paused while the pointer
 * is over the testimonials or keyboard focus is inside them (the stop/start
 * button itself excepted, so pressing "Start" visibly starts); stopped by
 * the visible stop/start button until a person starts it again. While it
 * rotates, the slide container is `aria-live="off"`, so screen readers are
 * not interrupted on every change; otherwise `polite`, so a step a person
 * takes is announced.
 *
 * The `heading-level` attribute is accepted for API consistency with the
 * other widgets but unused: the testimonials have no heading of their own.
 *
 * @tagname patient-testimonial
 *
 * @event {TestimonialChangeDetail} dw-testimonial-change - A person showed another testimonial with the previous or
 *   next button. `detail: {index}` (0-based). Not fired on automatic rotation, nor when the
 *   host sets `index`.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart testimonial - One testimonial (`<figure>`).
 * @csspart quote - The patient's words (`<blockquote>`).
 * @csspart attribution - Who said it (`<figcaption>`), "Patient" by default.
 * @csspart controls - The row of buttons and the position text.
 * @csspart previous - The previous-testimonial button (an arrow and its visible label).
 * @csspart next - The next-testimonial button (its visible label and an arrow).
 * @csspart pause - The button that stops and starts automatic rotation (a symbol and its visible label).
 * @csspart position - The "1 of 2" text between the buttons.
 *
 * @cssprop --dw-font - Font family (default: inherited from the page).
 * @cssprop --dw-color - Text colour (default: inherited from the page).
 * @cssprop --dw-accent - Fill of primary buttons, bars and selections (default: #005eb8).
 * @cssprop --dw-on-accent - Text and marks on the accent fill (default: #fff).
 * @cssprop --dw-accent-ink - Accent for text and lines on the page's background: outlines, markers, headings of disclosures (default: the accent mixed 62 % with the text colour, darker on light pages, lighter on dark ones).
 * @cssprop --dw-surface - Tint of cards and bars (default: the text colour at 5 %).
 * @cssprop --dw-focus-color - Focus outline colour (default: the text colour).
 * @cssprop --dw-link-color - Colour of links (default: the accent ink).
 * @cssprop --dw-quote-size - Font size of the quote (default: 1.25em).
 * @cssprop --dw-radius - Corner radius of buttons, cards and fields (default: 4px).
 * @cssprop --dw-spacing - Space between the quote and the controls (default: 1em).
 * @cssprop --dw-line-height - Line height of the text (default: 1.5).
 * @cssprop --dw-letter-spacing - Letter spacing of the text (default: normal).
 * @cssprop --dw-word-spacing - Word spacing of the text (default: normal).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PatientTestimonial extends DwElement {
  static override styles = [baseStyles, buttonStyles, styles];

  protected static override headed = false;

  static override schema = schema;

  static override get properties() {
    return {
      current: {state: true},
      changed: {state: true},
    };
  }

  /** The testimonial shown in the set. */
  private current = 0;

  /** Whether the quote has changed since the first render: only then does it fade in. */
  private changed = false;

  /** The validated `index` (undefined: show the set). */
  private single: number | undefined;

  /**
   * Rotation, its pauses, the stop/start button's state and reduced motion:
   * a lazy chunk, loaded only when `rotate` asks for rotation (most pages do
   * not), so the core pays nothing for it. Until it is here nothing rotates
   * and no stop button is needed; updateComplete waits for it.
   */
  private autoplay?: AutoplayController;

  /** The chunk loading, while it loads. */
  private loadingAutoplay?: Promise<void>;

  /** The period asked for by `rotate`, validated, in ms (undefined: no rotation). */
  private period?: number;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const count = testimonialsContent().testimonials.length;
    const first = !this.hasUpdated;
    if (first || changed.has('index')) this.single = this.validIndex(count);
    if (first || changed.has('rotate') || changed.has('index')) this.setPeriod();
    if (this.current >= count) this.current = 0;
  }

  protected override renderContent() {
    const content = testimonialsContent();
    const attribution = setting(this.localName, this.attribution, 'attribution') ?? content.attribution;
    const testimonials = content.testimonials;
    return this.single !== undefined
      ? this.renderTestimonial(testimonials[this.single], attribution)
      : this.renderSet(testimonials, attribution);
  }

  private renderTestimonial(testimonial: Testimonial, attribution: string) {
    return html`<figure part="testimonial" class="testimonial" data-testimonial=${testimonial.id}>
      <blockquote part="quote" class="quote">${testimonial.quote}</blockquote>
      <figcaption part="attribution" class="attribution"><bdi>${stripBidi(attribution)}</bdi></figcaption>
    </figure>`;
  }

  private renderSet(testimonials: Testimonial[], attribution: string) {
    const content = testimonialsContent();
    const {autoplay} = this;
    // ASCII digits: CLDR's default numbering system for every shipped
    // language, `latn` (Arabic's since CLDR 46, as Chromium 156, Firefox 153
    // and Node 20's ICU 78 write it; `arab`, ١, is the default of regions
    // such as ar-EG, and of Arabic in older CLDR: WebKitGTK on ICU 72). Not
    // Intl.NumberFormat: the page's first one costs 13–15 ms in Chromium, a
    // third of the guide's first render (issue 22), and its digits would
    // depend on the engine's CLDR. A language whose default is not `latn`
    // (fa: `arabext`, ۱) needs its digits mapped here (a zero code point per
    // locale, 0x6f0 for fa, the nine others following it);
    // test/patient-testimonial.test.ts compares each shipped locale with Intl.
    const position = (i: number) => content.position(`${i + 1}`, `${testimonials.length}`);
    // Controls come first in the DOM (the APG order: the stop button before
    // the changing content), and on screen, at the top of the card. The slides
    // hold nothing focusable, so the Tab order still matches what is seen.
    return html`<section
      class="carousel"
      aria-roledescription=${content.carouselRole}
      aria-label=${content.label}
      @pointerover=${autoplay?.listener}
      @pointerleave=${autoplay?.listener}
      @focusin=${autoplay?.listener}
      @focusout=${autoplay?.listener}
    >
      <div part="controls" class="controls">
        ${
          autoplay?.enabled
            ? html`<button
              part="pause"
              class="button pause"
              type="button"
              @click=${() => autoplay.toggle()}
            >
              ${mediaIcon(autoplay.stopped)}<span>${autoplay.stopped ? content.start : content.stop}</span>
            </button>`
            : nothing
        }
        ${this.stepButton('previous', content.previous, -1)}
        <span part="position" class="position">${position(this.current)}</span>
        ${this.stepButton('next', content.next, 1)}
      </div>
      <div id="slides" class="slides ${this.changed ? 'changed' : ''}" aria-live=${autoplay?.rotating ? 'off' : 'polite'}>
        ${testimonials.map(
          (testimonial, i) => html`<div
            class="slide"
            role="group"
            aria-roledescription=${content.slideRole}
            aria-label=${position(i)}
            ?hidden=${i !== this.current}
          >
            ${this.renderTestimonial(testimonial, attribution)}
          </div>`
        )}
      </div>
    </section>`;
  }

  /**
   * A person's step: fires the event, and the next automatic change waits a
   * full period. The label is visible beside the arrow (an icon alone is
   * a guess for many people) and is the button's accessible name; CSS puts
   * the arrow at the outer end of each button.
   */
  private stepButton(part: 'previous' | 'next', label: string, delta: number) {
    return html`<button
      part=${part}
      class="button ${part}"
      type="button"
      aria-controls="slides"
      @click=${() => this.step(delta)}
    >
      <span class="icon chevron" aria-hidden="true"></span><span>${label}</span>
    </button>`;
  }

  private step(delta: number): void {
    this.show(this.current + delta);
    this.autoplay?.restart();
    emit(this, 'dw-testimonial-change', {index: this.current});
  }

  /** Shows the testimonial at `index`, wrapping around at either end. */
  private show(index: number): void {
    const count = testimonialsContent().testimonials.length;
    this.current = (index + count) % count;
    this.changed = true;
  }

  private validIndex(count: number): number | undefined {
    const value = this.index;
    if (value === undefined || value === null) return undefined;
    if (Number.isInteger(value) && value >= 0 && value < count) return value;
    this.warn(
      `index="${cut(this.getAttribute('index') ?? value)}" is not a whole number from 0 to ` +
        `${count - 1}; showing the first testimonial.`
    );
    return 0;
  }

  /** Validates `rotate` and starts or stops rotation; the controller keeps the period within its range. */
  private setPeriod(): void {
    const value = this.rotate;
    const shown = cut(this.getAttribute('rotate') ?? value);
    let period: number | undefined;
    if (value === undefined || value === null) {
      // No rotate: no rotation, nothing to say.
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      this.warn(`rotate="${shown}" is not a positive number of seconds; not rotating.`);
    } else if (this.single !== undefined) {
      this.warn(`rotate="${shown}" has no effect with index, which shows one testimonial.`);
    } else period = value * 1000;
    const {min, max} = schema.rotate;
    const used = period && Math.min(Math.max(period, min * 1000), max * 1000);
    // Kept in range (the controller keeps it there too), with one warning here rather than silently.
    if (used !== period) {
      this.warn(`rotate="${shown}" is outside ${min} to ${max} seconds; using ${used! / 1000}.`);
    }
    this.period = used;
    this.autoplay?.setPeriod(used);
    if (used && !this.autoplay && !isServer)
      this.loadingAutoplay ??= import('../../core/autoplay-controller.js').then(
        ({AutoplayController}) => {
          this.autoplay = new AutoplayController(this, () => this.show(this.current + 1), '.pause');
          this.autoplay.setPeriod(this.period);
          this.requestUpdate();
        },
        () =>
          this.warn(
            'the rotation could not be loaded (serve the chunks/ folder next to the script); not rotating.'
          )
      );
  }

  /** Resolves after the rotation's chunk too, when `rotate` asked for it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.loadingAutoplay;
    return super.getUpdateComplete();
  }
}
