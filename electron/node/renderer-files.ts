import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/**
 * Serving the built renderer (dist/renderer) to a shell: Electron's `app:` protocol and the
 * Chromium shell's routes both answer every request through `serveRendererFile`, so both send the
 * same files with the same headers. Nothing here knows about Electron.
 */

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // Served with its own type so WebAssembly.instantiateStreaming accepts it.
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  // pdf.js's character maps and standard fonts.
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that a request path names, or null when the path tries to leave `root`
 * or is not a plain file path. `/` is the entry page.
 */
export function rendererFilePath(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const relative = decoded === '/' ? 'index.html' : segments.join('/');
  const base = resolve(root);
  const full = resolve(join(base, relative));
  return full.startsWith(base + sep) ? full : null;
}

export interface RendererResponse {
  status: 200 | 403 | 404 | 405;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** Headers every renderer response carries, whatever its status. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

const textResponse = (status: RendererResponse['status'], text: string): RendererResponse => ({
  status,
  headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  body: new TextEncoder().encode(text),
});

/** Answer a GET for `urlPathname` (already known to be on the app's origin) from the renderer build in `root`. */
export async function serveRendererFile(root: string, method: string, urlPathname: string): Promise<RendererResponse> {
  if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const filePath = rendererFilePath(root, urlPathname);
  if (filePath === null) return textResponse(403, 'Forbidden');
  try {
    const body = await readFile(filePath);
    return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(filePath) }, body };
  } catch {
    return textResponse(404, 'Not found');
  }
}
