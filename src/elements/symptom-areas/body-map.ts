import type {css as litCss, CSSResult} from 'lit';
import type {AreaId} from '../../content/areas.js';

/**
 * The body map's drawing: path data and the rules that paint it. A lazy
 * chunk of its own, loaded by `<symptom-areas>` with `import()` when an
 * element with a map connects, so the text's first paint never waits for it
 * and the core bundle does not carry it. It is plain data and imports
 * nothing at run time (build/lazy-chunks-import-nothing.mjs): the template
 * that draws it is the element's, and Lit's css tag comes as an argument.
 *
 * The figure: a calm, neutral person seen from the front, from the head to
 * mid-thigh (every area the page names lies in the upper body), arms a little
 * away from the body with the palms forward, as in anatomical drawings, so the
 * forearms and hands stand clear of the torso. Drawn on a 240 × 328 grid
 * (the element's viewBox), symmetric about x = 120, with a head 66 units tall
 * (about a seventh of the full body), its proportions a figure's of about
 * 7.5 heads: chin at y 74, eye line 41, base of the neck 98, elbows 196,
 * wrists 260, fingertips 310. The legs run on below the grid (to y 340),
 * so the crop has no line. Never mirrored in right-to-left text: it is a
 * picture of a body, not a line of text.
 */

/**
 * The outline from the head down: neck, shoulders, arms, hands, torso and
 * thighs, left open under the chin (the head covers it) and at the crop.
 */
const BODY =
  'M107 69.5C107 77 106.5 85 103 90 96 96 82 97 71 100 60 103 55 111 55 123 53 150 50 174 48 196 46 218 ' +
  '41 242 39 260 36 264 31 271 29 280 28 286 31 289 33.5 286.5 35 284.5 35.5 282 36.5 279 35.5 288 34.5 ' +
  '298 35 305 36 308 40 308 41 305 41.5 310 46.5 310 47.5 306 48.5 309 53 309 53.5 304 54.5 305 58.5 303 ' +
  '58.5 297 59 291 59.5 283 58.5 277 57.5 271 56 266 56 260 58 240 62 218 65 196 67 178 71 150 77 131 82 ' +
  '146 85 168 87 190 88 206 80 224 79 244 78 270 82 300 84 340L117 340C117 310 118 285 120 270 122 285 ' +
  '123 310 123 340L156 340C158 300 162 270 161 244 160 224 152 206 153 190 155 168 158 146 163 131 169 ' +
  '150 173 178 175 196 178 218 182 240 184 260 184 266 182.5 271 181.5 277 180.5 283 181 291 181.5 297 ' +
  '181.5 303 185.5 305 186.5 304 187 309 191.5 309 192.5 306 193.5 310 198.5 310 199 305 200 308 204 308 ' +
  '205 305 205.5 298 204.5 288 203.5 279 204.5 282 205 284.5 206.5 286.5 209 289 212 286 211 280 209 271 ' +
  '204 264 201 260 199 242 194 218 192 196 190 174 187 150 185 123 185 111 180 103 169 100 158 97 144 96 ' +
  '137 90 133.5 85 133 77 133 69.5';

/** The head with its ears, down to the chin, drawn over the top of the neck. */
const HEAD =
  'M120 8C105 8 96 19 96 33 92 30 88 33 89 41 90 49 93 54 97 54 99 62 105 69 112 72 115 73.5 117.5 74 120 ' +
  '74 122.5 74 125 73.5 128 72 135 69 141 62 143 54 147 54 150 49 151 41 152 33 148 30 144 33 144 19 135 ' +
  '8 120 8Z';

/**
 * Lines inside the outline: eyes and pupils, brows, nose, mouth, the inside
 * of the ears, collarbones, the lines between the fingers, the navel.
 */
const DETAILS =
  'M104 41Q109.5 36 115 41 109.5 45 104 41ZM136 41Q130.5 36 125 41 130.5 45 136 41ZM108.5 41a1 1 0 1 0 2 ' +
  '0 1 1 0 1 0-2 0M129.5 41a1 1 0 1 0 2 0 1 1 0 1 0-2 0M103 34Q109 30.5 116 33M137 34Q131 30.5 124 33M116 ' +
  '54Q120 56.5 124 54M112.5 62.5Q120 66 127.5 62.5M93 38Q91 42 94 49M147 38Q149 42 146 49M110 100C100 97 ' +
  '88 98 79 103M130 100C140 97 152 98 161 103M41 305L40.8 291M199 305L199.2 291M47.5 306L47.2 291M192.5 ' +
  '306L192.8 291M53.5 304L53.2 290M186.5 304L186.8 290M120 200L120 202';

/** The neck below the chin, to the notch between the collarbones. */
const NECK =
  'M120 74C117.5 74 115 73.5 112 72 110.5 71.4 108.6 70.6 107 69.5 107 77 106.5 85 103 90 107 95 113 98 ' +
  '120 98 127 98 133 95 137 90 133.5 85 133 77 133 69.5 131.4 70.6 129.5 71.4 128 72 125 73.5 122.5 74 ' +
  '120 74Z';

/** The skin: filled, under the regions. */
export const skin = BODY + HEAD;

/** Every line of the drawing: stroked, over the regions, so a highlight never hides one. */
export const lines = BODY + HEAD + DETAILS;

/**
 * Each area's shape, following the anatomy, in painting order: later ones
 * lie on top, so the eyes win over the head and the larynx over the neck.
 */
export const regions: ReadonlyArray<readonly [AreaId, string]> = [
  ['face-head-neck', HEAD + NECK],
  ['neck', NECK],
  [
    'hand-forearm',
    'M48 196C46 218 41 242 39 260 36 264 31 271 29 280 28 286 31 289 33.5 286.5 35 284.5 35.5 282 36.5 ' +
      '279 35.5 288 34.5 298 35 305 36 308 40 308 41 305 41.5 310 46.5 310 47.5 306 48.5 309 53 309 53.5 ' +
      '304 54.5 305 58.5 303 58.5 297 59 291 59.5 283 58.5 277 57.5 271 56 266 56 260 58 240 62 218 65 ' +
      '196ZM192 196C194 218 199 242 201 260 204 264 209 271 211 280 212 286 209 289 206.5 286.5 205 284.5 ' +
      '204.5 282 203.5 279 204.5 288 205.5 298 205 305 204 308 200 308 199 305 198.5 310 193.5 310 192.5 ' +
      '306 191.5 309 187 309 186.5 304 185.5 305 181.5 303 181.5 297 181 291 180.5 283 181.5 277 182.5 ' +
      '271 184 266 184 260 182 240 178 218 175 196Z',
  ],
  [
    'eyes',
    'M101 40.5C101 32 118 32 118 40.5 118 49 101 49 101 40.5ZM139 40.5C139 32 122 32 122 40.5 122 49 139 49 ' +
      '139 40.5Z',
  ],
  // The larynx, in the front of the neck.
  [
    'vocal-cords',
    'M120 76C114 76 112 80 113 85 114 90 117 93 120 93 123 93 126 90 127 85 128 80 126 76 120 76Z',
  ],
];

// Why, rule by rule (here, not in the CSS text, which ships as written):
// .skin, .line: one stroke weight for every line, in the map's tokens; the
//   drawing itself never takes a pointer, only the regions do.
// .region: every state differs in more than colour. Idle: a faint tint and a
//   thin dashed outline. Linked (the pointer on the region or on its list
//   button, or that button focused) and hover: a stronger tint, a solid
//   outline. Related (the neck while "Face, head and neck" is selected): a
//   dotted outline over the selected area's tint, which covers the neck too. Selected: the strongest tint, a thick solid
//   outline and a hatch (#hatch in the element's template). Regions take the
//   pointer on their whole shape, painted or not (forced colours paint idle
//   ones with no fill).
// forced-colors: browsers do not force the colours of SVG paint, so the
//   drawing names system colours itself: lines in CanvasText on Canvas,
//   regions outlined in CanvasText, linked ones in Highlight, the selected
//   one filled with Highlight and hatched in CanvasText, its outline as thick.
/** The drawing's rules, added to the element's when the chunk has loaded. */
export const styles = (css: typeof litCss): CSSResult => css`
  .skin {
    fill: var(--_map-fill);
  }

  .line {
    fill: none;
    stroke: var(--_map-stroke);
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .skin,
  .line {
    pointer-events: none;
  }

  .region {
    fill: var(--_accent-ink);
    fill-opacity: 0;
    stroke: var(--_accent-ink);
    stroke-width: 1;
    stroke-dasharray: 3 2.5;
    stroke-linejoin: round;
    cursor: pointer;
    pointer-events: all;
    transition:
      fill-opacity 150ms ease-out,
      stroke-width 150ms ease-out;
  }

  .region:hover,
  .region.linked {
    fill-opacity: 0.2;
    stroke-width: 2.5;
    stroke-dasharray: none;
  }

  .region.related {
    stroke-width: 1.5;
    stroke-dasharray: 0 3;
    stroke-linecap: round;
  }

  .region.selected {
    fill-opacity: 0.25;
    stroke-width: 3;
    stroke-dasharray: none;
  }

  .hatch {
    fill-opacity: 1;
    stroke: none;
  }

  #hatch path {
    stroke: var(--_accent-ink);
    stroke-width: 1.2;
    stroke-opacity: 0.5;
  }

  @media (prefers-reduced-motion: reduce) {
    .region {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .skin {
      fill: Canvas;
    }

    .line,
    .region,
    #hatch path {
      stroke: CanvasText;
    }

    .region {
      fill: Highlight;
      fill-opacity: 0;
    }

    .region:hover,
    .region.linked {
      stroke: Highlight;
    }

    .region.selected {
      fill-opacity: 0.5;
    }

    #hatch path {
      stroke-opacity: 1;
    }
  }
`;
