/**
 * The renderer's Content-Security-Policy, set once here and applied everywhere the renderer is
 * served: the `<meta>` tag Vite writes into index.html, Electron's app protocol and the Chromium
 * shell's responses. Nothing leaves the app's own origin; WebAssembly is allowed for pdf.js's decoders.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
