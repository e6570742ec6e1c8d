import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {DwEventName} from '../../src/core/events.js';
import {click} from '../harness/harness.js';
import {addPageConfig, inAnotherShadowRoot, resetPage} from '../helpers.js';

/*
 * Every event of every element, fired by what a person does (a click, typing),
 * from an element inside another shadow root, as a listener on window sees
 * it: bubbling and composed, so it arrives at all; cancelable only where
 * preventDefault() means something (dw-inquiry-submit sends nothing).
 */

const ALL_EVENTS: DwEventName[] = [
  'dw-type-toggle',
  'dw-area-select',
  'dw-testimonial-change',
  'dw-inquiry-submit',
  'dw-inquiry-success',
  'dw-inquiry-error',
];

const LOG = `events-${Math.random().toString(36).slice(2)}`;

interface Seen {
  type: string;
  bubbles: boolean;
  composed: boolean;
  cancelable: boolean;
}

/** The library's events that reach window while `act` runs, until `count` have arrived. */
async function eventsAtWindow(count: number, act: () => Promise<void>): Promise<Seen[]> {
  const seen: Seen[] = [];
  const record = ({type, bubbles, composed, cancelable}: Event) =>
    seen.push({type, bubbles, composed, cancelable});
  for (const name of ALL_EVENTS) window.addEventListener(name, record);
  try {
    await act();
    await waitUntil(() => seen.length >= count, `${count} event(s) expected, saw ${JSON.stringify(seen)}`, {
      timeout: 5000,
    });
    return seen;
  } finally {
    for (const name of ALL_EVENTS) window.removeEventListener(name, record);
  }
}

function inside(el: HTMLElement, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** Types a name and an e-mail address, ticks the consent box and clicks Send. */
async function sendInquiry(el: HTMLElement): Promise<void> {
  await click(inside(el, '#name'));
  await sendKeys({type: 'Ana Ruiz'});
  await click(inside(el, '#email'));
  await sendKeys({type: 'ana@example.com'});
  await click(inside(el, '#consent'));
  await click(inside(el, '[part="submit"]'));
}

const plain = (type: DwEventName): Seen => ({type, bubbles: true, composed: true, cancelable: false});

describe('events', () => {
  afterEach(resetPage);

  const cases: {
    tag: string;
    setup?: () => void;
    act: (el: HTMLElement) => Promise<void>;
    expected: Seen[];
  }[] = [
    {
      tag: 'dystonia-types',
      act: (el) => click(inside(el, '[data-type="focal"] [part="summary"]')),
      expected: [plain('dw-type-toggle')],
    },
    {
      tag: 'symptom-areas',
      act: (el) => click(inside(el, '[part="area"][data-area="neck"] button')),
      expected: [plain('dw-area-select')],
    },
    {
      tag: 'patient-testimonial',
      act: (el) => click(inside(el, '[part~="next"]')),
      expected: [plain('dw-testimonial-change')],
    },
    {
      tag: 'inquiry-cta',
      setup: () => addPageConfig(JSON.stringify({inquiryUrl: `/api/inquiry/ok?log=${LOG}`})),
      act: sendInquiry,
      expected: [{...plain('dw-inquiry-submit'), cancelable: true}, plain('dw-inquiry-success')],
    },
    {
      tag: 'inquiry-cta',
      setup: () => addPageConfig(JSON.stringify({inquiryUrl: `/api/inquiry/error?log=${LOG}`})),
      act: sendInquiry,
      expected: [{...plain('dw-inquiry-submit'), cancelable: true}, plain('dw-inquiry-error')],
    },
  ];

  for (const {tag, setup, act, expected} of cases) {
    it(`<${tag}>: ${expected.map((e) => e.type).join(', ')}`, async () => {
      setup?.();
      const {el, remove} = await inAnotherShadowRoot<HTMLElement & {updateComplete: Promise<unknown>}>(tag);
      try {
        expect(await eventsAtWindow(expected.length, () => act(el))).to.deep.equal(expected);
      } finally {
        remove();
      }
    });
  }
});
