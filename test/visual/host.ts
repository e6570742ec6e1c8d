// A host page for the visual tests (test/visual/host.html): the address says
// what to show, e.g. host.html?element=dystonia-guide&locale=ar&host=dark.
// `npm start` serves it too (/test/visual/host.html?…), to look at a shot's page.
//
//   element      one of the library's elements
//   locale       en, es or ar: <html lang> (and dir="rtl" for ar), the page's own language
//   host         light or dark (host.css)
//   attr-<name>  an attribute for the element, e.g. attr-selected=neck
//
// The page config holds the demo's fictional clinic (demo/index.html), so the
// call to action shows its contact link, phone and form.
import '../../src/define.js';

/** The demo's fictional clinic (example.com and a 555 number are reserved for fiction). */
const PAGE_CONFIG = {
  clinicName: 'Example Clinic',
  phone: '+1 (555) 010-0199',
  contactUrl: 'https://example.com/contact',
  inquiryUrl: '/demo-api/inquiry',
  privacyUrl: 'https://example.com/privacy',
};

const params = new URLSearchParams(location.search);
const tag = params.get('element') ?? '';
const locale = params.get('locale') ?? 'en';

const html = document.documentElement;
html.lang = locale;
html.dir = locale === 'ar' ? 'rtl' : 'ltr';
html.classList.add(params.get('host') === 'dark' ? 'dark' : 'light');

const config = document.createElement('script');
config.type = 'application/json';
config.dataset.dystoniaWidgets = '';
config.textContent = JSON.stringify(PAGE_CONFIG);
document.head.append(config);

if (!customElements.get(tag)) throw new Error(`host.html: no element "${tag}" (${location.search})`);
const element = document.createElement(tag);
for (const [name, value] of params) {
  if (name.startsWith('attr-')) element.setAttribute(name.slice('attr-'.length), value);
}
document.querySelector('main')!.append(element);
