/**
 * The link from a verdict to its evidence, as fields (document, SHA-256, page or sheet and cell,
 * span, text) and as the one line stored in the verdict's `evidence` and sealed in its audit
 * event. The trail's hashed form (form 2) has one `evidence` field, so the fields travel inside it
 * in this documented form, which round-trips:
 *
 *     NAME · sha256:HEX · PLACE · chars START–END · "TEXT"
 *
 * PLACE is `p.N` (a page), `SHEET!CELL` or `CELL` (a workbook's or CSV file's cell; `B8/B5` for a
 * share of two cells), or left out with its separator (a flowing text). TEXT is on one line, its
 * runs of white space as single spaces; it may hold quotes, as it runs to the last one. An evidence
 * written by hand ("WP A-1") is not a link and parses as none.
 */

export interface EvidenceLink {
  /** The evidence document's file name. */
  document: string;
  /** SHA-256 of its bytes, hex: the same file wherever it is. */
  sha256: string;
  page?: number;
  /** The cell's sheet; absent for a CSV file's cell. */
  sheet?: string;
  cell?: string;
  /** The linked range of the document's text. */
  start: number;
  end: number;
  text: string;
}

const CELL = /^(?:(.*)!)?([A-Z]{1,3}\d+(?:\/[A-Z]{1,3}\d+)?)$/;
const LINK = /^(.+?) · sha256:([0-9a-f]{64})(?: · (.+?))? · chars (\d+)–(\d+) · "(.*)"$/s;

/** One line of text, as a link quotes it. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function formatEvidenceLink(link: EvidenceLink): string {
  const place =
    link.cell !== undefined ? `${link.sheet ? `${link.sheet}!` : ''}${link.cell}` : link.page !== undefined ? `p.${link.page}` : undefined;
  return [link.document, `sha256:${link.sha256}`, place, `chars ${link.start}–${link.end}`, `"${oneLine(link.text)}"`]
    .filter((part) => part !== undefined)
    .join(' · ');
}

/** The link an evidence line holds, or undefined for one written by hand. */
export function parseEvidenceLink(evidence: string): EvidenceLink | undefined {
  const match = LINK.exec(evidence);
  if (!match) return undefined;
  const [, document, sha256, place, start, end, text] = match as unknown as [string, string, string, string | undefined, string, string, string];
  const link: EvidenceLink = { document, sha256, start: Number(start), end: Number(end), text };
  if (place === undefined) return link;
  const page = /^p\.(\d+)$/.exec(place);
  if (page) return { ...link, page: Number(page[1]) };
  const cell = CELL.exec(place);
  if (!cell) return undefined;
  return { ...link, ...(cell[1] ? { sheet: cell[1] } : {}), cell: cell[2]! };
}
