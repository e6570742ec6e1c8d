import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import options from 'dw:element-options';
import {fromQuery} from '../../embed/query.js';

// Property-based fuzz of the iframe embed's address (issue 17): whatever a
// stranger writes after `?`, the embed sets presentation only, each value
// one its attribute allows, warns in bounded lines, and never throws; a
// polluted Object.prototype adds nothing.

const RUNS = 200;

const tags = Object.keys(options.tags);
const names = [...new Set(Object.values(options.tags).flatMap((spec) => spec.attributes.map((a) => a.name)))];
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('', 'true', 'false', '0', '-1', '1e9', 'NaN', '__proto__', 'constructor'),
  fc.constantFrom('https://evil.example/collect', 'javascript:alert(1)', '"><img src=x onerror=alert(1)>'),
  fc.string({minLength: 100, maxLength: 3000}).map((s) => `\u202e${s}\u2066`)
);
const name = fc.oneof(
  fc.constantFrom('tag', 'locale', ...names, '__proto__', 'constructor', 'toString'),
  fc.string({maxLength: 40})
);
const query = fc.tuple(
  fc.oneof(fc.constantFrom(...tags), hostile),
  fc.array(fc.tuple(name, hostile), {maxLength: 12})
);

function check(tag: string, pairs: Array<[string, string]>): void {
  const params = new URLSearchParams([['tag', tag], ...pairs]);
  // As the browser reads it back from location.search.
  const request = fromQuery(new URLSearchParams(params.toString()), options);
  if (request.tag === undefined) {
    expect(tags.includes(tag)).to.equal(false);
    expect(Object.keys(request.attributes)).to.deep.equal([]);
  } else {
    expect(request.tag).to.equal(tag);
    for (const [attribute, value] of Object.entries(request.attributes)) {
      const option = options.tags[tag].attributes.find((a) => a.name === attribute);
      expect(option !== undefined, `${attribute} is not an attribute of <${tag}>`).to.equal(true);
      expect(option!.clinic === true, `${attribute} is a clinic setting`).to.equal(false);
      if (option!.type === 'enum') expect(option!.values!.includes(value)).to.equal(true);
      if (option!.type === 'boolean') expect(value).to.equal('');
      if (option!.type === 'number') {
        const n = Number(value);
        expect(
          Number.isFinite(n) && n >= (option!.min ?? -Infinity) && n <= (option!.max ?? Infinity)
        ).to.equal(true);
      }
    }
  }
  if (request.locale !== undefined)
    expect(options.locales.includes(request.locale.toLowerCase().split('-')[0])).to.equal(true);
  for (const warning of request.warnings) {
    expect(warning.length, warning.slice(0, 80)).to.be.below(1200);
    expect(/[\u202a-\u202e\u2066-\u2069]/.test(warning)).to.equal(false);
  }
}

describe('the iframe embed address (fuzz)', () => {
  it('takes presentation only, allowed values only, and says so in bounded lines', () => {
    fc.assert(
      fc.property(query, ([tag, pairs]) => check(tag, pairs)),
      {numRuns: RUNS}
    );
  });

  it('a stranger setting every clinic setting gets none of them, with one warning each', () => {
    const clinic = options.tags['inquiry-cta'].attributes.filter((a) => a.clinic).map((a) => a.name);
    expect(clinic).to.include.members(['action', 'href', 'phone', 'privacy-url', 'clinic-name']);
    const request = fromQuery(
      new URLSearchParams([['tag', 'inquiry-cta'], ['heading-level', '3'], ...clinic.map((n) => [n, 'x'])]),
      options
    );
    expect(Object.keys(request.attributes)).to.deep.equal(['heading-level']);
    for (const n of clinic)
      expect(
        request.warnings.filter((w) => w.includes(`"${n}"`) && w.includes("clinic's setting"))
      ).to.have.length(1);
  });

  it('with a polluted Object.prototype, adds nothing', () => {
    const keys = ['action', 'href', 'phone', 'tag', 'locale', 'inquiry-cta', 'dystonia-guide'];
    try {
      for (const key of keys)
        Object.defineProperty(Object.prototype, key, {
          value: 'https://evil.example/',
          configurable: true,
          writable: true,
        });
      fc.assert(
        fc.property(query, ([tag, pairs]) => check(tag, pairs)),
        {numRuns: 50}
      );
      const request = fromQuery(new URLSearchParams('tag=inquiry-cta'), options);
      expect(Object.keys(request.attributes)).to.deep.equal([]);
      expect(request.attributes.action).to.equal(undefined);
      expect(fromQuery(new URLSearchParams('tag=toString'), options).tag).to.equal(undefined);
    } finally {
      for (const key of keys) delete (Object.prototype as Record<string, unknown>)[key];
    }
  });
});
