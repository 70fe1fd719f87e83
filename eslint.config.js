// Lint enforces the layer edges of ARCHITECTURE.md: only main/ imports electron; the core (src/) never
// does; the renderer reaches the core only through src/api.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const strictRules = {
  '@typescript-eslint/no-explicit-any': 'error',
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
  '@typescript-eslint/no-confusing-void-expression': 'off',
  '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
  '@typescript-eslint/no-unnecessary-condition': 'off',
  'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bin/**', 'scripts/**', 'resources/**', 'contracts/build/**', '**/*.gen.ts', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: strictRules,
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The core never imports electron (ARCHITECTURE.md).' }] }],
    },
  },
  {
    files: ['src/api/**/*.ts'],
    ignores: ['src/api/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'electron'], message: 'src/api is shared with the renderer: zod and types only.' },
          { regex: '^\\.\\./(?!\\w+/[\\w-]+-schema\\.js$)', message: 'src/api imports only zod-only *-schema.js files of other capabilities.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer has no electron access; use window.silkworm.' }],
        patterns: [
          { group: ['node:*'], message: 'The renderer has browser globals only.' },
          { regex: '^(\\.\\./)+src/(?!api/|\\w+/[\\w-]+-schema\\.js$)', message: 'The renderer imports only src/api and zod-only *-schema.js files.' },
          { regex: '^(\\.\\./)+main/', message: 'The renderer imports only src/api.' },
        ],
      }],
    },
  },
  {
    // Sandboxed preloads are CommonJS and may only require electron.
    files: ['main/preload.cts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'max-lines': 'off' },
  },
);
