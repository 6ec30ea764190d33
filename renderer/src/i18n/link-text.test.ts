import { afterEach, describe, expect, it } from 'vitest';
import { eventInput } from '../../../shared/audit/__fixtures__/event-input';
import { LINK_BREAKS, linkBreakText, sealEvent, verifyChain, type LinkBreak } from '../../../shared/audit/event';
import type { Reason } from '../../../shared/ipc/reasons';
import { i18next } from './i18n';
import { linkText } from './link-text';
import { reasonText } from './reason-text';

afterEach(() => i18next.changeLanguage('en'));

const breaks: LinkBreak[] = [{ code: 'outOfOrder', expected: 3, found: 5 }, { code: 'notFollowing' }, { code: 'contentChanged' }];

describe('why an audit trail does not verify, in the UI language', () => {
  it('covers every code the verifier gives', () => {
    expect(breaks.map((why) => why.code).sort()).toEqual([...LINK_BREAKS].sort());
  });

  it('says in English exactly what the verifier and the CLI say', async () => {
    await i18next.changeLanguage('en');
    for (const why of breaks) expect(linkText(why)).toBe(linkBreakText(why));
  });

  it('says each code in Chinese, with the event numbers, and no English left', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(breaks.map(linkText)).toEqual(['此处应为第 3 项事件，实际为第 5 项', '该事件与前一项事件衔接不上', '该事件在记录后内容被改动过']);
  });

  it('says a changed event found by verifyChain in Chinese', async () => {
    const first = sealEvent(eventInput(), undefined);
    const check = verifyChain([{ ...first, actor: 'Wang' }]);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    await i18next.changeLanguage('zh-CN');
    expect(i18next.t('trail.broken', { seq: check.seq, reason: linkText(check.why) })).toBe('审计轨迹在第 1 项事件处断裂：该事件在记录后内容被改动过。自该处起的事件不可信。');
  });

  it("says a journal's broken chain from its code, and an old reason without one from its English detail", async () => {
    const coded: Reason = { code: 'journal.chainBreaks', params: { seq: 4 }, detail: 'it does not follow the event before it', link: { code: 'notFollowing' } };
    const old: Reason = { code: 'journal.chainBreaks', params: { seq: 4 }, detail: 'it does not follow the event before it' };
    await i18next.changeLanguage('en');
    expect(reasonText(coded, '')).toBe('its chain breaks at event 4: it does not follow the event before it');
    expect(reasonText(old, '')).toBe(reasonText(coded, ''));
    await i18next.changeLanguage('zh-CN');
    expect(reasonText(coded, '')).toBe('其哈希链在第 4 项事件处断裂：该事件与前一项事件衔接不上');
    expect(reasonText(old, '')).toBe('其哈希链在第 4 项事件处断裂：it does not follow the event before it');
  });
});

describe("why an archive's journal does not verify, in the UI language", () => {
  const broken: Reason = { code: 'archive.journalBreaks', params: { seq: 3 }, detail: 'its content was changed after it was recorded', link: { code: 'contentChanged' } };

  it('says in English what it said before the break had a code', async () => {
    await i18next.changeLanguage('en');
    expect(reasonText(broken, '')).toBe('it does not verify: event 3 of its journal does not verify: its content was changed after it was recorded');
  });

  it('says it in Chinese', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(reasonText(broken, '')).toBe('归档未通过校验：其日志的第 3 项事件校验失败（该事件在记录后内容被改动过）');
  });
});
