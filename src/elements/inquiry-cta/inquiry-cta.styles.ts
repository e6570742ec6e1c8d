import {css} from 'lit';

// Buttons are outlined, not filled: an outline reads on any host
// background, a fill would need a text colour we cannot know. The form's
// rules are in inquiry-form.styles.ts, loaded with its code.
export const styles = css`
  .text {
    font-size: 1.125em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .button,
  .phone {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 44px;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-underline-offset: 0.2em;
  }

  .button {
    padding-block: 0.5em;
    padding-inline: 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: none;
    text-decoration: none;
    cursor: pointer;
  }

  .button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  @media (forced-colors: active) {
    .button {
      border-color: CanvasText;
    }
  }
`;
