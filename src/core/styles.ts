import {css} from 'lit';

/**
 * Shared tokens and resets. Every widget inherits the host page's font and
 * colour; sizes are in em so they follow the host's text size, never rem.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--dw-font, inherit);
    color: var(--dw-color, inherit);
    text-align: start;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--dw-spacing, 1em);
  }

  p {
    margin: 0;
  }

  .heading {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }

  /* Text lists (causes, assessments…): the page's own bullets, logical indent. */
  .bullets {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  :focus-visible {
    outline: 2px solid var(--dw-focus-color, currentColor);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * A button filling its heading's row (disclosures, toggles): the heading
 * keeps the document outline, the button the interaction; at least 44px
 * tall (WCAG 2.5.8 asks 24).
 */
export const headingButtonStyles = css`
  .heading-button {
    display: flex;
    align-items: center;
    gap: 0.75em;
    inline-size: 100%;
    min-block-size: 44px;
    padding-block: 0.5em;
    padding-inline: 0.25em;
    border: 0;
    border-radius: var(--dw-radius, 4px);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
`;
