// Rewrites the HTML and CSS of html`` and css`` templates in src/ to their
// minified form (@lit-labs/rollup-plugin-minify-html-literals, with
// html-minifier-next and lightningcss): Lit ships template text as written.
// Attribute quotes go where HTML allows it; bindings keep their kind
// (`.prop=`, `?attr=`, `@event=`), and whitespace between text and inline
// content stays one space (test/integration/bundle.test.ts renders every
// element from the built bundle). The Node build minifies the same way: Lit
// hydrates a server render only if each template's strings hash to the
// browser's (test/integration/prerender.test.ts).
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * @param {{include?: string[]}} [options] the files whose templates to minify (src/**\/*.ts)
 */
export const minifyTemplates = ({include = ['src/**/*.ts']} = {}) =>
  minifyHTML({include, failOnError: true, options: {minifyOptions: {removeAttributeQuotes: true}}});
