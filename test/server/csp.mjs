// Serves the security fixtures with the strict policy ../shared/DESIGN.md promises to work under.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

// The same, with a trusted-types directive that does not list lit-html.
export const REFUSING_CSP = STRICT_CSP.replace('trusted-types lit-html', 'trusted-types host-policy');

export function cspMiddleware(context, next) {
  if (context.path.startsWith('/test/fixtures/csp/refused/')) {
    context.set('Content-Security-Policy', REFUSING_CSP);
  } else if (context.path.startsWith('/test/fixtures/csp/')) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
  return next();
}
