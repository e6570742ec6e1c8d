import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'src/generated/',
      'node_modules/',
      'test-results/',
      'custom-elements.json',
      'test/apps/*/',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/binding-positions': 'error',
      'lit/no-duplicate-template-bindings': 'error',
      'lit/no-property-change-update': 'error',
      'lit/no-legacy-template-syntax': 'error',
      'lit/no-template-bind': 'error',
    },
  },
  {
    // The security rules of ../shared/DESIGN.md, enforced rather than hoped for.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {name: 'lit/directives/unsafe-html.js', message: 'Render text, never HTML strings.'},
            {name: 'lit/directives/unsafe-svg.js', message: 'Write SVG as a template.'},
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {property: 'innerHTML', message: 'Render text through Lit templates.'},
        {property: 'outerHTML', message: 'Render text through Lit templates.'},
        {property: 'insertAdjacentHTML', message: 'Render text through Lit templates.'},
        {object: 'localStorage', message: 'No storage: the widgets keep nothing.'},
        {object: 'sessionStorage', message: 'No storage: the widgets keep nothing.'},
        {object: 'document', property: 'cookie', message: 'No cookies.'},
        {object: 'document', property: 'write', message: 'Render through Lit templates.'},
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\bstyle=/]',
          message: 'No style="…" in templates (CSP style-src): use classes or styleMap.',
        },
        {selector: "Identifier[name='indexedDB']", message: 'No storage: the widgets keep nothing.'},
      ],
    },
  }
);
