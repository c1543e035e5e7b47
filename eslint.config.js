// Layers are enforced here, not promised: each runtime folder may import only what its
// runtime provides (see ../shared/STYLE.md, "Layers enforced, not promised").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'zlib',
  'worker_threads',
  'child_process',
  'url',
  'crypto',
  'stream',
  'readline',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'coverage/', 'datasets/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/matching/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'src/matching is a pure engine: no Node APIs.' },
            {
              group: ['electron', 'electron/*'],
              message: 'src/matching is a pure engine: no Electron.',
            },
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/matching is a pure engine: no React.',
            },
            {
              group: [
                '**/cli/**',
                '**/renderer/**',
                '**/electron/**',
                '**/scripts/**',
                '**/bench/**',
                '**/test/**',
              ],
              message: 'src/matching imports nothing of ours outside itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'require',
        'navigator',
        'self',
        'global',
        '__dirname',
      ],
    },
  },
  {
    files: [
      'src/cli/**/*.ts',
      'src/node/**/*.ts',
      'scripts/**/*.ts',
      'bench/**/*.ts',
      'bin/**/*.mjs',
      '*.config.{js,ts}',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The command line runs without Electron.',
            },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'The command line does not import the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeBuiltins,
              message: 'The renderer is a web app: reach the desktop through DesktopApi.',
            },
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer reaches Electron only through DesktopApi.',
            },
            {
              group: ['**/src/cli/**', '**/electron/**'],
              message: 'The renderer imports neither the CLI nor the Electron shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/src/**', '!**/renderer/src/desktopApi'],
              message: 'The shell imports only the DesktopApi contract from the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
