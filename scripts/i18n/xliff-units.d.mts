// Types of ./xliff-units.mjs, for the TypeScript that imports it (test
// helpers, the translation preview page). The DOM types fit both parsers:
// xmldom's nodes have the members read there.

export declare const STALE_STATES: ReadonlySet<string | null>;
export declare const UNTRANSLATED_STATES: ReadonlySet<string | null>;
export declare const STALE_STATE: 'needs-review-translation';

export type UnitStatus = 'translated' | 'missing' | 'stale' | 'invalid';

export interface XliffUnit {
  id: string;
  /** The English, placeholders as their source (`${clinic}`). */
  source: string;
  /** The translation as written (not trimmed), or null without a <target>. */
  target: string | null;
  /** The lit-localize translator note. */
  note: string;
  /** The target's `state`, or null. */
  state: string | null;
  status: UnitStatus;
  /** No <target>, or one with neither text nor placeholder. */
  blank: boolean;
  /** The target's placeholders are the source's (meaningful only with a <target>). */
  placeholdersMatch: boolean;
}

export declare function contentText(element: Element): string;
export declare function xliffUnits(doc: Document): {locale: string | null; units: XliffUnit[]};
