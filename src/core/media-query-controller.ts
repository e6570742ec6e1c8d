import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** The preference that forbids automatic movement (WCAG 2.2.2, 2.3.3). */
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * A CSS media query as reactive state: `matches` follows the query while
 * the host is connected, and the host re-renders when it changes.
 */
export class MediaQueryController implements ReactiveController {
  /** Whether the query matches, as of the last `change` event or `refresh()`. */
  matches = false;

  private readonly list: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    query: string
  ) {
    // No window in a server render (Node): matches nothing, as without a preference.
    this.list = globalThis.matchMedia?.(query) ?? ({matches: false} as MediaQueryList);
    host.addController(this);
  }

  hostConnected(): void {
    this.list.addEventListener('change', this);
    this.refresh();
  }

  hostDisconnected(): void {
    this.list.removeEventListener('change', this);
  }

  /** The list's `change` event. */
  handleEvent(): void {
    this.refresh();
  }

  /**
   * Reads the query afresh and returns the result. Browsers deliver `change`
   * events late to a page in a background tab; code about to act on the
   * query (e.g. move something) calls this rather than trusting `matches`.
   */
  refresh(): boolean {
    const {matches} = this.list;
    if (matches !== this.matches) {
      this.matches = matches;
      this.host.requestUpdate();
    }
    return matches;
  }
}
