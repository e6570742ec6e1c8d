import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {MediaQueryController, REDUCED_MOTION} from './media-query-controller.js';

/**
 * The shortest period between automatic changes, in milliseconds: shorter
 * ones are raised to it, so that nothing flickers faster than a person can
 * read a word of it.
 */
export const MIN_PERIOD = 1000;

/**
 * The longest period, in milliseconds: setTimeout treats delays beyond
 * 2^31 − 1 ms as 0, so longer ones are capped rather than spinning.
 */
export const MAX_PERIOD = 2 ** 31 - 1;

/** Why a person's attention pauses the rotation; each is independent of the other. */
type Interaction = 'pointer' | 'focus';

/**
 * Automatic rotation (WCAG 2.2.2) for a host whose content changes on its
 * own: one timer that calls `advance` every period, and the rules around it.
 *
 * - Paused while the pointer is over the rotating region or keyboard focus
 *   is inside it: two independent interactions, counted, and the rotation
 *   runs only while none is active. Bind `listener` to the region's
 *   `pointerover`, `pointerleave`, `focusin` and `focusout` events. Events from elements matching `exempt` (the stop/start
 *   button) end a pause instead of starting one, so pressing "Start"
 *   visibly starts.
 * - Stopped and started by a person (`toggle()`, for the stop/start
 *   button); only a person starts it again.
 * - Never moves under `prefers-reduced-motion: reduce`. The timer keeps
 *   running and reads the preference afresh each time it fires instead of
 *   trusting the last `change` event: browsers deliver those late to a page
 *   in a background tab, and a late event must never let anything move. The
 *   same reading lets rotation resume once the preference is lifted.
 * - No timer while the host is out of the page; back in, it picks up again.
 */
export class AutoplayController implements ReactiveController {
  /** A person pressed the stop button. */
  stopped = false;

  /** Milliseconds between changes; undefined: no rotation. */
  private period: number | undefined;

  private readonly active = new Set<Interaction>();

  private readonly reducedMotion: MediaQueryController;

  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly advance: () => void,
    private readonly exempt: string
  ) {
    this.reducedMotion = new MediaQueryController(host, REDUCED_MOTION);
    host.addController(this);
  }

  /** Rotation is configured and allowed: the stop/start button is worth showing. */
  get enabled(): boolean {
    return this.period !== undefined && !this.reducedMotion.matches;
  }

  /** The content is changing on its own right now (a live region is then `off`). */
  get rotating(): boolean {
    return this.enabled && !this.stopped && this.active.size === 0;
  }

  /**
   * Sets the period in milliseconds, kept within MIN_PERIOD and MAX_PERIOD;
   * undefined turns rotation off. Starts a full period. Returns the period
   * used, so that the host can warn when it differs from the one asked for.
   */
  setPeriod(period: number | undefined): number | undefined {
    this.period = period === undefined ? undefined : Math.min(Math.max(period, MIN_PERIOD), MAX_PERIOD);
    this.restart();
    return this.period;
  }

  /** The stop/start button: a person's choice, never overridden. */
  toggle(): void {
    this.stopped = !this.stopped;
    this.changed();
  }

  /** A person changed the content: the next automatic change waits a full period. */
  restart(): void {
    this.clear();
    this.sync();
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.clear();
  }

  /**
   * The listener for the region's `pointerover`, `pointerleave`, `focusin`
   * and `focusout` events.
   */
  readonly listener = (event: Event): void => {
    const {type, target, relatedTarget, currentTarget} = event as FocusEvent;
    this.set(
      type.startsWith('pointer') ? 'pointer' : 'focus',
      type === 'pointerover' || type === 'focusin'
        ? // Arrived on an element inside: the exempt button ends a pause.
          !(target instanceof Element && target.closest(this.exempt))
        : // Left an element: still inside only when moving to another one of the region.
          relatedTarget instanceof Node && (currentTarget as Node).contains(relatedTarget)
    );
  };

  private set(interaction: Interaction, on: boolean): void {
    if (on === this.active.has(interaction)) return;
    if (on) this.active.add(interaction);
    else this.active.delete(interaction);
    this.changed();
  }

  private changed(): void {
    this.host.requestUpdate();
    this.sync();
  }

  /** Keeps one timer running while rotation is wanted, reduced motion aside (see the class). */
  private sync(): void {
    if (this.period === undefined || this.stopped || this.active.size > 0 || !this.host.isConnected) {
      this.clear();
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      if (!this.reducedMotion.refresh()) this.advance();
      this.sync();
    }, this.period);
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
