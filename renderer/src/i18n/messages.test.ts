import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngagement, joinEngagement } from '../db/actions';
import { actingMember } from '../db/membership';
import { invalidFigureValue } from '../domain/figure-value';
import { i18next } from './i18n';

// Text made outside components (database refusals, validation, store notices) reaches the auditor
// in the UI's language: the same call answers in English or in Chinese as the UI speaks.

afterEach(() => i18next.changeLanguage('en'));

describe('messages made outside components', () => {
  it('refuse an unnamed engagement in the UI’s language', async () => {
    expect(await createEngagement('  ', 'Mei Chen')).toEqual({ ok: false, error: 'Give the engagement a name.' });
    await i18next.changeLanguage('zh-CN');
    expect(await createEngagement('  ', '王芳')).toEqual({ ok: false, error: '请为审计项目命名。' });
  });

  it('name the role in the refusal in Chinese words, not the stored English id', async () => {
    const created = await createEngagement('FY2024', '王芳', 'reviewer');
    if (!created.ok) throw new Error(created.error);
    await i18next.changeLanguage('zh-CN');
    expect(await joinEngagement(created.value.id, '王芳', 'reviewer')).toEqual({ ok: false, error: '您已是本项目的复核人。' });
  });

  it('say who may do what in Chinese', async () => {
    await i18next.changeLanguage('zh-CN');
    const engagement = { members: [{ name: '王芳', role: 'reviewer' as const }] };
    const refused = actingMember(engagement, '王芳', 'preparer');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/^您是本项目的复核人/);
    const stranger = actingMember(engagement, 'Li Lei', 'preparer');
    if (!stranger.ok) expect(stranger.error).toBe('Li Lei 尚未在本项目中担任角色：请点击页头中的姓名，选择编制人或复核人。');
  });

  it('explain an invalid corrected value in Chinese', async () => {
    const value = { value: 5, valueMax: 3, unit: '%', qualifier: 'exact' as const };
    expect(invalidFigureValue(value)).toBe('The upper end of the range must be above the value.');
    await i18next.changeLanguage('zh-CN');
    expect(invalidFigureValue(value)).toBe('范围的上限必须大于数值。');
  });
});

describe('verdict and review refusals', () => {
  it('say in Chinese why a decision or a review may not be taken, from the rule’s code', async () => {
    const { decisionAllowed, reviewAllowed } = await import('../domain/refusals');
    expect(decisionAllowed('confirmed', { kind: 'confirm' })).toMatchObject({ ok: false, reason: 'A confirmed figure cannot be confirmed again.' });
    await i18next.changeLanguage('zh-CN');
    expect(decisionAllowed('confirmed', { kind: 'confirm' })).toMatchObject({ ok: false, reason: '已确认的数据不能再次确认。' });
    expect(decisionAllowed('dismissed', { kind: 'dispute', note: 'x' })).toMatchObject({ ok: false, reason: '“非数据”的数据不能提出异议。' });
    expect(decisionAllowed('open', { kind: 'dispute', note: ' ' })).toMatchObject({ ok: false, reason: '提出异议须附说明，写明问题所在。' });
    expect(reviewAllowed('confirmed', 'signed_off', { kind: 'sign_off' })).toMatchObject({ ok: false, reason: '该决定已复核通过。' });
    expect(decisionAllowed('open', { kind: 'confirm' })).toEqual({ ok: true, to: 'confirmed' });
  });
});
