import {css} from 'lit';

// Why, rule by rule (here, not in the CSS text, which ships as written):
// .attribution::before: a short rule before the attribution, drawn, not
//   text, so screen readers do not read a dash.
// .slides: every slide shares one grid cell, so the set is as tall as its
//   longest quote and the buttons never move under the pointer when a quote
//   changes. Hidden slides keep their room but are invisible and left out of
//   the accessibility tree.
// .changed .slide: fade a quote in when it replaces another, not when the
//   page loads.
// .carousel: a quotation card (the NHS.UK inset text and the anchors'
//   quote cards): a tinted panel with a bar in the accent at its inline
//   start. The controls sit at its top, in DOM order, so the room the
//   longest quote keeps is at the card's foot, where it reads as padding,
//   never as a gap between a quote and its buttons.
// .button: the shared button (baseStyles), a smaller, quieter size here;
//   the label wraps with the row on narrow screens.
// .next .chevron: after the label, so each arrow sits at the outer end.
// .chevron: drawn with two logical borders, pointing to the inline end
//   (next) and start (previous), so they mirror in right-to-left text; the
//   turn mirrors with them.
// .media-icon: media symbols (SVG filled with currentColor, so forced
//   colours keep them visible) do not mirror in right-to-left text.
export const styles = css`
  .carousel {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding-block: 1em 1.25em;
    padding-inline: 1.25em 1.5em;
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .testimonial {
    margin: 0;
  }

  .quote {
    margin: 0;
    font-size: var(--_quote-size);
    line-height: 1.5;
  }

  .attribution {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 0.75em;
    font-weight: 600;
  }

  .attribution::before {
    content: '';
    flex: none;
    inline-size: 1.5em;
    border-block-start: 2px solid var(--_accent-ink);
  }

  .slides {
    display: grid;
  }

  .slide {
    grid-area: 1 / 1;
  }

  .changed .slide {
    animation: dw-fade-in 200ms ease-out;
  }

  .slide[hidden] {
    display: block;
    visibility: hidden;
    animation: none;
  }

  @keyframes dw-fade-in {
    from {
      opacity: 0;
    }
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    font-size: 0.875em;
  }

  .position {
    min-inline-size: 4em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }

  .button {
    padding-inline: 0.75em;
    border-width: 1px;
  }

  .icon {
    display: block;
    flex: none;
    box-sizing: border-box;
  }

  .next .chevron {
    order: 1;
  }

  .chevron {
    inline-size: 0.6em;
    block-size: 0.6em;
    border: 0 solid currentColor;
    transform: rotate(45deg);
  }

  .next .chevron {
    border-block-start-width: 2px;
    border-inline-end-width: 2px;
    margin-inline-end: 0.2em;
  }

  .previous .chevron {
    border-block-end-width: 2px;
    border-inline-start-width: 2px;
    margin-inline-start: 0.2em;
  }

  [dir='rtl'] .chevron {
    transform: rotate(-45deg);
  }

  .media-icon {
    inline-size: 0.85em;
    block-size: 0.85em;
    fill: currentColor;
  }

  @media (prefers-reduced-motion: reduce) {
    .changed .slide {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .carousel,
    .attribution::before {
      border-color: CanvasText;
    }
  }
`;
