// The module scripts/element-options.mjs bakes in at build time (and the dev server serves).
declare module 'dw:element-options' {
  export interface AttributeOption {
    name: string;
    kind: 'enum' | 'boolean' | 'number' | 'text';
    values?: string[];
    min?: number;
    max?: number;
    step?: number;
    default?: string;
    /** A clinic setting (where data goes, whom a patient contacts): never from the embed's URL. */
    clinic?: true;
    /** Left out of the embed's copy. */
    description?: string;
  }
  export interface ElementOptions {
    /** The shipped locales, the source locale first. */
    locales: string[];
    tags: Record<string, {summary: string; attributes: AttributeOption[]}>;
  }
  const options: ElementOptions;
  export default options;
}
