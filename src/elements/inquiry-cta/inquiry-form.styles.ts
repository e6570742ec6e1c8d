import type {css as litCss} from 'lit';

// The inquiry form's rules, part of the form's lazily loaded chunk (which
// imports nothing at run time, so Lit's css tag comes as an argument).
// <inquiry-cta> adds them to its styles when the chunk has loaded. Buttons
// are outlined, not filled (see inquiry-cta.styles.ts); errors are marked by
// their text and a bar, never by colour alone.
//
// Why, rule by rule (here, not in the CSS text):
// .trap: the honeypot, clipped to nothing; inert and aria-hidden in the
//   markup.
// .field: the fields at a readable width (about 30 characters for a name or
//   an email address, the message wider); a field with an error gets the
//   anchors' error pattern (GOV.UK, NHS.UK): a bar in the error colour along
//   the whole field, the message in bold between the label and the input (in the DOM too, so it is read in that order), the input's border
//   thicker, so the error never rests on colour alone.
// input:focus: the anchors' focus for fields: the outline, and the border
//   thickened inside it.
export const formStyles = (css: typeof litCss) => css`
  .success {
    font-size: 1.125em;
  }

  .form,
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_spacing);
    max-inline-size: 36em;
  }

  .field {
    gap: 0.35em;
  }

  .field:has(.error) {
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--_error-color);
  }

  .label {
    padding: 0;
    font-weight: 700;
  }

  .field > input {
    max-inline-size: 22em;
  }

  input,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 44px;
    padding-block: 0.5em;
    padding-inline: 0.6em;
    border: 2px solid var(--_field-border-color);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
  }

  input:focus-visible,
  textarea:focus-visible {
    box-shadow: inset 0 0 0 1px var(--_field-border-color);
  }

  [aria-invalid='true'] {
    border: 3px solid var(--_error-color);
  }

  .hint {
    font-size: 0.9em;
    color: color-mix(in srgb, currentColor 80%, transparent);
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .check {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 44px;
  }

  .check input {
    flex: none;
    inline-size: 24px;
    block-size: 24px;
    min-block-size: 0;
    margin: 0;
    padding: 0;
  }

  .privacy {
    align-self: start;
    padding-block: 0.25em;
    color: inherit;
  }

  .error {
    color: var(--_error-color);
    font-weight: 700;
  }

  .trap {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }

  .submit {
    align-self: start;
  }

  .submit[aria-disabled='true'] {
    cursor: progress;
  }

  .submit[aria-disabled='true']::before {
    content: '';
    inline-size: 0.9em;
    block-size: 0.9em;
    border: 2px solid;
    border-block-start-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  .status {
    font-weight: 600;
  }

  .status:empty {
    display: none;
  }

  .success {
    padding: 0.75em 1em;
    border-inline-start: 6px solid var(--_accent);
    background: var(--_surface);
  }

  @media (prefers-reduced-motion: reduce) {
    .submit[aria-disabled='true']::before {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .field:has(.error),
    .success,
    [aria-invalid='true'] {
      border-color: CanvasText;
    }
  }
`;
