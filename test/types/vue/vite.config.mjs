// Not run here (Vite is not a dependency): test/node/readme-frameworks.test.mjs
// checks that this list names every element and that, with it, Vue's
// template compiler leaves the tags to the browser.
// #region readme
import vue from '@vitejs/plugin-vue';

const widgets = [
  'dystonia-guide',
  'dystonia-types',
  'symptom-areas',
  'patient-testimonial',
  'dystonia-causes',
  'dystonia-symptoms',
  'clinic-approach',
  'inquiry-cta',
];

export default {
  plugins: [vue({template: {compilerOptions: {isCustomElement: (tag) => widgets.includes(tag)}}})],
};
// #endregion readme
