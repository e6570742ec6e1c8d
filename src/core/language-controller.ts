import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {LOCALE_STATUS_EVENT, type LocaleStatusEventDetail} from '@lit/localize';
import {directionOf, getLocale, startLocalization, type Locale} from './locale.js';

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

  /** The locale status event: re-render once a locale has loaded. */
  handleEvent(event: Event): void {
    if ((event as CustomEvent<LocaleStatusEventDetail>).detail.status === 'ready') this.host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener(LOCALE_STATUS_EVENT, this);
    startLocalization(this.host.localName);
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_STATUS_EVENT, this);
  }
}
