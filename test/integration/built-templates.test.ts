import {expect, waitUntil} from '@open-wc/testing';
import {textOf} from '../helpers.js';
import {builtPages, requestToken} from './built-pages.js';

// The built bundle (test/server/built-bundle.mjs) has its html`` and css``
// templates minified (build/minify-templates.mjs) and the inquiry
// form's code in a lazy chunk (src/elements/inquiry-cta/inquiry-form.ts):
// neither exists in the unit tests, which run the source. These pages load
// the real build, as a pasted <script> tag does.

const token = () => requestToken('f');

function pageUrl(src: string, {lang = 'en', csp = false, cta = true} = {}): string {
  return `/built-page?${new URLSearchParams({src, lang, ...(csp ? {csp: '1'} : {}), ...(cta ? {cta: '1'} : {})})}`;
}

const scriptsOf = (win: Window): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => u.pathname.startsWith('/built/'))
    .map((u) => u.pathname + u.search)
    .sort();

const root = (el: Element): ShadowRoot => el.shadowRoot!;

async function rendered(doc: Document, tag: string): Promise<Element> {
  const el = doc.querySelector(tag) ?? doc.body.appendChild(doc.createElement(tag));
  await waitUntil(() => el.shadowRoot?.querySelector('[part="base"]'), `<${tag}> did not render`, {
    timeout: 8000,
  });
  return el;
}

/** The form's fields exist once its lazy chunk has loaded. */
const formOf = (el: Element) => root(el).querySelector<HTMLFormElement>('form');

describe('templates and the lazy form in the built bundle', () => {
  const {open} = builtPages();

  it('every element renders its text, and each kind of binding works after minification', async () => {
    const {doc, win} = await open(pageUrl('/built/current/dystonia-widgets.js'));
    const headings: Record<string, string> = {
      'dystonia-types': 'Different Types of Dystonia',
      'dystonia-causes': 'What Causes Dystonia?',
      'clinic-approach': 'How Our Clinic Can Help',
      'inquiry-cta': 'Request More Information Today',
    };
    for (const [tag, text] of Object.entries(headings)) {
      const el = await rendered(doc, tag);
      expect(textOf(root(el).querySelector('h2')), tag).to.equal(text);
    }
    for (const tag of ['symptom-areas', 'patient-testimonial', 'dystonia-symptoms', 'dystonia-guide']) {
      const el = await rendered(doc, tag);
      expect(textOf(root(el).querySelector('[part="base"]')).length, tag).to.be.greaterThan(40);
    }

    // Attribute binding inside quotes with text around it, ?attr= and @event=.
    const types = root(doc.querySelector('dystonia-types')!);
    const description = types.querySelector<HTMLElement>('#description-cervical')!;
    expect(description.hidden).to.equal(true);
    types.querySelector<HTMLButtonElement>('#summary-cervical')!.click();
    await waitUntil(() => !description.hidden, 'the click did not open the description');
    expect(types.querySelector('#summary-cervical')!.getAttribute('aria-controls')).to.equal(
      'description-cervical'
    );

    // Visible whitespace between a binding and an element, and between two bindings.
    const cta = doc.querySelector('inquiry-cta')!;
    await waitUntil(() => formOf(cta), 'no form', {timeout: 8000});
    expect(textOf(root(cta).querySelector('[part="phone"]'))).to.equal('Call us 555 0100');
    const approach = root(doc.querySelector('clinic-approach')!).querySelectorAll('[part="text"]')[1];
    expect(approach.textContent).to.match(/heal\. Our doctors/);

    // .prop= (the radio's .checked), ?required= and an unquoted dir= binding, from the lazy chunk.
    const name = root(cta).querySelector<HTMLInputElement>('#name')!;
    expect(name.required).to.equal(true);
    expect(root(cta).querySelector('#email')!.getAttribute('dir')).to.equal('ltr');
    expect(name.hasAttribute('dir')).to.equal(false);
    const phone = root(cta).querySelector<HTMLInputElement>('input[value="phone"]')!;
    phone.click();
    await waitUntil(() => phone.checked);
    // The guide has no contact settings for a call to action of its own: it leaves it out, and says so;
    // nothing else may warn.
    expect(win.warnings.filter((w) => !w.includes('no way to contact the clinic'))).to.deep.equal([]);
  });

  for (const csp of [false, true]) {
    it(`a bundle URL with ?ver=123${csp ? ' under the strict CSP' : ''}: the form's chunk loads once, the bundle once, and the form sends`, async () => {
      const {doc, win} = await open(pageUrl('/built/current/dystonia-widgets.js?ver=123', {csp}));
      const cta = await rendered(doc, 'inquiry-cta');
      await waitUntil(() => formOf(cta), 'no form', {timeout: 8000});
      const scripts = scriptsOf(win);
      expect(scripts).to.have.length(2);
      expect(scripts[0]).to.match(/^\/built\/current\/chunks\/inquiry-form-[\w-]+\.js$/);
      expect(scripts[1]).to.equal('/built/current/dystonia-widgets.js?ver=123');

      // A submission through the lazy chunk's code: validation, the payload, the request, success.
      const form = formOf(cta)!;
      const type = (id: string, value: string) => {
        const input = form.querySelector<HTMLInputElement>(`#${id}`)!;
        input.value = value;
        input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      };
      type('name', 'Ana Ruiz');
      type('email', 'ana@example.com');
      form.querySelector<HTMLInputElement>('#consent')!.click();
      form.requestSubmit();
      await waitUntil(() => root(cta).querySelector('[part="success"]'), 'not sent', {timeout: 8000});
      expect(textOf(root(cta).querySelector('[part="success"]'))).to.equal(
        'Thank you. Your request has been sent.'
      );
      expect(win.violations).to.deep.equal([]);
      expect(win.warnings).to.deep.equal([]);
    });
  }

  it('a call to action without a form never loads the form’s code', async () => {
    const {doc, win} = await open(pageUrl('/built/current/dystonia-widgets.js', {cta: false}));
    const cta = doc.createElement('inquiry-cta');
    cta.setAttribute('phone', '555 0100');
    doc.body.append(cta);
    await rendered(doc, 'inquiry-cta');
    expect(textOf(root(cta).querySelector('[part="phone"]'))).to.equal('Call us 555 0100');
    expect(scriptsOf(win)).to.deep.equal(['/built/current/dystonia-widgets.js']);
  });

  it('the form’s chunk fails to load: one warning, and the link and phone still show', async () => {
    const t = token();
    const {doc, win} = await open(pageUrl(`/built/faulty/404/${t}/dystonia-widgets.js`));
    const cta = await rendered(doc, 'inquiry-cta');
    await waitUntil(
      () => win.warnings.some((w) => w.includes('inquiry form could not be loaded')),
      'no warning',
      {
        timeout: 8000,
      }
    );
    const about = win.warnings.filter((w) => w.includes('<inquiry-cta>'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('chunks/');
    expect(formOf(cta)).to.equal(null);
    expect(textOf(root(cta).querySelector('[part="phone"]'))).to.equal('Call us 555 0100');
    expect(root(cta).querySelector('[part="link"]')!.getAttribute('href')).to.equal(
      'https://clinic.example/contact'
    );
  });
});
