// build/astro-types.mjs: the elements of a custom elements manifest typed in
// Astro's astroHTML.JSX.IntrinsicElements, checked here by TypeScript
// against a stand-in of astro/astro-jsx.d.ts's shape; test/apps/astro runs
// the real `astro check` on the package's file.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {astroTypes, attributeType} from '../../build/astro-types.mjs';

const SCRIPT = fileURLToPath(new URL('../../build/astro-types.mjs', import.meta.url));

// The shapes custom-elements.json has (build/cem-schema.mjs, typeText).
const MANIFEST = {
  schemaVersion: '1.0.0',
  modules: [
    {kind: 'javascript-module', path: 'src/core/locale.ts', declarations: [{kind: 'function', name: 'x'}]},
    {
      kind: 'javascript-module',
      path: 'src/elements/dystonia-types/dystonia-types.ts',
      declarations: [
        {
          kind: 'class',
          name: 'DystoniaTypes',
          customElement: true,
          tagName: 'dystonia-types',
          summary: 'Types of dystonia; */ closes no comment.',
          attributes: [
            {
              name: 'filter',
              type: {text: "'all' | 'distribution' | 'syndromes'"},
              description: 'Which types.',
            },
            {name: 'open', type: {text: 'string'}, description: 'Ids to open.'},
            {name: 'heading-level', type: {text: 'number'}, description: 'Top heading level.'},
            {name: 'debug', type: {text: 'boolean'}, description: 'A debug panel.'},
          ],
          events: [{name: 'dw-type-toggle', type: {text: 'TypeToggleDetail'}, description: 'A toggle.'}],
        },
      ],
    },
    {
      kind: 'javascript-module',
      path: 'src/elements/patient-testimonial/patient-testimonial.ts',
      declarations: [
        {
          kind: 'class',
          name: 'PatientTestimonial',
          customElement: true,
          tagName: 'patient-testimonial',
          attributes: [
            {name: 'index', type: {text: 'number | undefined'}},
            {name: 'attribution', type: {text: 'string | undefined'}, description: 'Who.'},
          ],
        },
      ],
    },
  ],
};

// astro/astro-jsx.d.ts's shape: a global namespace whose IntrinsicElements
// takes any tag with any attributes.
const ASTRO_JSX = `declare namespace astroHTML.JSX {
  interface HTMLAttributes {
    class?: string | undefined | null;
    lang?: string | undefined | null;
    hidden?: boolean | string | undefined | null;
    'set:html'?: any;
    [key: \`data-\${string}\`]: any;
  }
  interface DefinedIntrinsicElements {
    div: HTMLAttributes;
  }
  interface IntrinsicElements extends DefinedIntrinsicElements {
    [name: string]: {[name: string]: any};
  }
}
`;

const OPTIONS = {
  strict: true,
  noEmit: true,
  types: [],
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
};
/** TypeScript's own declarations, parsed once for every program. */
const libs = new Map();

/** TypeScript's errors for `usage` (a module) next to `types` and the Astro stand-in, one string each. */
function typeErrors(types, usage) {
  const files = {'/astro-jsx.d.ts': ASTRO_JSX, '/astro.d.ts': types, '/usage.ts': usage};
  const host = ts.createCompilerHost(OPTIONS);
  const {getSourceFile, fileExists, readFile} = host;
  Object.assign(host, {
    getSourceFile: (name, version) =>
      name in files
        ? ts.createSourceFile(name, files[name], version)
        : (libs.get(name) ?? libs.set(name, getSourceFile(name, version)).get(name)),
    fileExists: (name) => name in files || fileExists(name),
    readFile: (name) => files[name] ?? readFile(name),
  });
  const program = ts.createProgram(Object.keys(files), OPTIONS, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

const ELEMENT = "type T = astroHTML.JSX.IntrinsicElements['dystonia-types'];\n";

describe('build/astro-types.mjs', () => {
  const text = astroTypes(MANIFEST);

  it("declares each element's attributes, typed as markup gives them, with their documentation", () => {
    assert.match(
      text,
      /\/\*\* Which types\. \*\/\n {2}filter\?: "all" \| "distribution" \| "syndromes" \| undefined \| null;/
    );
    assert.match(text, / {2}open\?: string \| undefined \| null;/);
    assert.match(text, / {2}"heading-level"\?: number \| `\$\{number\}` \| undefined \| null;/);
    assert.match(text, / {2}debug\?: boolean \| "" \| undefined \| null;/);
    assert.match(text, /\n {2}index\?: number \| `\$\{number\}` \| undefined \| null;/);
    assert.match(text, / {2}"dystonia-types": AstroElement<DystoniaTypesAttributes>;/);
    assert.match(text, / {2}"patient-testimonial": AstroElement<PatientTestimonialAttributes>;/);
    assert.match(
      text,
      /Types of dystonia; \* \/ closes no comment\. Events .*`dw-type-toggle` \(detail: TypeToggleDetail\)/
    );
    assert.match(
      text,
      /declare global \{\n {2}namespace astroHTML\.JSX \{\n {4}interface IntrinsicElements extends AstroElements \{\}/
    );
  });

  it('is a module that type-checks next to Astro, and right attributes pass', () => {
    const usage = `import type {} from './astro.js';
${ELEMENT}
const all: T = {filter: 'syndromes', open: 'focal cervical', 'heading-level': 3, debug: true};
const asWritten: T = {'heading-level': '3', debug: '', filter: undefined, open: null};
const html: T = {class: 'wide', lang: 'es', hidden: true, 'set:html': '<p></p>', 'data-x': 1};
const quote: astroHTML.JSX.IntrinsicElements['patient-testimonial'] = {index: '1', attribution: 'A'};
const other: astroHTML.JSX.IntrinsicElements['x-other'] = {anything: 1};
export {all, asWritten, html, quote, other};
`;
    assert.deepEqual(typeErrors(text, usage), []);
  });

  for (const [attribute, value, expected] of [
    ['filter', "'nope'", /Type '"nope"' is not assignable to type '"all" \| "distribution" \| "syndromes"/],
    ['heading-level', "'three'", /Type '"three"' is not assignable to type 'number \| `\$\{number\}`/],
    ['debug', "'false'", /Type '"false"' is not assignable to type 'boolean \| ""/],
    ['open', '1', /Type 'number' is not assignable to type 'string'/],
    ['class', '1', /Type 'number' is not assignable to type 'string'/],
  ]) {
    it(`rejects ${attribute}=${value}`, () => {
      const usage = `import type {} from './astro.js';\n${ELEMENT}export const x: T = {'${attribute}': ${value}};\n`;
      const errors = typeErrors(text, usage);
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0], /^\/usage\.ts: /);
      assert.match(errors[0], expected);
    });
  }

  it('fails on an attribute type it does not know, or a manifest without elements', () => {
    assert.throws(() => attributeType('Date', '<x-y when>'), /<x-y when>: unknown attribute type "Date"/);
    assert.throws(() => attributeType('undefined', '<x-y a>'), /no type/);
    assert.equal(attributeType("'a' | 'b' | undefined", 'x'), '"a" | "b" | undefined | null');
    assert.throws(() => astroTypes({modules: [MANIFEST.modules[0]]}), /no custom element/);
  });

  it('writes the file from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'astro-types-'));
    try {
      const manifest = join(dir, 'custom-elements.json');
      const out = join(dir, 'types/frameworks/astro.d.ts');
      writeFileSync(manifest, JSON.stringify(MANIFEST));
      const result = spawnSync(process.execPath, [SCRIPT, manifest, out], {encoding: 'utf8'});
      assert.equal(result.status, 0, result.stderr);
      assert.equal(readFileSync(out, 'utf8'), text);
      assert.equal(spawnSync(process.execPath, [SCRIPT], {encoding: 'utf8'}).status, 2);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
