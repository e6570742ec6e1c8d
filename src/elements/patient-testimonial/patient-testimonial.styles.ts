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
// .controls: under the quote on screen, first in the DOM (see the element).
// .button: at least 44px square (WCAG 2.5.8, and 2.5.5's 44px), growing
//   with its visible label; the label wraps with the row on narrow screens.
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
    gap: var(--_spacing);
  }

  .testimonial {
    margin: 0;
  }

  .quote {
    margin: 0;
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--_accent);
    font-size: var(--_quote-size);
    line-height: 1.5;
  }

  .attribution {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 0.75em;
    padding-inline-start: calc(1em + 4px);
    font-weight: 600;
  }

  .attribution::before {
    content: '';
    flex: none;
    inline-size: 1.5em;
    border-block-start: 2px solid var(--_accent);
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
    order: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding-inline-start: calc(1em + 4px);
  }

  .position {
    min-inline-size: 4em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    box-sizing: border-box;
    min-inline-size: 44px;
    min-block-size: 44px;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .button:hover {
    border-color: var(--_accent);
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
    .quote,
    .attribution::before {
      border-color: CanvasText;
    }

    .button {
      border-color: ButtonBorder;
      color: ButtonText;
    }
  }
`;
