import { describe, expect, it } from 'vitest';
import * as shapes from './detail-shapes';
import type { DetailShape } from './detail-shapes';

// Each detail the app records, written from its values and read back to them; the words are those
// sealed in trails recorded before the shapes were one module, so old trails are still read.

const SHA = 'a'.repeat(64);

type Recorded = [name: string, shape: DetailShape<object>, values: object, words: string];
/** A shape's values, checked against its type, and the words today's trails hold for them. */
const recorded = <V extends object>(name: string, shape: DetailShape<V>, values: V, words: string): Recorded => [name, shape as unknown as DetailShape<object>, values, words];

/** Each shape: values, and the words today's trails hold for them, character for character. */
const RECORDED: Recorded[] = [
  recorded('reportImported', shapes.reportImported, { file: 'ESG (final).pdf', format: 'pdf', bytes: 1234, sha256: SHA, figures: 12 }, `ESG (final).pdf (pdf, 1234 bytes, sha256 ${SHA}): 12 figures`),
  recorded(
    'evidenceImported',
    shapes.evidenceImported,
    { file: 'meter.xlsx', format: 'xlsx', bytes: 99, sha256: SHA, figures: 3, cells: 40 },
    `meter.xlsx (xlsx, 99 bytes, sha256 ${SHA}): evidence, 3 figures and 40 cells indexed`,
  ),
  recorded('eventsExported', shapes.eventsExported, { count: 4, path: '/home/mei/trail 2026.csv' }, '4 events to /home/mei/trail 2026.csv'),
  recorded('archiveImported', shapes.archiveImported, { count: 1, file: 'a.tickmark', signer: 'Li, Wei', fingerprint: 'ab12-cd34' }, '1 event from a.tickmark, sealed by Li, Wei with key ab12-cd34'),
  recorded('archiveImported', shapes.archiveImported, { count: 1200, file: 'b.tickmark', signer: 'Li Wei', fingerprint: 'ab12' }, '1,200 events from b.tickmark, sealed by Li Wei with key ab12'),
  recorded('keyTrusted', shapes.keyTrusted, { fingerprint: 'ab12-cd34', owner: 'Li Wei', publicKey: 'f'.repeat(64) }, `Ed25519 key ab12-cd34 of Li Wei, public key ${'f'.repeat(64)}`),
  recorded('roleUntilNow', shapes.roleUntilNow, { role: 'reviewer' }, 'Reviewer until now'),
  recorded('decisionUndone', shapes.decisionUndone, { status: 'confirmed', actor: 'Mei Chen', at: '2026-11-30T03:00:00.000Z' }, 'Undoes the decision (confirmed) by Mei Chen at 2026-11-30T03:00:00.000Z.'),
  recorded('reviewUndoneBy', shapes.reviewUndoneBy, { review: 'signed_off', reviewer: 'Li Wei', at: '2026-11-30T03:00:00.000Z' }, 'Undoes the review (signed_off) by Li Wei at 2026-11-30T03:00:00.000Z.'),
  recorded('reviewUndoneBy', shapes.reviewUndoneBy, { review: 'sent_back', at: '2026-11-30T03:00:00.000Z' }, 'Undoes the review (sent_back) by the reviewer at 2026-11-30T03:00:00.000Z.'),
  recorded('reviewUndone', shapes.reviewUndone, { was: 'sent_back' }, 'Review back to unreviewed (it was sent back).'),
  recorded('reviewUndone', shapes.reviewUndone, { before: 'value 188 → 18,800', was: 'signed_off' }, 'value 188 → 18,800. Review back to unreviewed (it was signed off).'),
  recorded(
    'corrected',
    shapes.corrected,
    {
      parts: [
        { part: 'value', from: '188', to: '30,000–40,000' },
        { part: 'unit', from: '', to: 'CNY' },
        { part: 'qualifier', from: 'exact', to: 'up_to' },
      ],
    },
    'value 188 → 30,000–40,000; unit "" → "CNY"; qualifier exact → up_to',
  ),
  recorded('describedValue', shapes.describedValue, { qualifier: 'up_to', amount: '5 %' }, 'up to 5 %'),
  recorded('describedValue', shapes.describedValue, { qualifier: 'exact', amount: '1,200 m³' }, '1,200 m³'),
  recorded('figureAdded', shapes.figureAdded, { text: '近30万', start: 12, end: 16, value: 'nearly 300,000' }, '"近30万" at 12–16: nearly 300,000'),
];

describe('the details the app records', () => {
  it.each(RECORDED)('%s writes the words trails already hold', (_, shape, values, words) => {
    expect(shape.write(values)).toBe(words);
  });

  it.each(RECORDED)('%s reads its words back to the values it wrote', (_, shape, values, words) => {
    expect(shape.read(words)).toEqual(values);
  });

  it('reads no other shape’s words: an action’s detail is said by the shape that wrote it', () => {
    const whole = RECORDED.filter(([name]) => name !== 'describedValue' && name !== 'reviewUndone');
    for (const [name, shape] of whole) {
      for (const [other, , , words] of whole) if (other !== name) expect(shape.read(words), `${name} read ${other}'s words`).toBeNull();
    }
  });

  it('reads nothing it would not write the same way: a count with a leading zero, an unknown status, a qualifier of no kind', () => {
    expect(shapes.eventsExported.read('04 events to /x')).toBeNull();
    expect(shapes.decisionUndone.read('Undoes the decision (approved) by Mei at 2026.')).toBeNull();
    expect(shapes.corrected.read('qualifier exact → roughly')).toBeNull();
    expect(shapes.corrected.read('value 1 → 2; colour red → blue')).toBeNull();
  });
});
