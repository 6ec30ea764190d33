import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../../shared/domain/report';
import { extractFigures } from '../../../shared/extraction/index';
import type { AuditAction } from '../../../shared/audit/event';
import { createEngagement, importReport, recordExport, type ActionResult } from '../db/actions';
import { db } from '../db/database';
import {
  archiveImported,
  corrected,
  decisionUndone,
  describedValue,
  eventsExported,
  evidenceImported,
  figureAdded,
  keyTrusted,
  reportImported,
  reviewUndone,
  reviewUndoneBy,
  roleUntilNow,
} from '../db/detail-shapes';
import { trustKey } from '../db/key-actions';
import { loadTrail } from '../db/queries';
import { describeCorrection, describeFigureValue } from '../domain/figure-value';
import { detailText } from './detail-text';
import { i18next } from './i18n';

// The details the app records, made by the real actions (an import, an export, a trusted key), then
// said in the trail view's language; the record itself stays as it was sealed.

const MEI = 'Mei Chen';
const TEXT = 'Mobile payment users reached 765 million and 1,200 m³ of water.\n';

/** A parsed text report as the import worker hands it over; its name gives it a SHA-256 of its own. */
const parsed = (fileName: string): ParsedReport => ({
  ...{ fileName, format: 'txt', byteLength: 1234, text: TEXT, warnings: [] },
  sha256: [...fileName].map((c) => c.charCodeAt(0).toString(16)).join('').padEnd(64, '0').slice(0, 64),
  pages: [{ number: 1, start: 0, end: TEXT.length, hasText: true }],
  figures: extractFigures(TEXT).map((figure) => ({ ...figure, page: 1 })),
});

function value<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(() => i18next.changeLanguage('en'));

describe('a recorded detail in the UI’s language', () => {
  it('says the details the app records in Chinese, and the record keeps its English', async () => {
    const engagement = value(await createEngagement('Alipay FY2020', MEI));
    value(await importReport(engagement.id, parsed('report.txt'), new Uint8Array([1]), MEI));
    value(await importReport(engagement.id, parsed('meter.txt'), new Uint8Array([2]), MEI, { role: 'evidence' }));
    value(await recordExport(engagement.id, '/home/mei/trail.csv', 4, MEI));
    value(await trustKey(engagement.id, { fingerprint: 'ab12-cd34', publicKey: 'f'.repeat(64), owner: 'Li Wei' }, MEI));
    const events = (await loadTrail(engagement.id)).filter((event) => event.detail && event.action !== 'engagement.created');
    expect(events.map((event) => event.action)).toEqual(['document.imported', 'document.imported', 'trail.exported', 'engagement.key_trusted']);
    expect(events[0]!.detail).toMatch(/^report\.txt \(txt, 1234 bytes, sha256 [0-9a-f]{64}\): 2 figures$/);

    await i18next.changeLanguage('zh-CN');
    expect(events.map((event) => detailText(event.action, event.detail!))).toEqual([
      'report.txt（纯文本，1,234 字节）：2 项数据',
      'meter.txt（纯文本，1,234 字节）作为证据：已索引 2 项数据和 0 个单元格',
      '4 项事件，导出至 /home/mei/trail.csv',
      'Li Wei 的 Ed25519 密钥 ab12-cd34',
    ]);
    await i18next.changeLanguage('en');
    expect(detailText(events[2]!.action, events[2]!.detail!)).toBe('4 events to /home/mei/trail.csv');
  });

  it('says an archive import, and shows a detail of no known shape as recorded', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(detailText('archive.imported', '1 event from a.tickmark, sealed by Li Wei with key ab12-cd34')).toBe('来自 a.tickmark 的 1 项事件，由 Li Wei 以密钥 ab12-cd34 封签');
    expect(detailText('trail.exported', 'exported by hand')).toBe('exported by hand');
    expect(detailText('document.imported', '4 events to /x')).toBe('4 events to /x');
  });

  it('says a correction, an added figure, an undo and a role taken over in Chinese', async () => {
    const before = { value: 188, unit: '', qualifier: 'exact' as const };
    const after = { value: 18_800_000_000, unit: 'CNY', qualifier: 'over' as const };
    const corrected = `${describeCorrection(before, after)}. Review back to unreviewed (it was signed off).`;
    const added = `"近30万" at 12–16: ${describeFigureValue({ value: 300_000, unit: '', qualifier: 'nearly' })}`;
    await i18next.changeLanguage('zh-CN');
    expect(detailText('figure.corrected', corrected)).toBe('数值 188 → 18,800,000,000；单位“” → “CNY”；限定词 精确 → 超过；复核恢复为未复核（原为复核通过）');
    expect(detailText('figure.added', added)).toBe('“近30万”，位于 12–16：近 300,000');
    expect(detailText('figure.confirmed', 'Review back to unreviewed (it was sent back).')).toBe('复核恢复为未复核（原为已退回）');
    expect(detailText('figure.undone', 'Undoes the decision (confirmed) by Mei Chen at 2026-11-30T03:00:00.000Z.')).toBe(
      '撤销 Mei Chen 于 2026-11-30T03:00:00.000Z 作出的决定（已确认）',
    );
    expect(detailText('figure.undone', 'Undoes the review (signed_off) by Li Wei at 2026-11-30T03:00:00.000Z.')).toBe(
      '撤销 Li Wei 于 2026-11-30T03:00:00.000Z 作出的复核（复核通过）',
    );
    expect(detailText('engagement.member_added', 'Preparer until now')).toBe('此前为编制人');
  });
});

describe('every recorded shape in Chinese', () => {
  const SHA = 'a'.repeat(64);
  /** A detail of each shape, by the action that records it, with the names and values it holds (a format's name stays as it is). */
  const DETAILS: Array<[AuditAction, string, string[]]> = [
    ['document.imported', reportImported.write({ file: 'ESG (final).pdf', format: 'pdf', bytes: 1234, sha256: SHA, figures: 12 }), ['ESG (final).pdf', 'PDF']],
    ['document.imported', evidenceImported.write({ file: 'meter.xlsx', format: 'xlsx', bytes: 9, sha256: SHA, figures: 3, cells: 40 }), ['meter.xlsx', 'Excel', '.xlsx']],
    ['archive.exported', eventsExported.write({ count: 4, path: '/home/mei/trail.tickmark' }), ['/home/mei/trail.tickmark']],
    ['archive.imported', archiveImported.write({ count: 1200, file: 'b.tickmark', signer: 'Li Wei', fingerprint: 'ab12-cd34' }), ['b.tickmark', 'Li Wei', 'ab12-cd34']],
    ['engagement.key_trusted', keyTrusted.write({ fingerprint: 'ab12-cd34', owner: 'Li Wei', publicKey: 'f'.repeat(64) }), ['ab12-cd34', 'Li Wei']],
    ['engagement.member_added', roleUntilNow.write({ role: 'reviewer' }), []],
    ['figure.undone', decisionUndone.write({ status: 'dismissed', actor: 'Mei Chen', at: '2026-11-30T03:00:00.000Z' }), ['Mei Chen', '2026-11-30T03:00:00.000Z']],
    ['figure.undone', reviewUndoneBy.write({ review: 'sent_back', at: '2026-11-30T03:00:00.000Z' }), ['2026-11-30T03:00:00.000Z']],
    ['figure.disputed', reviewUndone.write({ was: 'signed_off' }), []],
    [
      'figure.corrected',
      reviewUndone.write({
        before: corrected.write({ parts: [{ part: 'unit', from: 'kWh', to: 'MWh' }, { part: 'qualifier', from: 'about', to: 'up_to' }] }),
        was: 'sent_back',
      }),
      ['kWh', 'MWh'],
    ],
    ['figure.added', figureAdded.write({ text: 'over 5 kWh', start: 3, end: 13, value: describedValue.write({ qualifier: 'up_to', amount: '5 kWh' }) }), ['over 5 kWh', '5 kWh']],
  ];

  it.each(DETAILS)('says %s (%s) with no English word but its names and values', async (action, detail, names) => {
    await i18next.changeLanguage('zh-CN');
    const said = detailText(action, detail);
    expect(said).not.toBe(detail);
    const rest = [...names].sort((a, b) => b.length - a.length).reduce((text, name) => text.split(name).join(' '), said);
    expect(rest.replace(/Ed25519/g, ' ')).not.toMatch(/[A-Za-z]{2,}/);
  });
});
