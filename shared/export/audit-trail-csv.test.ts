import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sealEvent, verifyChain, type AuditEvent } from '../audit/event';
import { AUDIT_TRAIL_COLUMNS, auditTrailCsv, parseAuditTrailCsv, type AuditTrailRow } from './audit-trail-csv';

function row(note: string | undefined, overrides: Partial<AuditTrailRow> = {}): AuditTrailRow {
  return {
    event: sealEvent(
      {
        engagementId: 'e1',
        at: '2026-11-23T10:00:00.000Z',
        actor: '王审计',
        action: 'figure.disputed',
        figureId: 'f1',
        fromStatus: 'open',
        toStatus: 'disputed',
        note,
      },
      undefined,
    ),
    engagementName: '阿里巴巴 ESG 2022',
    documentName: 'alibaba-esg-2022.txt',
    figure: { text: '188亿元', value: 18_800_000_000, unit: 'CNY', qualifier: 'over', line: 12 },
    ...overrides,
  };
}

const parse = (csv: string) => Papa.parse<Record<string, unknown>>(csv.replace(/^\uFEFF/, ''), { header: true, dynamicTyping: true });

describe('audit trail CSV', () => {
  it('starts with a UTF-8 byte-order mark so Excel shows Chinese', () => {
    expect(auditTrailCsv([row('ok')]).charCodeAt(0)).toBe(0xfeff);
  });

  it('round-trips through papaparse with one row per event, Chinese intact and numbers as numbers', () => {
    const csv = auditTrailCsv([row('与附注7不符'), row(undefined, { figure: { text: '-3.5%', value: -3.5, unit: '%', qualifier: 'exact', page: 4 } })]);
    const { data, meta, errors } = parse(csv);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual(AUDIT_TRAIL_COLUMNS);
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({ seq: 1, actor: '王审计', note: '与附注7不符', figure_text: '188亿元', value: 18800000000, line: 12 });
    expect(data[1]).toMatchObject({ value: -3.5, page: 4 });
    expect(csv).toContain(',-3.5,');
  });

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '\ncmd'])(
    'neutralises a text cell starting with a formula character: %j',
    (note) => {
      const { data } = parse(auditTrailCsv([row(note)]));
      expect(data[0]!.note).toBe(`'${note}`);
    },
  );

  it('leaves ordinary text alone', () => {
    const { data } = parse(auditTrailCsv([row('Matches the invoice, see evidence E-12.')]));
    expect(data[0]!.note).toBe('Matches the invoice, see evidence E-12.');
  });
});

describe('reading an exported audit trail back', () => {
  const notes = ['Checked against invoice 7', '=SUM(A1)', "'quoted", '\nstarts with a line feed', '与附注7不符, "引号"', ''];
  const trail: AuditEvent[] = [];
  for (const note of notes) {
    trail.push(
      sealEvent(
        { engagementId: 'e1', at: '2026-11-23T10:00:00.000Z', actor: '王审计', action: 'figure.disputed', figureId: `f${trail.length}`, documentId: 'd1', note, evidence: 'WP B-12' },
        trail.at(-1),
      ),
    );
  }
  const csv = auditTrailCsv(trail.map((event) => ({ event, engagementName: 'ESG 2022' })));

  it('recovers every hashed field, so the chain verifies from the CSV alone', () => {
    const parsed = parseAuditTrailCsv(csv);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.events.map((event) => event.note ?? '')).toEqual(notes);
    expect(verifyChain(parsed.events)).toEqual({ ok: true, length: notes.length });
  });

  it('detects a cell edited in the CSV', () => {
    const edited = csv.replace('Checked against invoice 7', 'Checked against invoice 8');
    const parsed = parseAuditTrailCsv(edited);
    expect(parsed.ok && verifyChain(parsed.events)).toMatchObject({ ok: false, seq: 1 });
  });

  it('detects a deleted row', () => {
    const lines = csv.split('\r\n');
    const parsed = parseAuditTrailCsv([...lines.slice(0, 2), ...lines.slice(3)].join('\r\n'));
    expect(parsed.ok && verifyChain(parsed.events)).toMatchObject({ ok: false, seq: 3 });
  });

  it('says so when the file is not an audit trail', () => {
    expect(parseAuditTrailCsv('name,value\r\nx,1\r\n')).toMatchObject({ ok: false, error: expect.stringContaining('not a Tickmark audit trail') });
  });
});
