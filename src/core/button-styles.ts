import {css} from 'lit';

// Not in ./styles.ts: only the elements with buttons or links load it (the
// testimonial's steps, the call to action and its form), so it is not in
// the core that every element entry downloads.

/**
 * `.button`: one button for every element (testimonial steps, the call to
 * action, the form's submit), outlined in the ink; `.primary` fills it with
 * the accent. At least 44px square (WCAG 2.5.8 asks 24).
 *
 * Links: underlined, thicker on hover (the anchors' pattern: never colour
 * alone), in `--_link-color`.
 *
 * The CSS text ships as written, so comments on rules live here, in
 * JavaScript, where the minifier drops them, and not in the template.
 */
export const buttonStyles = css`
  a {
    color: var(--_link-color);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }

  a:hover {
    text-decoration-thickness: 3px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    box-sizing: border-box;
    min-inline-size: 44px;
    min-block-size: 44px;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_accent-ink);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-decoration: none;
    cursor: pointer;
  }

  .button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }

  .primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .primary:hover {
    background: color-mix(in oklab, var(--_accent) 78%, #000);
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
