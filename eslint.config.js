// Layering, enforced: shared/ runs anywhere (no Node, no DOM, no Electron); renderer/ is a web page
// (no Node, no Electron, never the Node side's code); electron/ never reaches into the renderer.
import tseslint from 'typescript-eslint';

const NODE_MODULES = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'url', 'module'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', ...NODE_MODULES], message: 'shared/ runs in every layer: no Node or Electron APIs.' },
            { group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'zustand'], message: 'shared/ is pure logic: no UI or browser storage.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only shared/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', ...NODE_MODULES], message: 'The renderer is a sandboxed web page: no Node or Electron.' },
            { group: ['**/electron/**'], message: 'The renderer reaches the Node side only through window.tickmark (shared/ipc).' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'The Node side never imports the renderer.' }] },
      ],
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The backend runs in plain Node (tests, CLI): Electron only in electron/main.' },
            { group: ['**/renderer/**'], message: 'The Node side never imports the renderer.' },
          ],
        },
      ],
    },
  },
);
