// build/declarations.mjs: the schemas' properties as class fields in the
// declarations tsc writes, for tools that read a class's members only
// (lit-analyzer). test:types checks a Lit app against the real output.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {withFields} from '../../build/declarations.mjs';

const TSC = `import { type Props } from '../../core/schema.js';
export interface DystoniaTypes extends Props<typeof schema> {
}
/**
 * The types of dystonia.
 */
export declare class DystoniaTypes extends DwElement {
    static styles: import("lit").CSSResult[];
}
`;

const attributes = [
  {name: 'filter', type: 'enum', values: ['all', 'syndromes'], default: 'all', desc: 'Which types to show.'},
  {name: 'no-map', type: 'boolean', default: false, desc: 'No */ map.'},
  {name: 'index', type: 'number', desc: 'Which one.'},
];

describe('build/declarations.mjs', () => {
  it("turns the class's merged Props interface into typed, documented fields", () => {
    const out = withFields(TSC, 'DystoniaTypes', attributes, 'x.d.ts');
    assert.doesNotMatch(out, /export interface DystoniaTypes/);
    assert.match(
      out,
      /export declare class DystoniaTypes extends DwElement \{\n {4}\/\*\* Which types to show\. \*\/\n {4}filter: 'all' \| 'syndromes';\n {4}\/\*\* No \* \/ map\. \*\/\n {4}noMap: boolean;\n {4}\/\*\* Which one\. \*\/\n {4}index: number \| undefined;\n {4}static styles/
    );
  });

  it("fails when tsc's output is not what it expects", () => {
    assert.throws(
      () => withFields(TSC.replace('export interface', 'interface'), 'DystoniaTypes', attributes, 'x'),
      /changed/
    );
    assert.throws(() => withFields(TSC, 'SymptomAreas', attributes, 'x'), /changed/);
  });
});
