// Layering, enforced by folder (scripts/lint/layers.js): shared/ runs anywhere; the renderer is a
// sandboxed web page; the rest of electron/, scripts/ and e2e/ is plain Node; only electron/main and
// electron/preload are Electron's. Nothing imports the renderer but the renderer.
import tseslint from 'typescript-eslint';
import tickmark from './scripts/lint/layers.js';

/** @type {import('./scripts/lint/layers.js').Options['layers']} */
const LAYERS = {
  shared: {
    folders: ['shared'],
    mayImport: [],
    nodeBuiltins: false,
    electron: false,
    runsIn: 'it runs in every layer, the renderer included',
  },
  renderer: {
    folders: ['renderer'],
    mayImport: ['shared'],
    nodeBuiltins: false,
    electron: false,
    runsIn: 'a sandboxed web page that reaches the Node side only through window.tickmark',
  },
  node: {
    folders: ['electron', 'scripts', 'e2e'],
    mayImport: ['shared'],
    nodeBuiltins: true,
    electron: false,
    runsIn: 'plain Node: tests, the CLI, workers and the Chromium shell, where there is no Electron',
  },
  'electron-main': {
    folders: ['electron/main'],
    mayImport: ['shared', 'node'],
    nodeBuiltins: true,
    electron: true,
    runsIn: "Electron's main process",
  },
  'electron-preload': {
    folders: ['electron/preload'],
    mayImport: ['shared'],
    nodeBuiltins: false,
    electron: true,
    runsIn: "a sandboxed preload, which can require nothing but 'electron'",
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { tickmark },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'tickmark/layers': ['error', { root: import.meta.dirname, layers: LAYERS }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'zustand'], message: 'shared/ is pure logic: no UI or browser storage.' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: { 'no-restricted-globals': ['error', 'process', 'Buffer', 'require'] },
  },
);
