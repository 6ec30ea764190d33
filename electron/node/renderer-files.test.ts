import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { mimeTypeFor, rendererFilePath, serveRendererFile } from './renderer-files';

const root = '/srv/renderer';

describe('rendererFilePath', () => {
  it('maps / to the entry page and other paths under the root', () => {
    expect(rendererFilePath(root, '/')).toBe('/srv/renderer/index.html');
    expect(rendererFilePath(root, '/assets/index-abc.js')).toBe('/srv/renderer/assets/index-abc.js');
    expect(rendererFilePath(root, '/assets/a%20b.woff2')).toBe('/srv/renderer/assets/a b.woff2');
  });

  it.each(['/../secret', '/assets/../../secret', '/%2e%2e/secret', '/assets/%2E%2E/%2E%2E/x', '/a%5C..%5Cb', '/a%00.js', '/./index.html', 'relative', '/%E0%A4%A'])(
    'refuses %s',
    (path) => expect(rendererFilePath(root, path)).toBeNull(),
  );
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['pdf.worker.min.mjs', 'text/javascript; charset=utf-8'],
    ['x.CSS', 'text/css; charset=utf-8'],
    ['openjpeg.wasm', 'application/wasm'],
    ['f.woff2', 'font/woff2'],
    ['UniGB-UCS2-H.bcmap', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(mimeTypeFor(file)).toBe(type));
});

describe('serveRendererFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tickmark-renderer-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html>');
    await writeFile(join(dir, 'assets', 'app.js'), 'export {}');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves files with their type and the CSP', async () => {
    const answer = await serveRendererFile(dir, 'GET', '/');
    expect(answer.status).toBe(200);
    expect(new TextDecoder().decode(answer.body)).toBe('<!doctype html>');
    expect(answer.headers).toMatchObject({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
    expect((await serveRendererFile(dir, 'GET', '/assets/app.js')).headers['Content-Type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a missing file or a directory, 403 for traversal, 405 for writes, all with the CSP', async () => {
    for (const [method, path, status] of [
      ['GET', '/missing.js', 404],
      ['GET', '/assets', 404],
      ['GET', '/../etc/passwd', 403],
      ['POST', '/index.html', 405],
    ] as const) {
      const answer = await serveRendererFile(dir, method, path);
      expect(answer.status).toBe(status);
      expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});
