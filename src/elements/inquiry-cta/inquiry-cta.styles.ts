import {css} from 'lit';

// Why, rule by rule (here, not in the CSS text, which ships as written):
// .base: a card with a bar in the accent along its top, like the anchors'
//   care cards and summary boxes: the one place on the page that asks the
//   reader to act.
// .button: the shared button; the contact link is the primary one, filled
//   with the accent, its text in --_on-accent, so it reads on any page.
// .phone: "Call us" and the number are one link with one underline (inline,
//   not flex, so the underline does not break between them); the number is
//   isolated left-to-right inside right-to-left text.
// The form's rules are in inquiry-form.styles.ts, loaded with its code.
export const styles = css`
  .base {
    padding-block: 1.25em 1.5em;
    padding-inline: 1.5em;
    border-block-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .text {
    font-size: 1.125em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.5em;
  }

  .phone {
    padding-block: 0.5em;
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
  }
`;
