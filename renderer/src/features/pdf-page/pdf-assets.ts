/**
 * pdf.js's data files (Adobe CMaps, the standard fonts, the JBIG2/JPEG 2000 decoders) served from
 * the app's own origin. pdf.js looks them up as `baseUrl + name`, which a hashed Vite build cannot
 * offer, so instead of URLs pdf.js gets factories (`useWorkerFetch: false`) that map each name to
 * the file Vite emitted for it. The globs list URLs only; a file is fetched the first time a PDF
 * needs it (a non-embedded CJK font needs a CMap; most reports, and all our fixtures, need none).
 *
 * Not covered: ICC colour management (pdf.js loads qcms only through worker fetch); colours then
 * fall back to pdf.js's built-in conversion.
 */

// `exhaustive` lets the glob look inside node_modules; `no-inline` keeps small files out of
// `data:` URLs, which the CSP's `connect-src 'self'` would refuse to fetch.
const CMAPS = byFileName(
  import.meta.glob<string>('../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
    query: '?url&no-inline',
    import: 'default',
    eager: true,
    exhaustive: true,
  }),
);
const STANDARD_FONTS = byFileName(
  import.meta.glob<string>(['../../../../node_modules/pdfjs-dist/standard_fonts/*.pfb', '../../../../node_modules/pdfjs-dist/standard_fonts/*.ttf'], {
    query: '?url&no-inline',
    import: 'default',
    eager: true,
    exhaustive: true,
  }),
);
const WASM = byFileName(
  import.meta.glob<string>('../../../../node_modules/pdfjs-dist/wasm/{jbig2,openjpeg}.wasm', {
    query: '?url&no-inline',
    import: 'default',
    eager: true,
    exhaustive: true,
  }),
);

function byFileName(urls: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(urls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
}

async function fetchBundled(files: Map<string, string>, fileName: string): Promise<Uint8Array> {
  const url = files.get(fileName);
  if (url === undefined) throw new Error(`pdf.js asked for ${fileName}, which the app does not bundle`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${fileName} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** pdf.js's `CMapReaderFactory` contract: constructed with its options, asked by CMap name. */
export class BundledCMapReaderFactory {
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    return { cMapData: await fetchBundled(CMAPS, `${name}.bcmap`), isCompressed: true };
  }
}

/** pdf.js's `StandardFontDataFactory` contract: asked by file name (`FoxitSans.pfb`). */
export class BundledStandardFontDataFactory {
  fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    return fetchBundled(STANDARD_FONTS, filename);
  }
}

/** pdf.js's `WasmFactory` contract: asked by file name (`openjpeg.wasm`). */
export class BundledWasmFactory {
  fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    return fetchBundled(WASM, filename);
  }
}
