import type {PropertyDeclaration} from 'lit';

/**
 * One attribute of an element, declared once in the element's schema file
 * (`src/elements/<tag>/<tag>.schema.ts`, and `element.schema.ts` for what
 * every element has). Everything that needs to know an element's options
 * reads that declaration:
 * - the element: its Lit properties and their defaults ({@link declaration}, DwElement.finalize),
 *   its TypeScript property types ({@link Props}), the limits its own
 *   validation checks against;
 * - the iframe embed's accepted query parameters (presentation only) and the
 *   embed builder's form (the module `dw:element-options`, build/schema.mjs);
 * - the debug panel's list of settings (the element's observed attributes);
 * - custom-elements.json and the framework types made from it
 *   (build/cem-schema.mjs), and the attribute tables in docs/elements.md
 *   (`npm run docs`, checked by test/node/schema.test.mjs).
 *
 * `desc` is documentation: the browser build drops it
 * (build/strip-descriptions.mjs), like msg()'s translator notes.
 */
export interface Attribute {
  /**
   * `enum`: one of `values`; `boolean`: present or absent; `number`: a
   * number, within `min`–`max` in steps of `step` where given; `text`: any
   * string.
   */
  readonly type: 'enum' | 'boolean' | 'number' | 'text';
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  /**
   * The value without the attribute (also after it is removed). Always
   * written, `undefined` included: an own key, never one read from a
   * polluted Object.prototype.
   */
  readonly default: string | number | boolean | undefined;
  /**
   * A clinic setting: where a patient's data goes or whom they contact, or
   * the clinic's own words. The iframe embed never takes one from its URL,
   * only from the clinic's configuration file; it takes the others
   * (presentation). Always written: no attribute is either by default.
   */
  readonly clinic: boolean;
  /** One line of documentation, for the manifest, the builder and the docs. */
  readonly desc: string;
}

/** An element's attributes by name, as written in HTML (`heading-level`). */
export type Schema = Readonly<Record<string, Attribute>>;

/** `heading-level` → `headingLevel`. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;

type Value<A extends Attribute> = A extends {type: 'enum'; values: readonly (infer V)[]}
  ? V
  : A extends {type: 'boolean'}
    ? boolean
    : A extends {type: 'number'}
      ? number
      : string;

/**
 * The properties a schema declares, with their types: merged into the
 * element's class by an interface of the same name, so that a property is
 * declared once, in the schema. Without a default a property may be
 * undefined.
 */
export type Props<S extends Schema> = {
  -readonly [K in keyof S & string as Camel<K>]: S[K]['default'] extends undefined
    ? Value<S[K]> | undefined
    : Value<S[K]>;
};

/** `heading-level` → `headingLevel`, the property an attribute sets. */
export const camel = (name: string): string => name.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/**
 * Attribute → property, for every attribute of a schema: Lit hands over the
 * declaration's `type`, which is the attribute's schema (see
 * {@link declaration}). A missing (or removed) attribute gives the default;
 * a boolean is true when present; a number is `Number(value)`, with an empty
 * or blank value NaN (invalid) rather than the 0 `Number('')` gives, so the
 * element warns. Never reflected.
 */
const converter = {
  fromAttribute(value: string | null, {type, default: fallback}: Attribute) {
    if (value === null) return fallback;
    if (type === 'boolean') return true;
    if (type === 'number') return value.trim() ? Number(value) : NaN;
    return value;
  },
};

/** The Lit property declaration of the attribute `name` of a schema. */
export const declaration = (name: string, attribute: Attribute): PropertyDeclaration =>
  ({attribute: name, type: attribute, converter}) as PropertyDeclaration;
