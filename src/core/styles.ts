import {css} from 'lit';

/**
 * Shared tokens and resets. Every widget inherits the host page's font and
 * colour; sizes are in em so they follow the host's text size, never rem.
 *
 * Each public --dw-* token is read here once, with the library's one
 * default, into a private --_* property that every rule uses: a default
 * cannot drift between elements, and no rule repeats a fallback. The values
 * are substituted as written where a rule uses them, so currentColor and em
 * resolve there, as they did when each rule read the token itself. An
 * inherit default makes the private property inherit, which names nothing
 * (an outer widget's names the same token), so the property using it
 * inherits from the page. Tokens are read on the host only, not on a part.
 *
 * `.base` owns the text rhythm (host-proof text): a page's rules never
 * match inside the shadow root, but they do match the host element, what
 * they set there inherits inward, and for normal declarations they beat
 * the host's own `:host` rules (a page `* { line-height: 0.5 }` wins over
 * `:host { line-height: 1.5 }` in every engine). The wrapper is the first
 * element no page rule reaches (but a deliberate `::part(base)`), so the
 * rhythm set there holds under any reset, without `!important`, while font
 * family, colour and size still inherit from the host. Form controls take
 * the spacing too (their user-agent styles reset it; `font: inherit` in
 * their rules brings the line height).
 *
 * `.bullets`: text lists (causes, assessments…) keep the page's own bullets,
 * with a logical indent, the markers in the accent.
 *
 * The look (issue 21), after the NHS.UK and USWDS design systems: the host
 * keeps font family, size and text colour; the widgets add one accent,
 * `--_accent`, a fill (primary buttons, bars, selections) that carries its
 * own text colour, `--_on-accent`, so it reads on any page; and
 * `--_accent-ink`, the accent mixed with the text colour, for text and lines
 * on the page's own background: darker than the accent on a light page,
 * lighter on a dark one, so links and markers keep their contrast on both
 * without knowing the page's background. A default may name another private
 * property (derived tokens: `--_link-color` is the ink unless set); the
 * values are substituted where a rule uses them, so `currentColor` in them
 * is that element's text colour. `--_surface` tints a card with the text
 * colour, so it is a little darker on a light page and lighter on a dark one.
 * Buttons and links: ./button-styles.ts.
 *
 * The CSS text ships as written, so comments on rules live here, in
 * JavaScript, where the minifier drops them, and not in the template.
 */
export const baseStyles = css`
  :host {
    --_font: var(--dw-font, inherit);
    --_color: var(--dw-color, inherit);
    --_accent: var(--dw-accent, #005eb8);
    --_on-accent: var(--dw-on-accent, #fff);
    --_accent-ink: var(--dw-accent-ink, color-mix(in oklab, var(--_accent) 62%, currentColor));
    --_surface: var(--dw-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_border-color: var(--dw-border-color, color-mix(in srgb, currentColor 30%, transparent));
    --_field-border-color: var(--dw-field-border-color, currentColor);
    --_error-color: var(--dw-error-color, color-mix(in oklab, #d4351c 72%, currentColor));
    --_focus-color: var(--dw-focus-color, currentColor);
    --_link-color: var(--dw-link-color, var(--_accent-ink));
    --_map-fill: var(--dw-map-fill, color-mix(in srgb, currentColor 8%, transparent));
    --_map-stroke: var(--dw-map-stroke, currentColor);
    --_quote-size: var(--dw-quote-size, 1.25em);
    --_radius: var(--dw-radius, 4px);
    --_spacing: var(--dw-spacing, 1em);
    --_line-height: var(--dw-line-height, 1.5);
    --_letter-spacing: var(--dw-letter-spacing, normal);
    --_word-spacing: var(--dw-word-spacing, normal);
    display: block;
    font-family: var(--_font);
    color: var(--_color);
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_spacing);
    line-height: var(--_line-height);
    letter-spacing: var(--_letter-spacing);
    word-spacing: var(--_word-spacing);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
  }

  button,
  input,
  textarea {
    letter-spacing: inherit;
    word-spacing: inherit;
  }

  p {
    margin: 0;
    max-inline-size: 42em;
  }

  .heading {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }

  .bullets {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .bullets ::marker {
    color: var(--_accent-ink);
  }

  :focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
