// Types of scripts/snippet.mjs, for the embed builder (demo/embed.ts).

/** dist/integrity.json */
export interface Integrity {
  version: string;
  path: string;
  algorithm: 'sha384';
  files: Record<string, string>;
  preload?: Record<string, string[]>;
}

export const PLACEHOLDER_BASE: string;
export function versionDir(version: string): string;
export function snippet(
  integrity: Integrity,
  options?: {
    base?: string;
    locale?: string | undefined;
    element?: string;
    withImportMap?: boolean;
    prerendered?: boolean;
    hydrate?: boolean;
  }
): string;
export function escapeAttribute(value: string): string;
export const HEIGHT_MESSAGE: 'dystonia-widgets:height';
export const HEIGHT_REQUEST: 'dystonia-widgets:height-request';
export const CLINIC_ATTRIBUTES_ID: 'dw-embed-clinic';
export function iframeSrc(
  integrity: Integrity,
  options: {base?: string; tag: string; locale?: string | undefined; attributes?: Record<string, string>}
): string;
export function iframeSnippet(
  integrity: Integrity,
  options: {
    base?: string;
    tag: string;
    locale?: string | undefined;
    attributes?: Record<string, string>;
    title?: string;
    height?: number;
    withResize?: boolean;
  }
): string;
