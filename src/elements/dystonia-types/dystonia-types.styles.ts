import {css} from 'lit';

// Why, rule by rule (here, not in the CSS text, which ships as written):
// .item: each type a bordered box, like the anchors' expanders (NHS.UK
//   "expander", USWDS bordered accordion): the name on a tinted bar in the
//   ink, underlined on hover, and the description inside the same box when
//   open, so what opened is plain to see.
// .marker: a circle with a chevron drawn with borders (its ::before),
//   pointing to the inline end when closed, down when open, mirrored in
//   right-to-left text; in it, the logical borders already mirror the
//   corner, so the turns swap. Open, the circle fills: a change of shape, not
//   only of direction.
export const styles = css`
  .group {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }

  .intro {
    font-size: 1.125em;
  }

  .list {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .item {
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }

  .item-heading {
    margin: 0;
    font-size: 1em;
    line-height: 1.4;
  }

  .summary {
    padding-inline: 0.75em;
    background: var(--_surface);
    color: var(--_accent-ink);
  }

  .summary:hover .name {
    text-decoration: underline 2px;
    text-underline-offset: 0.2em;
  }

  .marker {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 2px solid;
    border-radius: 50%;
  }

  .marker::before {
    content: '';
    inline-size: 0.3em;
    block-size: 0.3em;
    margin-inline-end: 0.1em;
    border-inline-end: 2px solid;
    border-block-end: 2px solid;
    rotate: -45deg;
    transition: rotate 150ms ease-out;
  }

  [aria-expanded='true'] .marker {
    background: var(--_accent-ink);
  }

  [aria-expanded='true'] .marker::before {
    margin: 0 0 0.15em;
    border-color: var(--_on-accent);
    rotate: 45deg;
  }

  [dir='rtl'] .marker::before {
    rotate: 45deg;
  }

  [dir='rtl'] [aria-expanded='true'] .marker::before {
    rotate: -45deg;
  }

  .description {
    padding: 0.75em 1em 1em;
    border-block-start: 1px solid var(--_border-color);
  }

  .description[hidden] {
    display: none;
  }

  @media (prefers-reduced-motion: reduce) {
    .marker::before {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .summary {
      color: ButtonText;
    }

    [aria-expanded='true'] .marker {
      background: ButtonText;
    }

    [aria-expanded='true'] .marker::before {
      border-color: ButtonFace;
    }
  }
`;
