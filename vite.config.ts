import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/csp';

/**
 * Writes the app's Content-Security-Policy into index.html as a <meta> tag, so the page carries it
 * however it is served. Build only: the dev server's React refresh preamble is an inline script.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'tickmark:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Electron 45's Chromium: no need to down-level anything.
    target: 'chrome130',
    // One bundle read from the local disk, never downloaded: its size costs nothing worth splitting for.
    chunkSizeWarningLimit: 1500,
  },
  server: { fs: { allow: ['..'] } },
});
