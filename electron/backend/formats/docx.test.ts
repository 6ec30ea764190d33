import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocx } from './docx';
import { ReportReadError } from './types';

const fixture = fileURLToPath(new URL('../../../../shared/fixtures/docx/alipay-2019-2020-excerpt.docx', import.meta.url));

describe('readDocx', () => {
  it('reads paragraphs on their own lines and table rows with tab-separated cells', async () => {
    const read = await readDocx(new Uint8Array(readFileSync(fixture)), {});
    expect(read.text.startsWith('Alipay 2019/2020 Sustainability Report (excerpt)\n\namong whom 897 million')).toBe(true);
    expect(read.text).toContain('398 million Internet users ordered takeout online, accounting for 44.0%');
    expect(read.text).toContain('worth over RMB4 billion');
    expect(read.text).toContain('\nIndicator\tValue\tUnit\n');
    expect(read.text).toContain('\nUsers who ordered takeout online\t389\tmillion');
    expect(read.text).toContain('\nConsumer vouchers distributed\t4.0\tRMB billion\n');
    expect(read.pages).toEqual([{ start: 0, end: read.text.length, number: 1, hasText: true }]);
    expect(read.warnings).toEqual([]);
  });

  it('calls bytes that are not a Word document corrupt', async () => {
    for (const bytes of [new TextEncoder().encode('just some text'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]) {
      const error = await readDocx(bytes, {}).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(ReportReadError);
      expect((error as ReportReadError).code).toBe('corrupt');
    }
  });

  it('does not start when the signal is already aborted', async () => {
    const error = await readDocx(new Uint8Array(readFileSync(fixture)), { signal: AbortSignal.abort() }).catch(
      (thrown: unknown) => thrown,
    );
    expect((error as ReportReadError).code).toBe('cancelled');
  });
});
