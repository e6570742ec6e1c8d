import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import {KEYS} from '../../src/core/config.js';
import {camel, type Schema} from '../../src/core/schema.js';
import {addPageConfig, resetPage} from '../helpers.js';

// Property-based fuzz (issue 10, item 6): every attribute of every element
// and every page config key, with hostile values. Whatever the values,
// nothing throws out of a lifecycle callback, nothing renders as HTML, no
// request is made, no dialog opens, warnings stay bounded and the page
// stays responsive. Runs are bounded (RUNS per element) so the file stays
// well under a minute per engine.

const RUNS = 25;

/** The tags the bundle registers, read from its entry (src/define.ts), not from a list kept here. */
async function registeredTags(): Promise<string[]> {
  const source = await (await fetch('/src/define.ts')).text();
  return [...source.matchAll(/import\s*['"]\.\/elements\/([a-z0-9-]+)\/define\.(?:js|ts)['"]/g)].map(
    (m) => m[1]
  );
}

interface Attribute {
  name: string;
  property: string;
  numeric: boolean;
}

/** The element's attributes, from its schema (src/core/schema.ts), which its properties are made from. */
function attributesOf(tag: string): Attribute[] {
  const {schema} = customElements.get(tag) as unknown as {schema: Schema};
  return Object.entries(schema).map(([name, attribute]) => ({
    name,
    property: camel(name),
    numeric: attribute.type === 'number',
  }));
}

const LONG = 'x'.repeat(100_000);
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<b>bold</b>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https://evil.example/collect',
  '//evil.example/x',
  'http://127.0.0.1:1/x',
  'mailto:x@example.com?body=<b>',
  'tel:+1',
  LONG,
  `${LONG} focal`,
  'Clinic\u202Eevil',
  '\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202D\u200E\u200F\u061C',
  '\u0000\u0001\u0007\u001b[31m\u007f\u0085',
  '\uD800',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '-0',
  '0',
  '1e309',
  '1e-400',
  '2147483648',
  '9007199254740993',
  '0x10',
  '',
  '   ',
  'all',
  'all focal nope',
  'nope '.repeat(2000),
  'json',
  'form',
  'ar',
  'es',
  'xx-invalid-@@',
  '__proto__',
  'constructor',
];

/** A hostile string: a known nasty value, random text, or both glued together. */
const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({maxLength: 40}),
  fc.fullUnicodeString({maxLength: 40}),
  fc.tuple(fc.constantFrom(...HOSTILE), fc.fullUnicodeString({maxLength: 10})).map(([a, b]) => a + b),
  fc.double().map(String)
);

/** A hostile number for a numeric property set from script. */
const hostileNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -1, -0, 0, 2 ** 31, 2 ** 53 + 1, 1e-300, 0.5, 7),
  fc.double(),
  fc.integer()
);

/** The page config: absent, not JSON, not an object, or an object of hostile keys and values. */
const configText = fc.oneof(
  fc.constant(null),
  fc.constantFrom('{', 'null', '[]', '"text"', '{"locale": }', `{"${LONG}": 1}`),
  fc
    .dictionary(
      fc.oneof(fc.constantFrom(...KEYS), fc.constantFrom('__proto__', 'unknown', LONG.slice(0, 500))),
      fc.oneof(
        hostileString,
        fc.constantFrom(null, 0, -1, true, [], {}, ['<b>x</b>'], {toString: 'x'}),
        fc.double()
      ),
      {maxKeys: 6}
    )
    .map((object) => JSON.stringify(object))
);

const FORBIDDEN = 'img, script, iframe, object, embed, b, i, u, marquee, frame, frameset, meta, link, base';

/** Every element in the shadow trees under `root` (nested widgets included). */
function deepElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/** Waits until the element and the widgets inside it have rendered. */
async function settled(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all(
      [el, ...deepElements(el)].map((e) => (e as Partial<{updateComplete: Promise<unknown>}>).updateComplete)
    );
    await new Promise((resolve) => setTimeout(resolve));
  }
}

describe('fuzz: hostile attributes and page config', function () {
  this.timeout(120_000);

  const errors: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  const warnings: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const url = new URL(entry.name, location.href);
      // The test runner's own modules and a translation loaded for a config
      // `locale` are the page's code, not a request a value made.
      const own =
        url.origin === location.origin && /^\/(src|node_modules|__web-dev-server|test)\//.test(url.pathname);
      if (!own) requests.push(entry.name);
    }
  });
  const originals = {
    alert: window.alert,
    confirm: window.confirm,
    prompt: window.prompt,
    print: window.print,
    open: window.open,
    warn: console.warn,
  };
  let tags: string[] = [];

  before(async () => {
    tags = await registeredTags();
    expect(tags.length, 'tags in src/define.ts').to.be.at.least(8);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    observer.observe({type: 'resource', buffered: false});
    // Tripwires: a dialog or a new window opened by a value is recorded.
    window.alert = (m?: unknown) => void dialogs.push(`alert ${String(m)}`);
    window.confirm = (m?: string) => (dialogs.push(`confirm ${m}`), false);
    window.prompt = (m?: string) => (dialogs.push(`prompt ${m}`), null);
    window.print = () => void dialogs.push('print');
    window.open = (u?: string | URL) => (dialogs.push(`open ${String(u)}`), null);
    // Thousands of warnings would flood the runner's log: counted, not printed.
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });

  after(async () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    observer.disconnect();
    Object.assign(window, {
      alert: originals.alert,
      confirm: originals.confirm,
      prompt: originals.prompt,
      print: originals.print,
      open: originals.open,
    });
    console.warn = originals.warn;
    await resetPage();
  });

  // One test per tag, generated after the tags are read: mocha needs the
  // tests before `before` runs, so the list comes from a fixed count and
  // each test picks its tag by position.
  for (let position = 0; position < 8; position++) {
    it(`element #${position + 1} of src/define.ts survives ${RUNS} runs of hostile values`, async () => {
      const tag = tags[position];
      const attributes = attributesOf(tag);
      expect(attributes.length, `attributes of <${tag}>`).to.be.greaterThan(0);
      const names = attributes.map((a) => a.name);
      const setting = fc.oneof(
        fc.record({
          attribute: fc.constantFrom(...names),
          value: hostileString,
          asProperty: fc.constant(false),
        }),
        fc.record({
          attribute: fc.constantFrom(...names),
          value: fc.oneof(hostileString, hostileNumber),
          asProperty: fc.constant(true),
        })
      );
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(setting, {minLength: 1, maxLength: 5}),
          fc.array(setting, {maxLength: 3}),
          configText,
          async (before, after, config) => {
            runs++;
            const start = {
              errors: errors.length,
              dialogs: dialogs.length,
              requests: requests.length,
              warnings: warnings.length,
            };
            const script = config === null ? undefined : addPageConfig(config);
            const el = document.createElement(tag);
            const apply = (list: typeof before) => {
              for (const {attribute, value, asProperty} of list) {
                const spec = attributes.find((a) => a.name === attribute)!;
                // Properties get values of their declared kind (numbers for
                // numeric ones); attributes always get strings.
                if (asProperty) {
                  (el as unknown as Record<string, unknown>)[spec.property] = spec.numeric
                    ? typeof value === 'number'
                      ? value
                      : Number(value)
                    : String(value);
                } else {
                  el.setAttribute(attribute, String(value));
                }
              }
            };
            try {
              apply(before);
              document.body.append(el);
              await settled(el);
              apply(after);
              await settled(el);
              const elements = deepElements(el);
              const forbidden = elements.filter((e) => e.matches(FORBIDDEN)).map((e) => e.localName);
              expect(forbidden, `<${tag}> rendered elements from a value`).to.deep.equal([]);
              for (const e of elements) {
                for (const {name, value} of e.attributes) {
                  expect(name.startsWith('on'), `<${tag}> rendered an ${name} attribute`).to.equal(false);
                  if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name)) {
                    expect(value, `<${tag}> ${name}`).not.to.match(/^\s*(javascript|data|vbscript):/i);
                  }
                }
              }
              // Responsive: a timer round-trip completes (not timed).
              await new Promise((resolve) => setTimeout(resolve, 0));
              observer.takeRecords().forEach((entry) => requests.push(entry.name));
              const newWarnings = warnings.slice(start.warnings);
              for (const w of newWarnings) {
                expect(w.length, `warning of bounded length: ${w.slice(0, 200)}…`).to.be.at.most(800);
              }
              expect(new Set(newWarnings).size, 'no warning repeats').to.equal(newWarnings.length);
              expect(errors.slice(start.errors), 'uncaught errors').to.deep.equal([]);
              expect(dialogs.slice(start.dialogs), 'dialogs').to.deep.equal([]);
              expect(requests.slice(start.requests), 'requests').to.deep.equal([]);
            } finally {
              el.remove();
              script?.remove();
            }
          }
        ),
        {numRuns: RUNS, endOnFailure: true}
      );
      // Reported in the runner's output: cases per element.
      console.log(`fuzz <${tag}>: ${runs} cases over ${names.join(', ')} and page config ${KEYS.join(', ')}`);
      expect(runs).to.be.at.least(RUNS);
    });
  }
});

// Issue 17, item 3: another script's prototype-pollution bug must not steer
// the widgets. Each run sets random page config keys and inquiry form field
// names (and the form's state) on Object.prototype, with random values, and
// renders one element: its text and links must be those of the same element
// unpolluted, and nothing may throw. The pollution is removed after every run.

const POLLUTION_RUNS = 24;

/** What a polluting script may set: every page config key, the form's field names and state. */
const POLLUTED_KEYS = [
  ...KEYS,
  'name',
  'email',
  'phone',
  'message',
  'consent',
  'contactMethod',
  'website',
  'errors',
  'status',
  'form',
  'values',
  'id',
  'className',
];

/** A value a polluting script may set (JSON-like: a merge bug copies data, not functions). */
const pollutedValue = fc.oneof(
  hostileString,
  fc.constantFrom<unknown>(
    true,
    false,
    0,
    1,
    null,
    'ar',
    'es',
    'success',
    'sending',
    'invalid',
    'https://evil.example/collect',
    '/api/inquiry/ok?log=fuzz-pollution',
    '+1 555 0100',
    ['x'],
    {name: 'Polluted', email: 'Polluted', phone: 'Polluted', consent: 'Polluted'},
    {text: 'Polluted'}
  ),
  fc.double()
);

/** Attributes that give each element something a polluted prototype could change. */
const POLLUTION_ATTRIBUTES: Record<string, Record<string, string>> = {
  'inquiry-cta': {href: 'https://clinic.example/contact', action: '/api/inquiry/ok?log=fuzz-pollution'},
  'dystonia-types': {open: 'focal cervical'},
  'symptom-areas': {selected: 'face-head-neck'},
  'patient-testimonial': {index: '1'},
};

/** Text and link targets across the element's shadow tree (nested widgets included), in order. */
function rendered(el: Element): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    const children = (node as Element).shadowRoot?.childNodes ?? node.childNodes;
    for (const child of children) visit(child);
  };
  visit(el);
  const links = deepElements(el).map((e) => e.getAttribute('href') ?? e.getAttribute('action') ?? '');
  return `${text
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()} | ${links.filter(Boolean).join(' ')}`;
}

describe('fuzz: a polluted Object.prototype', function () {
  this.timeout(120_000);

  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  const warn = console.warn;
  const polluted: string[] = [];
  const cleanUp = () => {
    for (const key of polluted.splice(0)) delete (Object.prototype as Record<string, unknown>)[key];
  };

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // Warnings are not what this checks: kept out of the runner's log.
    console.warn = () => {};
  });

  after(async () => {
    cleanUp();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
    await resetPage();
  });

  it(`renders the same text and links as unpolluted, without throwing (${POLLUTION_RUNS} runs)`, async () => {
    const tags = await registeredTags();
    expect(tags.length, 'tags in src/define.ts').to.be.at.least(8);

    /** Renders `tag` with its attributes and returns what it shows, then removes it. */
    const show = async (tag: string): Promise<string> => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(POLLUTION_ATTRIBUTES[tag] ?? {}))
        el.setAttribute(name, value);
      document.body.append(el);
      try {
        await settled(el);
        return rendered(el);
      } finally {
        el.remove();
      }
    };

    const clean = new Map<string, string>();
    for (const tag of tags) clean.set(tag, await show(tag));

    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...tags),
        fc.dictionary(fc.constantFrom(...POLLUTED_KEYS), pollutedValue, {minKeys: 1, maxKeys: 8}),
        async (tag, pollution) => {
          runs++;
          const start = errors.length;
          let shown: string;
          try {
            for (const [key, value] of Object.entries(pollution)) {
              (Object.prototype as Record<string, unknown>)[key] = value;
              polluted.push(key);
            }
            shown = await show(tag);
          } finally {
            cleanUp();
            await resetPage();
          }
          expect(shown, `<${tag}> under ${JSON.stringify(pollution)}`).to.equal(clean.get(tag));
          expect(errors.slice(start).join('\n'), 'uncaught errors').to.equal('');
        }
      ),
      {numRuns: POLLUTION_RUNS, endOnFailure: true}
    );
    expect(runs).to.be.at.least(POLLUTION_RUNS);
  });
});
