import {css} from 'lit';

// Not in ./styles.ts: only the elements with disclosures or toggles load
// it, so it is not in the core that every element entry downloads.

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
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
`;
