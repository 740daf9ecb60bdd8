// ESLint (`npm run lint`): rules that catch real defects, not style (Prettier owns formatting).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'bench/tmp/', '.tmp/', 'screenshots/', 'test-results/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always'],
      // Chinese text uses the ideographic space (U+3000) on purpose, e.g. between worksheet blanks.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true, skipComments: true }],
      // The data checks look for control characters in cells on purpose.
      'no-control-regex': 'off',
      // Walking up a parent chain from `this` is not the old `var self = this` closure problem.
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    // Type-aware rules for the TypeScript sources: a promise nobody awaits hides its error.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    // A missing value throws where it is missing and says what it was (src/lib/checked.ts: at,
    // lookup, defined), instead of travelling on as undefined behind a `!`.
    files: ['src/lib/**/*.{ts,astro}', 'src/components/**/*.{ts,astro}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
);
