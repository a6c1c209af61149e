// ESLint (flat config): typescript-eslint's type-checked rules on every TypeScript file, and the
// folder dependency rule of docs/architecture.md enforced by eslint-plugin-boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { boundariesConfig } from './eslint.boundaries.js';

export default tseslint.config(
  { ignores: ['dist/', 'dist-cli/', 'coverage/', 'node_modules/', 'test-results/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // Plain Node scripts outside the TypeScript project (the CLI bundler, a benchmark's worker): no type information.
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { projectService: false }, globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    rules: {
      // `_`-prefixed names and rest siblings are the idiom for "drop these keys" and unused parameters.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // A `let` that a closure reads before its one assignment (app-store's undo history) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Tests await act(async …) by React's convention and cast DOM queries to the element they expect.
    // Every other rule stays on, the no-unsafe-* ones too: JSON and vitest's matchers are read through
    // declared types (test/io/helpers.ts EditableFile, test/matchers.ts, test/cli/run-cli.ts jsonOf).
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  ...boundariesConfig,
);
