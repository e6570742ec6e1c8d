import {css} from 'lit';

// Why, rule by rule (here, not in the CSS text, which ships as written):
// .base: map and list side by side when the element is wide enough, the
//   list wrapping below the map otherwise: flex-wrap reacts to the element's
//   own width, not the viewport's. A row follows the inline direction, so in
//   right-to-left text the map moves to the right of the list.
// .region: dashed and thin when idle, solid and heavy when selected, so the
//   state never rests on colour alone.
// .marker: a hollow ring when not selected, a solid disc when selected (the
//   border grows to fill it): a change of shape, not only of colour.
// forced-colors: browsers do not force the colours of SVG paint (inline SVG
//   is forced-color-adjust: none), so the map names system colours itself:
//   the outline and regions in CanvasText, the selection in Highlight with
//   its heavy solid stroke kept.
export const styles = css`
  .base {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_spacing) calc(var(--_spacing) * 1.5);
  }

  .map {
    flex: 0 1 12em;
    min-inline-size: 8em;
    max-inline-size: 12em;
  }

  .list {
    flex: 1 1 18em;
    min-inline-size: 0;
    list-style: none;
    margin: 0;
    padding: 0;
    border-block-start: 1px solid var(--_border-color);
  }

  .figure {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }

  .outline {
    fill: var(--_map-fill);
    stroke: var(--_map-stroke);
    stroke-width: 2;
    stroke-linejoin: round;
    pointer-events: none;
  }

  .features {
    fill: none;
    stroke: var(--_map-stroke);
    stroke-width: 1.5;
    pointer-events: none;
  }

  .region {
    fill: transparent;
    stroke: var(--_map-stroke);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
    cursor: pointer;
    pointer-events: all;
    transition:
      fill-opacity 150ms ease-out,
      stroke-width 150ms ease-out;
  }

  .region:hover {
    stroke-width: 3;
    stroke-dasharray: none;
  }

  .region.related {
    fill: var(--_accent);
    fill-opacity: 0.2;
  }

  .region.selected {
    fill: var(--_accent);
    fill-opacity: 0.35;
    stroke: var(--_accent);
    stroke-width: 4;
    stroke-dasharray: none;
  }

  .area {
    padding-inline-start: 0.5em;
    border-block-end: 1px solid var(--_border-color);
    border-inline-start: 4px solid transparent;
  }

  .area.selected {
    border-inline-start-color: var(--_accent);
  }

  .area-heading {
    margin: 0;
    font-size: 1em;
    line-height: 1.4;
  }

  .area-button {
    gap: 0.6em;
  }

  .area-button:hover .name {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .marker {
    flex: none;
    box-sizing: border-box;
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    transition: border-width 150ms ease-out;
  }

  .area-button[aria-pressed='true'] .marker {
    border-width: 0.5em;
  }

  .area-button[aria-pressed='true'] .name {
    font-weight: 800;
  }

  .area-description,
  .syndromes {
    padding-block: 0 0.75em;
    padding-inline: 1.85em 0.25em;
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

  @media (prefers-reduced-motion: reduce) {
    .region,
    .marker {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .outline {
      fill: Canvas;
      stroke: CanvasText;
    }

    .features,
    .region {
      stroke: CanvasText;
    }

    .region:hover {
      stroke: Highlight;
    }

    .region.related {
      fill: Highlight;
    }

    .region.selected {
      fill: Highlight;
      stroke: CanvasText;
    }

    .area {
      border-inline-start-color: Canvas;
    }

    .area.selected {
      border-inline-start-color: Highlight;
    }

    .area-button {
      color: ButtonText;
    }

    .marker {
      border-color: ButtonText;
    }

    .area-button[aria-pressed='true'] .marker {
      border-color: Highlight;
    }
  }
`;
