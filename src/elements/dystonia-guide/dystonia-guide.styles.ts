import {css} from 'lit';

/*
 * The contents (after the NHS.UK contents list and the USWDS in-page
 * navigation): a heading the size of the text, then one link per line
 * beside a thin line. The testimonials' heading and quotes are one block,
 * as each other section's heading and text are.
 */
export const styles = css`
  .base {
    gap: calc(var(--_spacing) * 2.5);
  }

  .nav,
  .testimonials {
    display: grid;
    gap: var(--_spacing);
  }

  .nav {
    gap: calc(var(--_spacing) / 2);
  }

  .nav-heading {
    margin: 0;
    font-size: 1em;
  }

  .nav-list {
    margin: 0;
    padding: 0;
    padding-inline-start: 1em;
    border-inline-start: 2px solid var(--_border-color);
    list-style: none;
  }

  .nav-list a {
    display: inline-block;
    padding-block: 0.25em;
    color: var(--_link-color);
    text-underline-offset: 0.2em;
  }
`;
