// The elements' schemas (src/elements/<tag>/<tag>.schema.ts) and what is
// made from them in Node: the manifest's attributes (build/cem-schema.mjs)
// and the attribute tables of docs/elements.md (scripts/docs.mjs). The
// browser side (the elements' properties, defaults and validation) is
// test/core/schema.test.ts; the embed's and the builder's, test/node/embed.test.mjs.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {readdirSync, readFileSync} from 'node:fs';
import {loadSchemas} from '../../build/schema.mjs';
import {schemaPlugin, typeText} from '../../build/cem-schema.mjs';
import {render} from '../../scripts/docs.mjs';

const root = new URL('../../', import.meta.url);

describe('the schemas', () => {
  it('one per element folder, each attribute fully declared', async () => {
    const schemas = await loadSchemas();
    assert.deepEqual(Object.keys(schemas), readdirSync(new URL('src/elements/', root)).sort());
    for (const [tag, {summary, attributes}] of Object.entries(schemas)) {
      assert.ok(summary.length > 10, `${tag}: a summary`);
      assert.deepEqual(
        attributes.slice(-2).map((a) => a.name),
        ['heading-level', 'debug'],
        `${tag}: the common attributes last`
      );
      for (const a of attributes) {
        const where = `<${tag}> ${a.name}`;
        assert.match(a.name, /^[a-z]+(-[a-z]+)*$/, where);
        assert.ok(['enum', 'boolean', 'number', 'text'].includes(a.type), where);
        assert.equal(typeof a.clinic, 'boolean', `${where}: clinic setting or presentation, said`);
        assert.ok(a.desc.length > 10 && !a.desc.includes('\n'), `${where}: one line of documentation`);
        if (a.type === 'enum') assert.ok(a.values.includes(a.default), `${where}: the default is a value`);
        if (a.type === 'number' && a.default !== undefined) {
          assert.ok(a.min === undefined || a.default >= a.min, where);
          assert.ok(a.max === undefined || a.default <= a.max, where);
        }
      }
    }
  });
});

describe('custom-elements.json from the schemas (build/cem-schema.mjs)', () => {
  it('replaces the analyzer’s attributes and fields with the schema’s, keeping other members', async () => {
    const schemas = await loadSchemas();
    const manifest = {
      modules: [
        {
          declarations: Object.keys(schemas).map((tag) => ({
            tagName: tag,
            summary: 'from JSDoc',
            attributes: [{name: 'heading-level', type: {text: 'number'}, default: 'DEFAULT_HEADING_LEVEL'}],
            members: [
              {kind: 'field', name: 'headingLevel', type: {text: 'number'}},
              {kind: 'method', name: 'focusHeading'},
              {kind: 'field', name: 'schema', static: true},
            ],
          })),
        },
      ],
    };
    schemaPlugin(schemas).packageLinkPhase({customElementsManifest: manifest});
    const types = manifest.modules[0].declarations.find((d) => d.tagName === 'dystonia-types');
    assert.equal(types.summary, schemas['dystonia-types'].summary);
    assert.deepEqual(
      types.attributes.map((a) => [a.name, a.fieldName, a.type.text, a.default]),
      [
        ['filter', 'filter', "'all' | 'distribution' | 'syndromes'", "'all'"],
        ['open', 'open', 'string', "''"],
        ['heading-level', 'headingLevel', 'number', '2'],
        ['debug', 'debug', 'boolean', 'false'],
      ]
    );
    assert.deepEqual(
      types.members.map((m) => m.name),
      ['filter', 'open', 'headingLevel', 'debug', 'focusHeading', 'schema']
    );
    const cta = manifest.modules[0].declarations.find((d) => d.tagName === 'inquiry-cta');
    assert.equal(cta.attributes.find((a) => a.name === 'action').type.text, 'string | undefined');
    assert.equal(typeText({type: 'number', default: undefined}), 'number | undefined');
  });

  it('fails when a schema has no element class', async () => {
    const schemas = await loadSchemas();
    assert.throws(
      () => schemaPlugin(schemas).packageLinkPhase({customElementsManifest: {modules: []}}),
      /no class declares the tag/
    );
  });
});

describe('docs/elements.md (scripts/docs.mjs)', () => {
  it('has every attribute table as the schemas write it (npm run docs)', async () => {
    const page = readFileSync(new URL('docs/elements.md', root), 'utf8');
    assert.equal(page, await render(page), 'run npm run docs');
    const schemas = await loadSchemas();
    for (const tag of Object.keys(schemas))
      assert.ok(page.includes(`<!-- attributes: ${tag} -->`), `docs/elements.md: a table for <${tag}>`);
  });

  it('writes a new attribute into its element’s table', async () => {
    const page = '<!-- attributes: dystonia-types -->\nold\n<!-- /attributes -->\n';
    const out = await render(page);
    assert.match(out, /\| `filter` \| `all`, `distribution`, `syndromes` \| `all` \| presentation \|/);
    assert.doesNotMatch(out, /old|heading-level/);
  });
});
