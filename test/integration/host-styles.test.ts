import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/dystonia-types/define.js';
import '../../src/elements/symptom-areas/define.js';
import '../../src/elements/patient-testimonial/define.js';
import '../../src/elements/inquiry-cta/define.js';
import type {DwElement} from '../../src/core/element.js';
import {resetPage} from '../helpers.js';

/**
 * Host-proof text: the widgets own their text rhythm (line-height, spacing,
 * case, indent, alignment, style, white-space…) whatever the host page's
 * style sheets put on them, while font family, colour and size follow the
 * host. Rendered under the real style sheets of Bootstrap 5, Tailwind's
 * preflight and Pico (devDependencies, served from node_modules), the
 * "62.5 %" root font-size trick, and a hostile sheet of `*` rules.
 *
 * A page's rules never match inside a shadow root, but they do match the
 * host element, and what they set there is inherited inward; and for normal
 * declarations the page's rules beat the widget's own `:host` rules. So the
 * widgets set their rhythm on their `part="base"` wrapper, which no page
 * rule reaches (except a deliberate `::part(base)`).
 */

// Tailwind v4 ships its preflight as source: its `--theme()` font-family and
// font-feature-settings declarations are invalid to a browser, which drops
// them (Tailwind's build would resolve them to a font stack on `html`). The
// rest, every reset, applies as a Tailwind page would apply it.
const SHEETS: Record<string, {href?: string; text?: string}> = {
  'Bootstrap 5': {href: '/node_modules/bootstrap/dist/css/bootstrap.css'},
  "Tailwind's preflight": {href: '/node_modules/tailwindcss/preflight.css'},
  Pico: {href: '/node_modules/@picocss/pico/css/pico.css'},
  'the 62.5 % root font-size trick': {text: 'html { font-size: 62.5%; } body { font-size: 1.6rem; }'},
  'a hostile sheet of * rules': {
    text: `
      * {
        line-height: 0.5 !important;
        letter-spacing: 1em !important;
        word-spacing: 2em;
        text-transform: uppercase;
        text-indent: 5em;
        text-align: justify;
        text-shadow: 2px 2px red;
        font-style: italic;
        font-weight: 900;
        font-variant: small-caps;
        white-space: pre;
        word-break: break-all;
        font-family: monospace;
        color: rgb(128, 0, 0);
        font-size: 13px;
        box-sizing: content-box;
        margin: 5em;
        padding: 3em;
        border: 1px solid red;
      }
      button, input, textarea, p, h2, h3, ul, li, div { all: unset; }
      .host-styles-box { text-align: right; }
    `,
  },
};

// The text rhythm a widget owns, read from getComputedStyle. line-height is
// compared as a ratio to the font size (engines report it in px).
const RHYTHM = [
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'textAlign',
  'textShadow',
  'fontStyle',
  'fontWeight',
  'fontVariantCaps',
  'whiteSpace',
  'wordBreak',
] as const;
// What the page must not change inside either: the box of each part.
const BOX = [
  'boxSizing',
  'marginBlockStart',
  'marginInlineStart',
  'paddingBlockStart',
  'paddingInlineStart',
  'borderBlockStartWidth',
  'borderInlineStartWidth',
  'display',
] as const;

type Probe = {name: string; node: Element; host: HTMLElement};

function rhythmOf(node: Element): Record<string, string> {
  const style = getComputedStyle(node);
  const out: Record<string, string> = {};
  // Lengths in em of the node's own font size: sizes are in em, and the font
  // size follows the host, so a length is the same only relative to it.
  // Border widths stay in px (hairlines are px by design).
  const size = parseFloat(style.fontSize);
  for (const prop of [...RHYTHM, ...BOX]) {
    const value = style[prop];
    out[prop] =
      /^-?[\d.]+px$/.test(value) && !prop.startsWith('border')
        ? `${(parseFloat(value) / size).toFixed(3)}em`
        : value;
  }
  out.lineHeight = lineHeightRatio(node);
  return out;
}

function lineHeightRatio(node: Element): string {
  const style = getComputedStyle(node);
  return style.lineHeight === 'normal'
    ? 'normal'
    : (parseFloat(style.lineHeight) / parseFloat(style.fontSize)).toFixed(2);
}

const fontSizeRatio = ({node, host}: Probe) =>
  (parseFloat(getComputedStyle(node).fontSize) / parseFloat(getComputedStyle(host).fontSize)).toFixed(3);

/** What the page's rules set on a host element, and the root's font size. */
function pageLook(host: HTMLElement): Record<string, string> {
  const look = rhythmOf(host);
  const style = getComputedStyle(host);
  look.fontFamily = style.fontFamily;
  look.color = style.color;
  look.rootFontSize = getComputedStyle(document.documentElement).fontSize;
  return look;
}

/** Renders the four widgets and returns the text nodes to check, by name. */
async function render(): Promise<Probe[]> {
  const box = await fixture<HTMLElement>(html`
    <div class="host-styles-box">
      <p>Host text</p>
      <dystonia-types open="all"></dystonia-types>
      <symptom-areas></symptom-areas>
      <patient-testimonial></patient-testimonial>
      <inquiry-cta action="/api/inquiry/ok" phone="555 0100"></inquiry-cta>
    </div>
  `);
  const hosts = [
    ...box.querySelectorAll<DwElement>('dystonia-types, symptom-areas, patient-testimonial, inquiry-cta'),
  ];
  await Promise.all(hosts.map((el) => el.updateComplete));
  const probes: Probe[] = [];
  for (const host of hosts) {
    const root = host.shadowRoot!;
    const add = (selector: string) => {
      const node = root.querySelector(selector);
      if (!node) throw new Error(`${host.localName} renders no ${selector}`);
      probes.push({name: `${host.localName} ${selector}`, node, host});
    };
    add('[part="base"]');
    if (host.localName === 'dystonia-types' || host.localName === 'inquiry-cta') add('[part="heading"]');
    if (host.localName === 'dystonia-types') {
      add('[part="intro"]');
      add('[part="summary"]');
      add('[part="description"]');
    } else if (host.localName === 'symptom-areas') {
      add('[part="area-heading"]');
      add('[part="area-button"]');
      add('[part="area-description"]');
    } else if (host.localName === 'patient-testimonial') {
      add('[part="quote"]');
      add('[part="attribution"]');
    } else {
      add('[part="text"]');
      add('[part="label"]');
      add('[part="input"]');
      add('[part="submit"]');
      add('[part="phone"]');
    }
  }
  return probes;
}

async function addSheet({href, text}: {href?: string; text?: string}): Promise<HTMLElement> {
  if (text !== undefined) {
    const style = document.createElement('style');
    style.textContent = text;
    document.head.append(style);
    return style;
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href!;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', () => reject(new Error(`${href} did not load`)));
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** The documented default of --dw-accent-ink, computed for the text colour of `host`. */
function inkOn(host: HTMLElement): string {
  const probe = document.createElement('span');
  probe.style.color = `color-mix(in oklab, #005eb8 62%, ${getComputedStyle(host).color})`;
  host.parentElement!.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

describe('host-proof text', () => {
  // What each part looks like on a bare page: the token defaults and the
  // widgets' own rhythm, nothing from a host sheet.
  let reference: Map<string, {rhythm: Record<string, string>; fontSize: string}>;

  // What the page gives a host element and the root, bare.
  let bareLook: Record<string, string>;

  before(async () => {
    await resetPage();
    const probes = await render();
    bareLook = pageLook(probes[0].host);
    reference = new Map(probes.map((p) => [p.name, {rhythm: rhythmOf(p.node), fontSize: fontSizeRatio(p)}]));
  });

  it('on a bare page, body text has the token defaults', async () => {
    const probes = await render();
    for (const {name, node} of probes.filter((p) =>
      /description|intro|quote|\[part="text"\]|base/.test(p.name)
    )) {
      const style = getComputedStyle(node);
      expect(lineHeightRatio(node), `${name} line-height`).to.equal('1.50');
      expect(style.letterSpacing, `${name} letter-spacing`).to.equal('normal');
      expect(style.wordSpacing, `${name} word-spacing`).to.equal('0px');
    }
  });

  it('the tokens set the rhythm, set on the element or an ancestor, even under the hostile sheet', async () => {
    const hostile = await addSheet(SHEETS['a hostile sheet of * rules']);
    const tokens = await addSheet({
      text: `
        .host-styles-box { --dw-line-height: 2; --dw-word-spacing: 0.25em; }
        inquiry-cta { --dw-letter-spacing: 0.125em; }
      `,
    });
    try {
      const probes = await render();
      for (const probe of probes) {
        const style = getComputedStyle(probe.node);
        const expected = reference.get(probe.name)!.rhythm.lineHeight;
        // Parts with a line height of their own keep it (the quote's is 1.5 too);
        // the others take the token.
        expect(lineHeightRatio(probe.node), `${probe.name} line-height`).to.equal(
          expected === '1.50' && !/quote/.test(probe.name) ? '2.00' : expected
        );
        if (probe.host.localName === 'inquiry-cta') {
          // In px of the base's font size, inherited as a length.
          const base = parseFloat(getComputedStyle(probe.host.shadowRoot!.querySelector('.base')!).fontSize);
          expect(parseFloat(style.letterSpacing), `${probe.name} letter-spacing`).to.be.closeTo(
            base * 0.125,
            0.05
          );
        } else {
          expect(style.letterSpacing, `${probe.name} letter-spacing`).to.equal('normal');
        }
        expect(parseFloat(style.wordSpacing), `${probe.name} word-spacing`).to.be.greaterThan(0);
        expect(style.textTransform, probe.name).to.equal('none');
      }
    } finally {
      hostile.remove();
      tokens.remove();
    }
  });

  for (const [label, sheet] of Object.entries(SHEETS)) {
    describe(`under ${label}`, () => {
      let added: HTMLElement;
      before(async () => {
        added = await addSheet(sheet);
      });
      after(() => added.remove());

      it('the sheet reaches the host element or the root (the checks below have teeth)', async () => {
        const probes = await render();
        const seen = pageLook(probes[0].host);
        expect(seen, label).to.not.deep.equal(bareLook);
      });

      it('the text rhythm inside the widgets is their own', async () => {
        const probes = await render();
        for (const probe of probes) {
          const expected = reference.get(probe.name)!.rhythm;
          const seen = rhythmOf(probe.node);
          // Box lengths within 0.1em: a calc(1em + 4px) differs a little in em
          // at another font size; a page's margin or padding would be whole ems.
          for (const prop of BOX.filter((p) => expected[p].endsWith('em'))) {
            expect(parseFloat(seen[prop]), `${probe.name} ${prop} under ${label}`).to.be.closeTo(
              parseFloat(expected[prop]),
              0.1
            );
            seen[prop] = expected[prop];
          }
          expect(seen, `${probe.name} under ${label}`).to.deep.equal(expected);
        }
      });

      it('font family, colour and size follow the host', async () => {
        const probes = await render();
        for (const probe of probes) {
          const style = getComputedStyle(probe.node);
          const host = getComputedStyle(probe.host);
          expect(style.fontFamily, `${probe.name} font-family`).to.equal(host.fontFamily);
          expect(fontSizeRatio(probe), `${probe.name} font-size, relative to the host's`).to.equal(
            reference.get(probe.name)!.fontSize
          );
          // The disclosures' names and the phone link are in the accent ink (docs/developers.md): the
          // accent mixed 62 % with the host's text colour, so it follows the host's colour too.
          // The primary buttons' text is on the accent fill: --dw-on-accent, white by default.
          expect(style.color, `${probe.name} colour`).to.equal(
            /summary|phone/.test(probe.name)
              ? inkOn(probe.host)
              : /submit|link/.test(probe.name)
                ? 'rgb(255, 255, 255)'
                : host.color
          );
        }
        // The host itself takes the page's text: its font and size are the
        // surrounding paragraph's (the 62.5 % trick leaves the body at 16px,
        // and em sizes follow that, where rem would shrink them to 10px steps).
        const box = probes[0].host.parentElement!;
        const around = getComputedStyle(box.querySelector('p')!);
        for (const host of new Set(probes.map((p) => p.host))) {
          const style = getComputedStyle(host);
          expect(style.fontFamily, `${host.localName} font-family`).to.equal(around.fontFamily);
          expect(style.fontSize, `${host.localName} font-size`).to.equal(around.fontSize);
          expect(style.color, `${host.localName} colour`).to.equal(around.color);
        }
      });
    });
  }
});
