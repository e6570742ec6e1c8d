/**
 * `npm run analyze`: custom-elements.json from the classes' JSDoc and the
 * elements' schemas (summary, attributes: build/cem-schema.mjs), and from it
 * the framework types in dist/types/frameworks/ (react.d.ts, vue.d.ts,
 * svelte.d.ts), written by the custom-elements-manifest ecosystem's
 * generators. Attribute and property types refer to the classes'
 * declarations (dist/types/define.d.ts, written by `tsc -p
 * tsconfig.build.json`, where each class has its schema's properties), so
 * they cannot drift from the code; event detail types come from the
 * `@event {Detail} name` JSDoc tags.
 *
 * The generators' output is then adjusted where it does not fit these
 * frameworks' current versions (see `frameworkTypes` below). Every
 * adjustment must match exactly what it expects, or the analysis fails: a
 * generator update that changes its output is noticed here, not by users.
 * test/types/ checks the result with each framework's own checker.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {customElementJsxPlugin} from 'custom-element-jsx-integration';
import {customElementVuejsPlugin} from 'custom-element-vuejs-integration';
import {customElementSveltePlugin} from 'custom-element-svelte-integration';
import {schemaPlugin} from './build/cem-schema.mjs';
import {loadSchemas} from './build/schema.mjs';

const outdir = 'dist/types/frameworks';
const common = {
  outdir,
  // The package entry's declarations export every class and detail type.
  globalTypePath: '../define.js',
  hideLogs: true,
};

/**
 * Replaces `pattern` in `text`, failing when it matches nothing (or not
 * `count` times, when given).
 * @param {string} text
 * @param {RegExp} pattern (global)
 * @param {string | ((match: string, ...groups: string[]) => string)} replacement
 * @param {number} [count]
 */
function replaceExactly(text, pattern, replacement, count) {
  const found = text.match(pattern)?.length ?? 0;
  if (found === 0 || (count !== undefined && found !== count)) {
    throw new Error(
      `custom-elements-manifest.config.mjs: expected ${count ?? 'a'} match(es) of ${pattern} in a ` +
        `generated framework type file, found ${found}; the generator's output changed.`
    );
  }
  return text.replace(pattern, /** @type {any} */ (replacement));
}

/** `heading-level` → `headingLevel`, as Vue's `camelize`. */
const camelize = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/**
 * The generators import every event's detail type once per element that
 * fires it; an event fired by several elements (`dw-area-select`) is then
 * imported twice, which TypeScript rejects. Keep each name once.
 * @param {string} text
 */
const dedupeImports = (text) =>
  replaceExactly(
    text,
    /import type \{([^}]*)\} from "\.\.\/define\.js";/g,
    (_, names) =>
      `import type { ${[
        ...new Set(
          names
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean)
        ),
      ].join(', ')} } from "../define.js";`
  );

/** File name → its adjustments, applied in order. */
const adjustments = {
  // The generator writes the element types (`CustomElements`) and leaves
  // plugging them into a JSX namespace to the user. React 19's is
  // `React.JSX`; React's own HTML attributes (`onClick`, `aria-*`, a typed
  // `ref`) join each element's attributes and `ondw-*` event props, which
  // React 19 adds as listeners on custom elements.
  'react.d.ts': [
    dedupeImports,
    (text) =>
      `${text}
import type { HTMLAttributes, RefAttributes } from "react";

/** An element's own attributes, properties and events (the generator's base props left out). */
type Own<Tag extends keyof CustomElements> = Omit<CustomElements[Tag], keyof BaseProps>;

type ReactElement<Tag extends keyof CustomElements & keyof HTMLElementTagNameMap> = Own<Tag> &
  Omit<HTMLAttributes<HTMLElementTagNameMap[Tag]>, keyof Own<Tag>> &
  RefAttributes<HTMLElementTagNameMap[Tag]>;

/** dystonia-widgets' elements, as React 19 sees them. */
export type ReactElements = { [Tag in keyof CustomElements]: ReactElement<Tag> };

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends ReactElements {}
  }
}
`,
  ],
  // `GlobalComponents` for templates (and the global JSX namespace for
  // Vue's TSX). Vue normalizes props to camelCase (vue-tsc checks
  // `heading-level` as `headingLevel`, `@dw-type-toggle` as `onDwTypeToggle`),
  // while the generator writes them as in HTML, which vue-tsc never matches.
  'vue.d.ts': [
    dedupeImports,
    (text) => replaceExactly(text, /"on(dw-[a-z-]+)"\?:/g, (_, name) => `onD${camelize(name).slice(1)}?:`),
    (text) => replaceExactly(text, /"([a-z]+(?:-[a-z]+)+)"\?:/g, (_, name) => `${camelize(name)}?:`),
  ],
  // The Svelte generator (its only version, 1.2.0) writes Svelte 4 types:
  // `on:event` directives, the `svelteHTML` namespace (declared inside a
  // module, so it would not even be global), and JSX types Svelte does not
  // have. Svelte 5 takes events as `on<name>` attributes (`ondw-type-toggle`)
  // and element types from `svelte/elements`' `SvelteHTMLElements`, joined
  // here with Svelte's own HTML attributes.
  'svelte.d.ts': [
    dedupeImports,
    (text) => replaceExactly(text, /"on:(dw-[a-z-]+)"\?:/g, '"on$1"?:'),
    (text) => replaceExactly(text, /children\?: JSX\.Element;/g, 'children?: import("svelte").Snippet;'),
    (text) => replaceExactly(text, /style\?: JSX\.CSSProperties;/g, 'style?: string;'),
    (text) =>
      replaceExactly(
        text,
        /declare namespace svelteHTML \{[^{}]*\{\}\s*\}\n?/g,
        `import type { HTMLAttributes } from "svelte/elements";

/** An element's own attributes, properties and events (the generator's base props left out). */
type Own<Tag extends keyof CustomElements> = Omit<CustomElements[Tag], keyof BaseProps>;

type SvelteElement<Tag extends keyof CustomElements & keyof HTMLElementTagNameMap> = Own<Tag> &
  Omit<HTMLAttributes<HTMLElementTagNameMap[Tag]>, keyof Own<Tag>>;

/** dystonia-widgets' elements, as Svelte 5 sees them. */
export type SvelteElements = { [Tag in keyof CustomElements]: SvelteElement<Tag> };

declare module "svelte/elements" {
  interface SvelteHTMLElements extends SvelteElements {}
}
`
      ),
  ],
};

/** Applies `adjustments` once the generators (earlier plugins) have written. */
const frameworkTypes = {
  name: 'dystonia-widgets-framework-types',
  packageLinkPhase() {
    for (const [file, steps] of Object.entries(adjustments)) {
      const path = `${outdir}/${file}`;
      const text = steps.reduce((t, step) => step(t), readFileSync(path, 'utf8'));
      writeFileSync(path, text);
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    // First: the generators read the attributes it writes.
    schemaPlugin(await loadSchemas()),
    customElementJsxPlugin({...common, fileName: 'react.d.ts'}),
    customElementVuejsPlugin({...common, fileName: 'vue.d.ts'}),
    customElementSveltePlugin({...common, fileName: 'svelte.d.ts'}),
    frameworkTypes,
  ],
};
