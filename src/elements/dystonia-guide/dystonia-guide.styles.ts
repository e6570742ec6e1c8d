import {css} from 'lit';

export const styles = css`
  .base {
    gap: calc(var(--_spacing) * 2.5);
  }

  .nav-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .nav-list a {
    display: inline-block;
    padding-block: 0.25em;
    color: var(--_link-color);
    text-underline-offset: 0.2em;
  }
`;
