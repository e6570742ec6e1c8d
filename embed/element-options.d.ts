// The module build/element-options.mjs bakes in at build time (and the dev server serves):
// each element's schema (src/core/schema.ts) as data.
declare module 'dw:element-options' {
  export interface AttributeOption {
    name: string;
    type: 'enum' | 'boolean' | 'number' | 'text';
    values?: string[];
    min?: number;
    max?: number;
    step?: number;
    default?: string | number | boolean;
    /** A clinic setting (where data goes, whom a patient contacts): never from the embed's URL. */
    clinic: boolean;
    /** Left out of the embed's copy. */
    desc?: string;
  }
  export interface ElementOptions {
    /** The shipped locales, the source locale first. */
    locales: string[];
    tags: Record<string, {summary: string; attributes: AttributeOption[]}>;
  }
  const options: ElementOptions;
  export default options;
}
