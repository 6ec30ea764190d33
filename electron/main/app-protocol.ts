import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../shared/security/app-origin';
import { serveRendererFile, SECURITY_HEADERS } from '../node/renderer-files';

/**
 * Must run before the app's `ready`: a `standard` scheme gets a real origin (and with it IndexedDB
 * and localStorage), `secure` makes it a secure context, `supportFetchAPI` lets the renderer fetch
 * its own assets (pdf.js's worker, fonts, WebAssembly). `corsEnabled` stays off, so no other
 * origin may read the app's files.
 */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serve the renderer build in `rendererDir` at `app://tickmark/…`; any other host is not found. */
export function handleAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) {
      return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS } });
    }
    const answer = await serveRendererFile(rendererDir, request.method, url.pathname);
    // readFile's buffers are backed by a plain ArrayBuffer, never a SharedArrayBuffer.
    const body = request.method === 'HEAD' ? null : (answer.body as Uint8Array<ArrayBuffer>);
    return new Response(body, { status: answer.status, headers: answer.headers });
  });
}
