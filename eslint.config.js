// Flat config. Besides the usual rules it enforces the process boundaries of DESIGN.md:
// only electron/app/ imports Electron, renderer/ never reaches Node or the main process,
// and shared/ stays pure so both sides can use it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Bare names are anchored ('/events'): unanchored, a gitignore-style pattern also matches a folder
// of ours with that name, such as shared/events.
const nodeBuiltins = [
  'node:*',
  '/fs',
  '/path',
  '/os',
  '/child_process',
  '/net',
  '/http',
  '/https',
  '/url',
  '/crypto',
  '/events',
  '/stream',
];
const electronImport = { name: 'electron', message: 'Only electron/app/ may import Electron.' };

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      '.tsbuild/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/app/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronImport], patterns: ['**/renderer/**'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, { name: 'react', message: 'shared/ is pure: no React.' }],
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is pure: no Node APIs.' },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ imports nothing from electron/ or renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            {
              group: nodeBuiltins,
              message: 'renderer/ has no Node APIs; go through shared/ipc.ts.',
            },
            {
              group: ['**/electron/**'],
              message: 'renderer/ reaches the backend only through shared/ipc.ts.',
            },
          ],
        },
      ],
    },
  },
);
