import {html, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import type {AreaId, BodyArea} from '../../content/areas.js';

/*
 * A simple, neutral outline of a person from the head to the waist, facing
 * the viewer, with arms at the sides: every area the page names lies in the
 * upper body, so leaving out the legs makes each region larger. Drawn on a
 * 200 × 312 grid; the figure is symmetric. It is never mirrored in
 * right-to-left text: it is a picture of a body, not a line of text.
 */

const OUTLINE =
  'M80 94 L80 134 C68 138 54 140 46 146 C38 152 34 158 34 166 L24 222 L16 272 ' +
  'C8 286 12 306 28 306 C42 306 46 288 40 272 L46 222 L56 180 L58 300 L142 300 L144 180 ' +
  'L154 222 L160 272 C154 288 158 306 172 306 C188 306 192 286 184 272 L176 222 L166 166 ' +
  'C166 158 162 152 154 146 C146 140 132 138 120 134 L120 94 Z';

const HEAD = svg`<ellipse cx="100" cy="56" rx="34" ry="42"></ellipse>`;

/**
 * The clickable shape(s) of each area, painted in this order: later ones lie
 * on top, so the eyes win over the head and the vocal cords over the neck.
 */
const REGIONS: ReadonlyArray<[AreaId, SVGTemplateResult]> = [
  ['face-head-neck', HEAD],
  ['neck', svg`<rect x="80" y="96" width="40" height="43"></rect>`],
  [
    'hand-forearm',
    svg`<path d="M24 222 L16 272 C8 286 12 306 28 306 C42 306 46 288 40 272 L46 222 Z"></path>
      <path d="M176 222 L184 272 C192 286 188 306 172 306 C158 306 154 288 160 272 L154 222 Z"></path>`,
  ],
  [
    'eyes',
    svg`<circle cx="86" cy="54" r="12"></circle>
      <circle cx="114" cy="54" r="12"></circle>`,
  ],
  ['vocal-cords', svg`<ellipse cx="100" cy="125" rx="14" ry="12.5"></ellipse>`],
];

/**
 * Areas drawn highlighted, more lightly, while another area is selected:
 * "Face, head and neck" includes the neck, which has its own region. No
 * prototype: an area id set on a polluted Object.prototype is not in it.
 */
const ALSO = {
  __proto__: null,
  'face-head-neck': ['neck'],
} as Readonly<Partial<Record<AreaId, readonly AreaId[]>>>;

/**
 * The body map. Pointer-only by design (the element's list buttons are the
 * accessible controls), so the whole drawing is hidden from assistive
 * technology and holds no focusable element; each region's `<title>` is a
 * tooltip for mouse users.
 */
export function bodyMap(
  areas: readonly BodyArea[],
  selected: AreaId | null,
  onSelect: (id: AreaId) => void
): TemplateResult {
  const names = new Map(areas.map((area) => [area.id, area.name]));
  const also = selected ? (ALSO[selected] ?? []) : [];
  return html`<svg
    class="figure"
    viewBox="0 0 200 312"
    focusable="false"
    aria-hidden="true"
  >
    ${svg`<path class="outline" d=${OUTLINE}></path>
      <g class="outline">${HEAD}</g>
      <g class="features">
        <ellipse cx="86" cy="54" rx="7" ry="3.5"></ellipse>
        <ellipse cx="114" cy="54" rx="7" ry="3.5"></ellipse>
      </g>
      ${REGIONS.map(
        ([id, shape]) => svg`<g
          part="region"
          class="region${id === selected ? ' selected' : ''}${also.includes(id) ? ' related' : ''}"
          data-area=${id}
          @click=${() => onSelect(id)}
        >
          <title .textContent=${names.get(id) ?? id}></title>
          ${shape}
        </g>`
      )}`}
  </svg>`;
}
