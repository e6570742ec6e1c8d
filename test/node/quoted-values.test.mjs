// Every value a warning or the debug panel quotes goes through the one cut()
// (src/core/warn.ts): bounded in length, without bidi controls, so a hostile
// attribute, config value, locale or endpoint can neither flood the console
// nor grow the panel nor reorder the text around it. This scans the source:
// each `${…}` in a warning's text, and in the debug panel's template, must be
// a cut()/cutList() call or one of the values of our own listed below.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, it} from 'node:test';
import ts from 'typescript';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Values of our own (constants, names we chose, numbers we computed): `file: expression`. */
const OURS = new Set([
  'src/core/config.ts: SELECTOR',
  'src/core/config.ts: type',
  "src/core/config.ts: KEYS.join(', ')",
  'src/core/define.ts: other', // cut() where it is made
  'src/core/define.ts: VERSION',
  'src/core/define.ts: SOURCE', // this copy's own URL, as the page loaded it
  // From the schemas (src/**/*.schema.ts): our own declarations.
  'src/core/heading.ts: min',
  'src/core/heading.ts: max',
  'src/core/heading.ts: fallback',
  "src/elements/dystonia-types/dystonia-types.ts: values.join(', ')",
  'src/elements/dystonia-types/dystonia-types.ts: fallback',
  "src/elements/inquiry-cta/inquiry-form.ts: encodings.values.join(' or ')",
  'src/elements/inquiry-cta/inquiry-form.ts: this.encoding', // one of the schema's values
  'src/elements/inquiry-cta/inquiry-form.ts: range.default',
  'src/elements/inquiry-cta/inquiry-form.ts: range.min',
  'src/elements/inquiry-cta/inquiry-form.ts: range.max',
  'src/elements/patient-testimonial/patient-testimonial.ts: min', // schema.rotate.min
  'src/elements/patient-testimonial/patient-testimonial.ts: max', // schema.rotate.max
  'src/core/hydration.ts: VERSION',
  'src/core/locale.ts: source',
  "src/core/locale.ts: knownLocales().join(', ')",
  'src/core/locale.ts: LOCALE_TIMEOUT_MS',
  // Our own sentence (where the value comes from), the value itself through cut().
  'src/core/locale.ts: what.replace(\'%s\', `"${cut(tag)}"`)',
  "src/elements/dystonia-types/dystonia-types.ts: dystoniaTypeIds.join(', ')",
  'src/elements/inquiry-cta/inquiry-cta.ts: attribute',
  'src/elements/inquiry-cta/inquiry-cta.ts: key',
  "src/elements/inquiry-cta/inquiry-cta.ts: schemes.map((s) => `${s}:`).join(' or ')",
  'src/elements/inquiry-cta/inquiry-cta.ts: s',
  'src/elements/inquiry-cta/inquiry-form.ts: shown', // cut() where it is made
  'src/elements/inquiry-cta/inquiry-form.ts: this.timeout',
  'src/elements/inquiry-cta/inquiry-form.ts: location.origin',
  'src/elements/patient-testimonial/patient-testimonial.ts: count - 1',
  'src/elements/patient-testimonial/patient-testimonial.ts: shown', // cut() where it is made
  'src/elements/patient-testimonial/patient-testimonial.ts: used! / 1000',
  "src/elements/symptom-areas/symptom-areas.ts: areaIds.join(', ')",
  // The debug panel: its own structure; list items are quoted where they are made (deps.cut).
  'src/core/debug-panel.ts: render.call(host)',
  'src/core/debug-panel.ts: on(host) ? panel(host) : undefined',
  'src/core/debug-panel.ts: items.map((item) => html`<li>${item}</li>`)',
  'src/core/debug-panel.ts: item',
  'src/core/debug-panel.ts: none',
  'src/core/debug-panel.ts: tag', // the host's localName: one of our tags
  "src/core/debug-panel.ts: asked.tag.trim() ? language(deps.cut(asked.tag.trim())) : 'nothing'",
  'src/core/debug-panel.ts: language(shownLocale)', // a shipped locale
  // The embed's warnings name a tag or attribute only after finding it among ours.
  'embed/embed.ts: warning',
  "embed/query.ts: Object.keys(options.tags).join(', ')",
  "embed/query.ts: options.locales.join(', ')",
  'embed/query.ts: tag',
  'embed/query.ts: name',
  'embed/query.ts: result.why',
  "embed/query.ts: spec.attributes .filter((a) => !a.clinic) .map((a) => a.name) .join(', ')",
]);

const files = (dir) =>
  readdirSync(join(ROOT, dir), {withFileTypes: true}).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'generated'
        ? []
        : files(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : []
  );

const quoted = (text) => /^(deps\.)?cut(List)?\(/.test(text);
const WARNING = /(^|\.)(warn|warnOnce)$|^warnings\.push$/;

/** Each `${…}` of a warning's text (call arguments) or of the debug panel's templates, unquoted. */
function unquoted(file) {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true
  );
  const found = [];
  const spans = (node, inPanelTemplate) => {
    if (ts.isTemplateSpan(node)) {
      const text = node.expression.getText(source).replace(/\s+/g, ' ');
      // In the panel, a nested template or a list() of already quoted text is checked where it is made.
      if (!quoted(text) && !(inPanelTemplate && /^(html`|list\(|language\(deps\.cut|SOURCES\[)/.test(text)))
        found.push(`${file}: ${text}`);
    }
    ts.forEachChild(node, (child) => spans(child, inPanelTemplate));
  };
  const visit = (node) => {
    if (ts.isCallExpression(node) && WARNING.test(node.expression.getText(source))) {
      node.arguments.forEach((argument) => spans(argument, false));
      return;
    }
    if (
      file.endsWith('debug-panel.ts') &&
      ts.isTaggedTemplateExpression(node) &&
      node.tag.getText(source).endsWith('html')
    ) {
      spans(node.template, true);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('quoted values', () => {
  it('every value a warning or the debug panel quotes passes cut(), or is our own', () => {
    const all = [...files('src'), ...files('embed')].map((f) => relative(ROOT, join(ROOT, f)));
    const offending = all.flatMap(unquoted).filter((entry) => !OURS.has(entry));
    assert.deepEqual(
      offending,
      [],
      'quote these through cut() (src/core/warn.ts), or list them in OURS if ours'
    );
  });

  it('finds an unquoted value (the scan itself works)', () => {
    const file = 'src/elements/inquiry-cta/inquiry-form.ts';
    assert.ok(unquoted(file).every((entry) => OURS.has(entry)));
    // The warning that quoted an endpoint in full (issue 17) is seen as such.
    const sample = ts.createSourceFile(
      'x.ts',
      'warnOnce(tag, `action "${action}" redirected`);',
      ts.ScriptTarget.Latest,
      true
    );
    let seen = '';
    const visit = (n) => {
      if (ts.isTemplateSpan(n)) seen = n.expression.getText(sample);
      ts.forEachChild(n, visit);
    };
    visit(sample);
    assert.equal(seen, 'action');
    assert.ok(!quoted(seen) && !OURS.has(`${file}: ${seen}`));
  });
});
