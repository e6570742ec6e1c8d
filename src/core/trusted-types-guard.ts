/**
 * Evaluated before Lit (each entry imports it first; ES modules evaluate in
 * import order). Lit creates the Trusted Types policy "lit-html" when it
 * loads; where the page's Content-Security-Policy refuses it, that throws
 * and none of the widgets load. The browser's own message does not say
 * which script or what to change, so we say it once, as an error. The host
 * page keeps running either way: only this module graph fails.
 */
const listener = (event: SecurityPolicyViolationEvent): void => {
  if (event.effectiveDirective !== 'trusted-types' || !event.sample.startsWith('lit-html')) return;
  litLoaded();
  if (event.disposition === 'report') return;
  // Listed already: the name was taken by another copy of Lit (or of this script).
  const listed = /(?:^|;)\s*trusted-types[^;]*\slit-html(?:\s|;|$)/.test(event.originalPolicy);
  console.error(
    '[dystonia-widgets] Trusted Types refused the policy "lit-html"; the widgets did not load. ' +
      (listed
        ? "Load this script once, or add 'allow-duplicates' to the trusted-types directive."
        : 'Add lit-html to the trusted-types directive: trusted-types lit-html.')
  );
};
// Node (a server render importing the package) has no document and no
// Trusted Types: nothing to watch there.
const watching = typeof document !== 'undefined';
if (watching) document.addEventListener('securitypolicyviolation', listener);

/** Called once Lit has loaded: nothing left to watch. */
export function litLoaded(): void {
  if (watching) document.removeEventListener('securitypolicyviolation', listener);
}
