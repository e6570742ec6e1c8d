/**
 * Hydration of prerendered elements, for src/hydrate.ts only (never in the
 * plain bundle). Imported before any element is defined: an element in the
 * page upgrades, and makes its render root, the moment it is defined.
 */
import {adoptStyles, LitElement} from 'lit';
import {DwElement} from './element.js';
import {VERSION} from './version.js';
import {cut, warnOnce} from './warn.js';

/**
 * The hydration support's "render root came from the server" flag: `_$AG`
 * in Lit's production build (its `_$` names are mangled the same way in every
 * release, so that Lit's packages work together), `_$needsHydration` in the
 * development build.
 */
type Hydrating = {
  _$AG?: boolean;
  _$needsHydration?: boolean;
  hasUpdated: boolean;
  update(changed: unknown): void;
  scheduleUpdate(): void | Promise<unknown>;
};
const proto = DwElement.prototype as unknown as Hydrating;

/** Whether the element's render root came from the server and has not been hydrated yet. */
const awaitsHydration = (element: Hydrating): boolean => !!(element._$AG || element._$needsHydration);

// Lit's hydration support installs itself when LitElement loads (and adds
// `defer-hydration` to its observedAttributes). Loaded later (a bundler put
// Lit in a chunk that runs before dystonia-widgets/hydrate), the elements
// clear their server-rendered shadow roots and render again, silently.
if (!Object.hasOwn(LitElement, 'observedAttributes'))
  warnOnce(
    'dystonia-widgets',
    'Lit loaded before its hydration support: server-rendered widgets render again. Import ' +
      'dystonia-widgets/hydrate first (Vite: build.rolldownOptions.output.strictExecutionOrder).'
  );

/**
 * Settles in a task after the one that asked for it: a message to itself,
 * which, unlike a timeout, no browser delays in a tab in the background.
 * Made once: every element in the page waits for the same task.
 */
let nextTask: Promise<void> | undefined;
const taskAfterThis = (): Promise<void> =>
  (nextTask ??= new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  }));

// A prerendered element's text and layout are in the page from the moment it
// is parsed, so its hydration need not share a task with the page's own work.
// This bundle is a deferred module: it runs at the end of parsing, in the task
// in which the browser also lays out the whole page (Chromium forces that
// layout at DOMContentLoaded). Hydrating in a task after it splits one long
// task in two (the bench's first-render task, docs/contributors.md), and a
// frame may paint the prerendered text in between. Nothing a visitor sees
// changes when an element hydrates. One that renders afresh instead (discard(),
// below) shows its prerendered text one task longer, as it does while it waits
// for its locale.
const {scheduleUpdate} = proto;
proto.scheduleUpdate = function (this: DwElement & Hydrating) {
  if (this.hasUpdated || !awaitsHydration(this)) return scheduleUpdate.call(this);
  return taskAfterThis().then(() => scheduleUpdate.call(this));
};

// The plain bundle clears a declarative shadow root (nothing there can
// hydrate); here the hydration support's createRenderRoot (LitElement's) keeps it.
delete (proto as {createRenderRoot?: unknown}).createRenderRoot;

/** Removes what was prerendered, keeping its styles, so that the element renders afresh. */
function discard(element: DwElement & Hydrating): void {
  element._$AG = element._$needsHydration = false;
  for (const node of [...(element.shadowRoot?.childNodes ?? [])])
    if (node.nodeName !== 'STYLE') node.remove();
}

/**
 * Lit's hydration keeps a declarative shadow root's own `<style>` and adopts
 * no style sheet. A page whose security policy refuses inline styles (a
 * `style-src` without their hashes) refused that `<style>` (it has no sheet),
 * and the element would stay unstyled: it adopts its styles instead, as a
 * client render does (constructed style sheets need no hash), with one warning
 * for the page.
 */
function adoptRefusedStyles(element: DwElement): void {
  const root = element.shadowRoot;
  if (!root || ![...root.querySelectorAll('style')].some((style) => !style.sheet)) return;
  adoptStyles(root, (element.constructor as typeof LitElement).elementStyles);
  warnOnce(
    'dystonia-widgets',
    "the page's style-src refused the prerendered widgets' styles; applied now. To style them from the " +
      'first paint, allow their hashes (styleHashes() or the embed builder).'
  );
}

// Hydration adopts the prerendered text as if the element had rendered it.
// Prerendered in another locale than the page's (the first render waits for
// the page's locale), it would stay in that locale: such an element renders
// afresh instead, keeping only the prerendered styles. So does one a server
// render of another version made (its host's data-dw-version, set by
// element.ts on the server, differs or is missing): its text and markup are
// that version's, and hydration would keep them. Markup that does not
// match the element's attributes (e.g. heading-level added to a fragment
// prerendered without it) makes hydration throw: rendered afresh, with a warning.
const {update} = proto;
proto.update = function (this: DwElement & Hydrating, changed: unknown) {
  const hydrating = awaitsHydration(this);
  if (hydrating) {
    adoptRefusedStyles(this);
    // No mark: made before marks existed, or by hand.
    const version = this.getAttribute('data-dw-version') ?? 'unknown';
    if (version !== VERSION)
      warnOnce(
        this.localName,
        `its prerendered HTML is from version ${cut(version)}, this script is ${VERSION}; ` +
          `rendered afresh. Prerender it with ${VERSION}.`
      );
    if (
      version !== VERSION ||
      this.shadowRoot?.querySelector('.base')?.getAttribute('lang') !==
        (this as unknown as {language: {lang: string}}).language.lang
    )
      discard(this);
  }
  // An <inquiry-cta>'s form is never server-rendered (its code is a lazy chunk,
  // src/elements/inquiry-cta/inquiry-cta.ts): it hydrates without it, then renders again with it.
  const host = this as unknown as {form?: unknown};
  const form = awaitsHydration(this) ? host.form : undefined;
  if (form) {
    host.form = undefined;
    void this.updateComplete.then(() => this.requestUpdate());
  }
  try {
    update.call(this, changed);
  } catch (error) {
    if (!hydrating) throw error;
    warnOnce(
      this.localName,
      `its prerendered HTML does not match its attributes (${cut(error)}); rendered afresh. ` +
        'Prerender it with the same attributes, or paste the .plain.html form.'
    );
    discard(this);
    update.call(this, changed);
  } finally {
    if (form) host.form = form;
  }
};
