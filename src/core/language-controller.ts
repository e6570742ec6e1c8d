import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {
  directionOf,
  followLang,
  isLoaded,
  loadLocale,
  localeFor,
  pageLocale,
  shippedLocales,
  startLocalization,
  unwatch,
  watch,
  type Locale,
} from './locale.js';

/**
 * The `lang` an element has as HTML defines it: its own, else its nearest
 * ancestor's (through shadow roots, so a widget another one composes
 * follows it), stopping below `<html>`, whose `lang` is the page's (see
 * getLocale()). An empty `lang` (unknown language) counts as none.
 */
function langOf(element: Element): string | undefined {
  for (let node: Node | null = element; node; node = (node as ShadowRoot).host ?? node.parentNode) {
    // Elements only (a server render's element has getAttribute and no nodeType).
    if (!('getAttribute' in node) || node === node.ownerDocument?.documentElement) continue;
    const lang = (node as Element).getAttribute('lang')?.trim();
    if (lang) return lang;
  }
  return undefined;
}

/**
 * The language of a widget's text: its own (its `lang`, or an ancestor's)
 * or else the page's, the `lang` and `dir` of its wrapper, and a re-render
 * whenever a language changes or a translation has loaded. The first widget
 * to connect starts locale handling for the page. Widgets that a widget
 * composes get its language as their `lang` (the guide, the symptoms).
 */
export class LanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The element's own language as written (its `lang`, or an ancestor's), if it has one. */
  get asked(): string | undefined {
    return langOf(this.host);
  }

  /** The locale the element asks for: its language, else the page's. Unknown ones warn once and give English. */
  get wanted(): Locale {
    const lang = this.asked;
    return lang === undefined ? pageLocale() : localeFor(lang, 'lang=%s', this.host.localName);
  }

  /** The locale the text is rendered in: the wanted one once its translation is here, English until then. */
  get lang(): Locale {
    const locale = this.wanted;
    if (isLoaded(locale)) return locale;
    void loadLocale(locale, this.host.localName);
    return shippedLocales[0];
  }

  /** The direction of that locale's script. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.lang);
  }

  /** `lang` changes in the shadow roots around the element (src/core/locale.ts, followLang). */
  private observer?: MutationObserver;

  hostConnected(): void {
    watch(this.host);
    startLocalization(this.host.localName);
    if (!isServer) this.observer = followLang(this.host);
  }

  hostDisconnected(): void {
    unwatch(this.host);
    this.observer?.disconnect();
  }
}
