/**
 * Collapses the layout whitespace of css`` templates in src/ (indentation,
 * blank lines, the space after a property's colon): Lit ships the CSS text
 * as written. Whitespace holding a line break goes away next to `{ } ; ,`
 * and becomes one space elsewhere (a selector or value wrapped over lines);
 * whitespace on one line is kept but around `{` and after a colon. No css``
 * of src/ has a colon and a space inside a string, and comments are not
 * allowed in css`` (test/node/css-tokens.test.mjs). Templates with `${…}`
 * or a backslash are left as they are.
 */
export function cssWhitespace() {
  const block = /\bcss`([^`$\\]*)`/g;
  const collapse = (text) =>
    text
      .replace(/\s*\n\s*/g, (space, offset, all) => {
        const before = all[offset - 1];
        const after = all[offset + space.length];
        return before === undefined || after === undefined || /[{};,]/.test(before) || /[{}]/.test(after)
          ? ''
          : ' ';
      })
      .replace(/\s*\{\s*/g, '{')
      .replace(/;\s*\}/g, '}')
      .replace(/([a-z-]): +/g, '$1:');
  return {
    name: 'css-whitespace',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('css`')) return null;
      return {code: code.replace(block, (_, text) => `css\`${collapse(text)}\``), map: null};
    },
  };
}
