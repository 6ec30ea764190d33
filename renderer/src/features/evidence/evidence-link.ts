/**
 * The reference an evidence link writes into a verdict: the document and its SHA-256, the place
 * (page, or sheet and cell), the span of its text and the text itself, on one line, so that it is
 * stored with the verdict, hashed with its audit event and exported in the trail's `evidence`
 * column as it was shown, and a reader of the CSV can find the place again.
 */
import type { Candidate } from '../../../../shared/evidence/index';

export function evidenceLink(candidate: Candidate): string {
  const place =
    candidate.cell !== undefined
      ? `${candidate.sheet ? `${candidate.sheet}!` : ''}${candidate.cell}`
      : candidate.page !== undefined
        ? `p.${candidate.page}`
        : undefined;
  const quoted = candidate.text.replace(/\s+/g, ' ').trim();
  return [candidate.doc, `sha256:${candidate.docId}`, place, `chars ${candidate.start}–${candidate.end}`, `"${quoted}"`].filter(Boolean).join(' · ');
}
