/**
 * custom-elements.json from the schemas: a @custom-elements-manifest/analyzer
 * plugin that writes each element's summary, attributes and their public
 * properties from its schema (build/schema.mjs), replacing what the analyzer
 * read from the class. The elements declare their attributes as data
 * (src/core/schema.ts), which the analyzer does not read, so without this
 * the manifest, and the framework types generated from it, would have none.
 * It must come before the framework type generators in the config's plugins.
 *
 * Each attribute becomes
 *   attributes[]: {name, fieldName, type: {text}, default, description}
 *   members[]:    {kind: 'field', name: fieldName, privacy: 'public', type, default, description, attribute}
 * with the type as TypeScript writes the element's property (src/core/schema.ts, Props):
 * `'all' | 'distribution'` for an enum, `boolean`, `number` or `string`,
 * `| undefined` without a default.
 */
import {camel} from './schema.mjs';

/** The property's TypeScript type, as Props<> gives it. */
export function typeText(attribute) {
  const base =
    attribute.type === 'enum'
      ? attribute.values.map((value) => `'${value}'`).join(' | ')
      : {boolean: 'boolean', number: 'number', text: 'string'}[attribute.type];
  return attribute.default === undefined ? `${base} | undefined` : base;
}

/** A default as the analyzer writes one: JavaScript source. */
const defaultText = (value) => (typeof value === 'string' ? `'${value}'` : String(value));

/**
 * @param {Awaited<ReturnType<typeof import('./schema.mjs').loadSchemas>>} schemas
 */
export function schemaPlugin(schemas) {
  return {
    name: 'dystonia-widgets-schema',
    packageLinkPhase({customElementsManifest}) {
      const seen = new Set();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const spec = declaration.tagName && schemas[declaration.tagName];
          if (!spec) continue;
          seen.add(declaration.tagName);
          declaration.summary = spec.summary;
          const fields = new Set(spec.attributes.map((a) => camel(a.name)));
          declaration.attributes = spec.attributes.map((a) => ({
            name: a.name,
            fieldName: camel(a.name),
            type: {text: typeText(a)},
            ...(a.default === undefined ? {} : {default: defaultText(a.default)}),
            description: a.desc,
          }));
          declaration.members = [
            ...spec.attributes.map((a) => ({
              kind: 'field',
              name: camel(a.name),
              privacy: 'public',
              type: {text: typeText(a)},
              ...(a.default === undefined ? {} : {default: defaultText(a.default)}),
              description: a.desc,
              attribute: a.name,
            })),
            ...(declaration.members ?? []).filter((m) => m.static || !fields.has(m.name)),
          ];
        }
      }
      const missing = Object.keys(schemas).filter((tag) => !seen.has(tag));
      if (missing.length)
        throw new Error(`build/cem-schema.mjs: no class declares the tag(s) ${missing.join(', ')}`);
    },
  };
}
