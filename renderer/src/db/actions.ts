/**
 * Every change to an engagement goes through here (figures: figure-actions.ts, review:
 * review-actions.ts). Each action is one transaction that writes the change and its sealed audit
 * event together, then the journal's copy (see commit.ts); each checks the actor's role in the
 * engagement inside that transaction.
 *
 * There is deliberately no action that updates or deletes an audit event.
 */
import type { ParsedReport } from '../../../shared/domain/report';
import { err, type Result } from '../../../shared/domain/result';
import type { Role } from '../../../shared/domain/review';
import { commit, Refusal, type ActionResult } from './commit';
import { db } from './database';
import { eventsExported, evidenceImported, reportImported, roleUntilNow } from './detail-shapes';
import { roleOf, withMember } from './membership';
import type { AuditEvent } from '../../../shared/audit/event';
import type { Engagement, Figure, ReportDocument, SettingKey } from './records';
import { documentSnapshot, openTrail, TrailWriter } from './trail-writer';
import { importRole } from '../../../shared/evidence/from-report';
import type { DocumentRole } from '../../../shared/domain/records';
import { i18next } from '../i18n/i18n';

export { setJournal, type ActionResult, type JournalSink } from './commit';
export { addFigure, correctFigure, decideFigure } from './figure-actions';
export { reviewDocument, reviewFigure } from './review-actions';

const now = () => new Date().toISOString();

/** A new engagement, its creator a member in `role` (preparer unless they chose to review). */
export function createEngagement(name: string, actor: string, role: Role = 'preparer'): Promise<ActionResult<Engagement>> {
  const trimmed = name.trim();
  if (!trimmed) return Promise.resolve(err(i18next.t('errors.engagementName')));
  return commit([db.engagements, db.events], async (written) => {
    const member = { name: actor, role };
    const engagement: Engagement = { id: crypto.randomUUID(), name: trimmed, createdAt: now(), members: [member] };
    await db.engagements.add(engagement);
    await new TrailWriter(engagement, member, written).append(engagement.createdAt, { action: 'engagement.created' }, { engagement });
    return engagement;
  });
}

/** `actor` joins the engagement in `role`, or takes it instead of the role they held. */
export function joinEngagement(engagementId: string, actor: string, role: Role): Promise<ActionResult<Engagement>> {
  return commit([db.engagements, db.events], async (written) => {
    const engagement = await db.engagements.get(engagementId);
    if (!engagement) throw new Refusal(i18next.t('errors.engagementGone'));
    const before = roleOf(engagement, actor);
    if (before === role) throw new Refusal(i18next.t('errors.alreadyRole', { role: i18next.t(`role.inline.${role}`) }));
    const member = { name: actor, role };
    const joined = withMember(engagement, member);
    await db.engagements.put(joined);
    await new TrailWriter(joined, member, written).append(
      now(),
      { action: 'engagement.member_added', detail: before ? roleUntilNow.write({ role: before }) : undefined },
      { engagement: joined },
    );
    return joined;
  });
}

export interface ImportedReport {
  document: ReportDocument;
  figures: Figure[];
}

/**
 * Store a parsed report, its original bytes and its figures. A file already in the engagement
 * (same SHA-256) is refused, and a refused or failed import leaves the engagement as it was. Of a
 * protected PDF only that it needs a password is stored, never the password. Imported as evidence
 * (and a workbook or CSV file always is), its figures stay with the document as candidates for
 * the reports' figures, and none is queued for verification.
 */
export function importReport(
  engagementId: string,
  report: ParsedReport,
  bytes: Uint8Array,
  actor: string,
  { passwordProtected = false, role: asked = 'report' }: { passwordProtected?: boolean; role?: DocumentRole } = {},
): Promise<ActionResult<ImportedReport>> {
  return commit([db.engagements, db.documents, db.originals, db.figures, db.events], async (written) => {
    const trail = await openTrail(written, engagementId, actor, 'any');
    const twin = await db.documents.where('[engagementId+sha256]').equals([engagementId, report.sha256]).first();
    if (twin) {
      throw new Refusal(
        twin.fileName === report.fileName
          ? i18next.t('errors.duplicateReport', { fileName: report.fileName })
          : i18next.t('errors.duplicateReportAs', { fileName: report.fileName, twin: twin.fileName }),
      );
    }
    const at = now();
    const { figures: extracted, ...parsed } = report;
    const role = importRole(parsed.format, asked);
    const document: ReportDocument = { ...parsed, id: crypto.randomUUID(), engagementId, importedAt: at, role };
    if (role === 'evidence') document.evidenceFigures = extracted;
    if (passwordProtected) document.passwordProtected = true;
    const figures: Figure[] = (role === 'evidence' ? [] : extracted).map((figure) => ({
      ...figure,
      id: crypto.randomUUID(),
      engagementId,
      documentId: document.id,
      origin: 'extracted',
    }));
    await db.documents.add(document);
    await db.originals.add({ documentId: document.id, bytes });
    await db.figures.bulkAdd(figures);
    const file = { file: report.fileName, format: report.format, bytes: report.byteLength, sha256: report.sha256 };
    await trail.append(
      at,
      {
        action: 'document.imported',
        documentId: document.id,
        document: documentSnapshot(document),
        detail:
          role === 'evidence'
            ? evidenceImported.write({ ...file, figures: extracted.length, cells: report.cells?.length ?? 0 })
            : reportImported.write({ ...file, figures: figures.length }),
      },
      { document, figures },
    );
    return { document, figures };
  });
}

/** Record that the trail was exported, and where to; the export itself happened on the Node side. */
export function recordExport(engagementId: string, path: string, eventCount: number, actor: string): Promise<ActionResult<AuditEvent>> {
  return commit([db.engagements, db.events], async (written) => {
    const trail = await openTrail(written, engagementId, actor, 'any');
    return trail.append(now(), { action: 'trail.exported', detail: eventsExported.write({ count: eventCount, path }) }, {});
  });
}

export function saveSetting(key: SettingKey, value: string): Promise<Result<void, string>> {
  return commit([db.settings], async () => {
    await db.settings.put({ key, value });
  });
}
