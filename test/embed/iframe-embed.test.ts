import {expect, waitUntil} from '@open-wc/testing';
import {textOf} from '../helpers.js';
import {builtTree, loadResize} from './helpers.js';

// The iframe embed (dist/embed/, docs/hosting.md "The iframe embed") as a clinic hosts it:
// test/server/embed.mjs serves the real build in dist/'s layout (built in
// memory), the embed page under the strict policy (header and its own meta)
// with test/fixtures/record.js first, which records warnings and violations.
// This page plays the clinic's page: the frame and the resize script.

interface FrameWindow extends Window {
  warnings: string[];
  violations: string[];
  errors: string[];
}

const frames: HTMLIFrameElement[] = [];

function embed(query: string, base = '/embed-dist/'): {frame: HTMLIFrameElement; win: () => FrameWindow} {
  const frame = document.createElement('iframe');
  frame.title = 'Embedded dystonia content';
  // No border: the frame's height is its content's.
  frame.setAttribute('frameborder', '0');
  frame.width = '600';
  frame.height = '150';
  frame.src = `${base}embed/index.html?${query}`;
  document.body.append(frame);
  frames.push(frame);
  return {frame, win: () => frame.contentWindow as unknown as FrameWindow};
}

const shadowOf = (frame: HTMLIFrameElement, tag: string) =>
  frame.contentDocument?.querySelector(tag)?.shadowRoot ?? null;

describe('the iframe embed (dist/embed/index.html)', function () {
  // Each test loads whole pages (frames with the bundle) and waits for them: on a busy
  // 2-core machine running three engines, well over the runner's 10 s default.
  this.timeout(30000);
  before(builtTree);
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('renders the Spanish causes with an h3, warns once about an unknown parameter, no CSP violation', async () => {
    const {frame, win} = embed('tag=dystonia-causes&locale=es&heading-level=3&bogus=1');
    await waitUntil(() => textOf(shadowOf(frame, 'dystonia-causes')?.querySelector('h3')) !== '', 'no h3', {
      timeout: 15000,
    });
    const root = shadowOf(frame, 'dystonia-causes')!;
    // The heading's text in Spanish, as the shipped es chunk has it (not the English source).
    expect(frame.contentDocument!.documentElement.lang).to.equal('es');
    expect(textOf(root.querySelector('h3'))).to.match(/distonía/i);
    expect(root.querySelector('h2')).to.equal(null);
    const about = win().warnings.filter((w) => w.includes('bogus'));
    expect(about).to.have.length(1);
    expect(about[0]).to.include('dystonia-causes').and.include('heading-level');
    expect(win().warnings.filter((w) => !w.includes('bogus'))).to.deep.equal([]);
    expect(win().violations).to.deep.equal([]);
    expect(win().errors).to.deep.equal([]);
    // The Spanish chunk was preloaded by the page, next to the bundle, and used by it.
    const preloads = [
      ...frame.contentDocument!.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'),
    ];
    expect(preloads.map((link) => new URL(link.href).pathname)).to.deep.equal(['/embed-dist/locales/es.js']);
    // Fetched once: the bundle's import() took the preloaded module.
    const fetched = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname === '/embed-dist/locales/es.js');
    expect(fetched.length).to.equal(1);
  });

  it('preloads no translation for an English embed', async () => {
    const {frame} = embed('tag=dystonia-causes&locale=en');
    await waitUntil(() => textOf(shadowOf(frame, 'dystonia-causes')) !== '', 'no render', {timeout: 15000});
    expect(frame.contentDocument!.querySelectorAll('link[rel="modulepreload"]').length).to.equal(0);
  });

  it('posts its height, and resize.js sets the frame to exactly the content height', async () => {
    await loadResize();
    const {frame} = embed('tag=dystonia-types&locale=en&open=focal');
    const content = () =>
      Math.ceil(frame.contentDocument?.documentElement.getBoundingClientRect().height ?? 0);
    await waitUntil(
      () => textOf(shadowOf(frame, 'dystonia-types')) !== '' && content() > 150,
      'the embed did not render',
      {timeout: 15000}
    );
    await waitUntil(() => frame.getBoundingClientRect().height === content(), 'the frame was not resized', {
      timeout: 15000,
    });
    // It follows a change: closing every type makes the content shorter, and the frame follows.
    const tall = content();
    frame.contentDocument!.querySelector('dystonia-types')!.setAttribute('open', '');
    await waitUntil(() => content() < tall, 'the content did not shrink', {timeout: 15000});
    await waitUntil(() => frame.getBoundingClientRect().height === content(), 'the frame did not follow', {
      timeout: 15000,
    });
  });

  it('resize.js ignores a message from another window and a height that is not a number', async () => {
    await loadResize();
    const {frame} = embed('tag=dystonia-causes');
    await waitUntil(() => textOf(shadowOf(frame, 'dystonia-causes')) !== '', 'no render', {timeout: 15000});
    await waitUntil(
      () =>
        frame.getBoundingClientRect().height ===
        Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height),
      'not resized',
      {timeout: 15000}
    );
    const before = frame.style.height;
    // From this window (not the frame's), then malformed from the frame: both ignored.
    window.postMessage({type: 'dystonia-widgets:height', height: 5}, '*');
    frame.contentWindow!.parent.postMessage({type: 'dystonia-widgets:height', height: 5}, '*');
    const bad = new MessageEvent('message', {
      data: {type: 'dystonia-widgets:height', height: 'NaN'},
      source: frame.contentWindow,
    });
    window.dispatchEvent(bad);
    // A message event of ours, after those, marks when they have all been handled.
    await new Promise((resolve) => {
      const done = (event: MessageEvent) => {
        if (event.data !== 'dw-test-done') return;
        removeEventListener('message', done);
        resolve(undefined);
      };
      addEventListener('message', done);
      window.postMessage('dw-test-done', '*');
    });
    expect(frame.style.height).to.equal(before);
  });

  it('an unknown tag shows a short message and warns, without an error', async () => {
    const {frame, win} = embed('tag=script&locale=es');
    await waitUntil(() => textOf(frame.contentDocument?.querySelector('main')) !== '', 'no message', {
      timeout: 15000,
    });
    expect(textOf(frame.contentDocument!.querySelector('main'))).to.include('does not name an element');
    // The page's only inline scripts are its data blocks (the clinic's settings), never run.
    expect(
      frame.contentDocument!.querySelectorAll('script:not([src]):not([type="application/json"])').length
    ).to.equal(0);
    expect(win().warnings.filter((w) => w.includes('"tag"'))).to.have.length(1);
    expect(win().errors).to.deep.equal([]);
    expect(win().violations).to.deep.equal([]);
  });

  it('ignores invalid values with a warning each, and sets attribute values as text only', async () => {
    const value = '"><img src=x onerror=alert(1)>';
    const {frame, win} = embed(
      `tag=dystonia-types&filter=everything&heading-level=9&open=${encodeURIComponent(value)}`
    );
    await waitUntil(() => textOf(shadowOf(frame, 'dystonia-types')) !== '', 'no render', {timeout: 15000});
    const element = frame.contentDocument!.querySelector('dystonia-types')!;
    expect(element.hasAttribute('filter')).to.equal(false);
    expect(element.hasAttribute('heading-level')).to.equal(false);
    expect(frame.contentDocument!.querySelector('img')).to.equal(null);
    expect(win().warnings.filter((w) => w.includes('"filter"'))).to.have.length(1);
    expect(win().warnings.filter((w) => w.includes('"heading-level"'))).to.have.length(1);
  });

  it('works from the versioned copy (dist/v<version>/embed/)', async () => {
    const {version} = (await (await fetch('/embed-dist/integrity.json')).json()) as {version: string};
    const {frame, win} = embed('tag=dystonia-causes&locale=ar', `/embed-dist/v${version}/`);
    await waitUntil(() => textOf(shadowOf(frame, 'dystonia-causes')?.querySelector('h2')) !== '', 'no h2', {
      timeout: 15000,
    });
    expect(frame.contentDocument!.documentElement.lang).to.equal('ar');
    expect(win().violations).to.deep.equal([]);
  });

  describe("a stranger's link to the clinic's embed page", () => {
    const STRANGER = {
      action: 'https://evil.example/collect',
      href: 'https://evil.example/contact',
      phone: '+9 999 999 999',
      'privacy-url': 'https://evil.example/privacy',
      'clinic-name': 'Evil Clinic',
      encoding: 'form',
      timeout: '1',
    };
    const strangerQuery = (tag: string) => `tag=${tag}&locale=en&${new URLSearchParams(STRANGER).toString()}`;

    async function received(log: string): Promise<Array<{body: string}>> {
      return (await (await fetch(`/api/inquiry/received?log=${log}`, {cache: 'no-store'})).json()) as Array<{
        body: string;
      }>;
    }
    beforeEach(async () => {
      for (const log of ['embed-clinic', 'embed-foreign'])
        await fetch(`/api/inquiry/received?log=${log}`, {method: 'DELETE'});
    });

    it("shows the clinic's configured contact, phone and form, and none of the address's", async () => {
      const {frame, win} = embed(strangerQuery('inquiry-cta'), '/embed-dist/clinic/');
      await waitUntil(() => shadowOf(frame, 'inquiry-cta')?.querySelector('form'), 'no form', {
        timeout: 15000,
      });
      const element = frame.contentDocument!.querySelector('inquiry-cta')!;
      const root = element.shadowRoot!;
      // Not one of the stranger's values reached the element, or its text and links.
      for (const name of Object.keys(STRANGER).filter((n) => n !== 'timeout'))
        expect(element.hasAttribute(name), name).to.equal(false);
      // The clinic's own attribute setting (its embed.config.json "elements"), not the address's.
      expect(element.getAttribute('timeout')).to.equal('5');
      expect(textOf(root)).not.to.include('Evil');
      expect(textOf(root.querySelector('h2'))).to.include('Clínica de Prueba');
      expect(root.querySelector<HTMLAnchorElement>('a[part="link"]')!.href).to.equal(
        'https://clinic.example/contact'
      );
      expect(root.querySelector<HTMLAnchorElement>('a[part="phone"]')!.getAttribute('href')).to.equal(
        'tel:+00100200300'
      );
      expect(root.querySelector<HTMLAnchorElement>('a[part="privacy"]')!.href).to.equal(
        'https://clinic.example/privacy'
      );
      // One warning per refused parameter, naming it.
      for (const name of Object.keys(STRANGER))
        expect(
          win().warnings.filter((w) => w.includes(`"${name}"`) && w.includes("clinic's setting")),
          name
        ).to.have.length(1);
    });

    it("sends what a patient types to the clinic's endpoint only", async () => {
      const {frame} = embed(strangerQuery('inquiry-cta'), '/embed-dist/clinic/');
      await waitUntil(() => shadowOf(frame, 'inquiry-cta')?.querySelector('form'), 'no form', {
        timeout: 15000,
      });
      const root = shadowOf(frame, 'inquiry-cta')!;
      const type = (selector: string, value: string | boolean) => {
        const input = root.querySelector<HTMLInputElement>(selector)!;
        if (typeof value === 'boolean') input.checked = value;
        else input.value = value;
        input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      };
      type('#name', 'Ana');
      type('#email', 'ana@example.org');
      type('#consent', true);
      root.querySelector<HTMLButtonElement>('button[part="submit"]')!.click();
      await waitUntil(() => root.querySelector('[part="success"]'), 'not sent', {timeout: 15000});
      const requests = await received('embed-clinic');
      expect(requests).to.have.length(1);
      expect(JSON.parse(requests[0].body)).to.include({name: 'Ana', email: 'ana@example.org'});
    });

    it("cannot connect anywhere but the endpoint's origin (connect-src)", async () => {
      const {frame, win} = embed('tag=dystonia-causes', '/embed-dist/clinic/');
      await waitUntil(() => textOf(shadowOf(frame, 'dystonia-causes')) !== '', 'no render', {timeout: 15000});
      const policy = frame.contentDocument!.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
      expect(policy.getAttribute('content')).to.include(`connect-src ${location.origin};`);
      // The same server on another origin (127.0.0.1), which would answer with CORS: refused by the policy.
      const foreign = `http://127.0.0.1:${location.port}/api/inquiry/ok?log=embed-foreign&cors=all`;
      const refused = await win()
        .fetch(foreign, {method: 'POST', body: '{}'})
        .then(
          () => false,
          () => true
        );
      expect(refused).to.equal(true);
      // The report is a task of its own, after the rejection.
      await waitUntil(() => win().violations.some((v) => v.startsWith('connect-src')), 'no violation', {
        timeout: 5000,
      });
      expect(await received('embed-foreign')).to.deep.equal([]);
      // The configured endpoint's origin is allowed.
      const allowed = await win().fetch('/api/inquiry/ok?log=embed-clinic', {method: 'POST', body: '{}'});
      expect(allowed.status).to.equal(200);
    });

    it('without clinic settings, offers no contact, phone or form, whatever the address says', async () => {
      const {frame, win} = embed(strangerQuery('inquiry-cta'));
      await waitUntil(() => textOf(shadowOf(frame, 'inquiry-cta')) !== '', 'no render', {timeout: 15000});
      const root = shadowOf(frame, 'inquiry-cta')!;
      expect(root.querySelector('form, a')).to.equal(null);
      expect(textOf(root)).not.to.include('Evil');
      expect(win().warnings.some((w) => w.includes('no way to contact the clinic'))).to.equal(true);
      const policy = frame.contentDocument!.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
      expect(policy.getAttribute('content')).to.include("connect-src 'none';");
    });

    it("the guide's call to action has the clinic's settings too", async () => {
      const {frame} = embed('tag=dystonia-guide&locale=es&clinic-name=Evil', '/embed-dist/clinic/');
      const cta = () => shadowOf(frame, 'dystonia-guide')?.querySelector('inquiry-cta')?.shadowRoot;
      await waitUntil(() => cta()?.querySelector('form'), 'no form in the guide', {timeout: 15000});
      expect(textOf(cta())).to.include('Clínica de Prueba');
      expect(textOf(shadowOf(frame, 'dystonia-guide'))).not.to.include('Evil');
    });
  });
});
