// The app's own directory is its root (the repository above has a lockfile of
// its own). NEXT_DIST_DIR lets check.mjs keep the webpack build next to the
// Turbopack one (.next/webpack, inside the git-ignored .next).
/** @type {import('next').NextConfig} */
const config = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  turbopack: {root: import.meta.dirname},
  outputFileTracingRoot: import.meta.dirname,
};

export default config;
