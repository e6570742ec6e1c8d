/** `npm run analyze`: custom-elements.json from the classes' JSDoc. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
};
