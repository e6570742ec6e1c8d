/**
 * The clinic page (demo/index.html): its language from `?lang=` (en, es,
 * ar; anything else English), set on `<html lang dir>` before the widgets
 * are defined, so they start in it; the language switch changes it in place
 * and rewrites the address, so the link can be shared. The widgets follow
 * `<html lang>` themselves; the site's own text comes from clinic-site.ts.
 */
import {directionOf, pickLanguage, STRINGS, translateChrome, type Language} from './clinic-site.js';

const html = document.documentElement;
const switchLinks = [...document.querySelectorAll<HTMLAnchorElement>('.lang-switch a[hreflang]')];

function apply(language: Language): void {
  html.lang = language;
  html.dir = directionOf(language);
  translateChrome(document, language);
  document.title = STRINGS[language].title;
  for (const link of switchLinks) {
    if (link.hreflang === language) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/** The address with `?lang=` set to the language shown (the rest of it kept). */
function rewriteAddress(language: Language): void {
  const url = new URL(location.href);
  if (url.searchParams.get('lang') === language) return;
  url.searchParams.set('lang', language);
  history.replaceState(history.state, '', url);
}

const requested = new URLSearchParams(location.search).get('lang');
const language = pickLanguage(requested);
apply(language);
// ?lang=xx shows English and says so in the address; no ?lang= stays as it is.
if (requested !== null) rewriteAddress(language);

for (const link of switchLinks) {
  link.addEventListener('click', (event) => {
    // Ctrl/⌘-click or a middle click opens the language in a new tab, as the link says.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const chosen = pickLanguage(link.hreflang);
    apply(chosen);
    rewriteAddress(chosen);
  });
}

// Narrow screens: the main menu behind a "Menu" button (without this script it is always shown).
const nav = document.querySelector<HTMLElement>('.main-nav')!;
const toggle = nav.querySelector<HTMLButtonElement>('.menu-toggle')!;
nav.dataset.collapsible = '';
toggle.addEventListener('click', () => {
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  nav.toggleAttribute('data-open', open);
});

// The widgets last: they start in the page's language.
await import('../src/define.js');
