import {css} from 'lit';

// The list and the map's box. The drawing's own rules come with its lazy
// chunk (./body-map.ts).
//
// Why, rule by rule (here, not in the CSS text, which ships as written):
// .base: map and list side by side when the element is wide enough, the
//   list wrapping below the map otherwise: flex-wrap reacts to the element's
//   own width, not the viewport's. A row follows the inline direction, so in
//   right-to-left text the map moves to the right of the list.
// .map: about a third of the element, between 14em (224px at 16px, legible
//   on a 390px phone) and 20em; alone on its line (narrow), centred by its
//   auto margins, which get no space while the list shares the line.
// .figure: the box keeps the drawing's proportions (its viewBox) before the
//   drawing's chunk arrives, so nothing moves when it does.
// .area-button: a toggle button in the look of the design systems' secondary
//   buttons: outlined, tinted on hover and while its region is hovered or it
//   has focus (.linked), and when pressed tinted more, with a heavier border
//   (an inset shadow, so the box keeps its size) and a checked mark. The
//   mark is a box in the button's inline start (never a radio dot), filled
//   with a check when pressed: a change of shape, not only of colour.
// .mark::after: the check, cut out of a square by a polygon (the same in
//   both directions, as a check mark is never mirrored).
// .area-description, .syndromes: aligned with the button's label.
// forced-colors: the browser drops the tints and the inset shadow and forces
//   the borders to a system colour; a hovered or linked button takes a
//   Highlight border, the pressed one too and keeps its check (the mark's own
//   colours kept) and its bold name.
export const styles = css`
  .base {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_spacing) calc(var(--_spacing) * 1.5);
  }

  .map {
    flex: 0 0 clamp(14em, 32%, 20em);
    margin-inline: auto;
  }

  .figure {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 240 / 328;
  }

  .list {
    flex: 1 1 20em;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    min-inline-size: 0;
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .area-heading {
    margin: 0;
    font-size: 1em;
    line-height: 1.4;
  }

  .area-button {
    padding-inline: 0.75em;
    border: 2px solid var(--_accent-ink);
  }

  .area-button:hover,
  .area-button.linked {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }

  .area-button[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent) 16%, transparent);
    box-shadow: inset 0 0 0 2px var(--_accent-ink);
  }

  .area-button[aria-pressed='true'] .name {
    font-weight: 800;
  }

  .mark {
    flex: none;
    box-sizing: border-box;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 2px solid var(--_accent-ink);
    border-radius: 3px;
  }

  .area-button[aria-pressed='true'] .mark {
    background: var(--_accent);
  }

  .area-button[aria-pressed='true'] .mark::after {
    content: '';
    display: block;
    block-size: 100%;
    background: var(--_on-accent);
    clip-path: polygon(12% 52%, 27% 37%, 42% 52%, 75% 18%, 90% 33%, 42% 82%);
  }

  .area-description,
  .syndromes {
    padding-block: 0.35em 0;
    padding-inline: 2.75em 0.25em;
  }

  .syndromes[hidden] {
    display: none;
  }

  .syndromes-label {
    font-weight: 600;
  }

  .syndrome-list {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  @media (forced-colors: active) {
    .area-button:hover,
    .area-button.linked,
    .area-button[aria-pressed='true'],
    .area-button[aria-pressed='true'] .mark {
      border-color: Highlight;
    }

    .area-button[aria-pressed='true'] .mark {
      forced-color-adjust: none;
      background: Highlight;
    }

    .area-button[aria-pressed='true'] .mark::after {
      background: HighlightText;
    }
  }
`;
