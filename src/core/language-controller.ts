import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {directionOf, getLocale, startLocalization, unwatch, watch, type Locale} from './locale.js';

/**
 * The language of a widget's text: `lang` and `dir` for its wrapper, and a
 * re-render whenever the page's locale has loaded. The first widget to
 * connect starts locale handling for the page.
 */
export class LanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The locale the text is rendered in. */
  get lang(): Locale {
    return getLocale();
  }

  /** The direction of that locale's script. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(getLocale());
  }

  hostConnected(): void {
    watch(this.host);
    startLocalization(this.host.localName);
  }

  hostDisconnected(): void {
    unwatch(this.host);
  }
}
