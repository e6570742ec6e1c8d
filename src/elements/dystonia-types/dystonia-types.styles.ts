import {css} from 'lit';

// Why, rule by rule (here, not in the CSS text, which ships as written):
// .marker: a chevron drawn with borders, pointing to the inline end when
//   closed, down when open, mirrored in right-to-left text; in it, the
//   logical borders already mirror the corner, so the turns swap.
export const styles = css`
  .group {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) / 2);
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    border-block-start: 1px solid var(--_border-color);
  }

  .item {
    border-block-end: 1px solid var(--_border-color);
  }

  .item-heading {
    margin: 0;
    font-size: 1em;
    line-height: 1.4;
  }

  .summary:hover .name {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .marker {
    flex: none;
    inline-size: 0.45em;
    block-size: 0.45em;
    border-inline-end: 2px solid var(--_accent);
    border-block-end: 2px solid var(--_accent);
    transform: rotate(-45deg);
    transition: transform 150ms ease-out;
  }

  .summary[aria-expanded='true'] .marker {
    transform: rotate(45deg);
  }

  [dir='rtl'] .marker {
    transform: rotate(45deg);
  }

  [dir='rtl'] .summary[aria-expanded='true'] .marker {
    transform: rotate(-45deg);
  }

  .description {
    padding-block: 0 0.75em;
    padding-inline: 1.45em 0.25em;
    border-inline-start: 3px solid var(--_accent);
    margin-block-end: 0.75em;
    margin-inline-start: 0.45em;
  }

  .description[hidden] {
    display: none;
  }

  @media (prefers-reduced-motion: reduce) {
    .marker {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .marker,
    .description {
      border-color: CanvasText;
    }

    .summary {
      color: ButtonText;
    }
  }
`;
