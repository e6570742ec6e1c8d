// build/minify-templates.mjs: html`` and css`` templates of src/ minified,
// bindings intact, one space kept between text and inline content.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {minifyTemplates} from '../../build/minify-templates.mjs';
import {chunk, generate, ROOT} from './rollup-fixture.mjs';

// The step's default include (src/**/*.ts) is relative to the working directory: the repository's.
process.chdir(ROOT);

const files = {
  // Under the repository's src/ (served from memory: nothing is written there).
  'src/build-test-template.ts':
    "import {html, css} from 'lit';\n" +
    'export const view = (x, open, onClick) => html`\n' +
    '  <section   class="a  b"  id="main">\n' +
    '    <p>Text   before <em>${x}</em>   after.</p>\n' +
    '    <button ?disabled=${!open} @click=${onClick} .value=${x}>  Go  </button>\n' +
    '  </section>\n' +
    '`;\n' +
    'export const styles = css`\n  :host {\n    display:   block;\n    margin-inline-start: 1em;\n  }\n`;\n',
};
const build = (plugins) =>
  generate({input: 'src/build-test-template.ts', root: ROOT, files, plugins, external: ['lit']}).then((o) =>
    chunk(o, 'build-test-template.js')
  );

describe('minify-templates', () => {
  it('minifies the HTML and CSS of templates in src/, keeping bindings and inline spaces', async () => {
    const code = await build([minifyTemplates()]);
    assert.match(code, /<section class="a b" id=main>/);
    assert.match(code, /<p>Text before <em>\$\{x\}<\/em> after\.<\/p>/);
    assert.match(code, /<button \?disabled=\$\{!open\} @click=\$\{onClick\} \.value=\$\{x\}>Go<\/button>/);
    // lightningcss may reorder declarations.
    assert.match(
      code,
      /css`:host\{(display:block;margin-inline-start:1em|margin-inline-start:1em;display:block)\}`/
    );
    // Without the step the templates stay as written (the checks above notice).
    assert.match(await build([]), /<section {3}class="a {2}b"/);
  });
});
