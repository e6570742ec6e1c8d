// Serves the security fixtures with the strict policy ../shared/DESIGN.md promises to work under.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export function cspMiddleware(context, next) {
  if (context.path.startsWith('/test/fixtures/csp/')) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
  return next();
}
