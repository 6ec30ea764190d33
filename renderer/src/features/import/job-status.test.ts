import { describe, expect, it } from 'vitest';
import { i18next } from '../../i18n/i18n';
import { jobStatus } from './job-status';

const job = { fileName: 'report.pdf', done: 0, total: 0 };

describe('jobStatus', () => {
  it('counts pages while a PDF is parsed', () => {
    expect(jobStatus({ ...job, phase: 'parsing', done: 37, total: 120 })).toBe('Parsing page 37 of 120');
  });

  it('says only "Parsing" before the first page and for formats not counted in pages', () => {
    expect(jobStatus({ ...job, phase: 'parsing', done: 0, total: 120 })).toBe('Parsing');
    expect(jobStatus({ ...job, fileName: 'notes.txt', phase: 'parsing', done: 500, total: 9000 })).toBe('Parsing');
  });

  it('says when a password is needed, and when the last one was wrong', () => {
    expect(jobStatus({ ...job, phase: 'password' })).toBe('Needs a password');
    expect(jobStatus({ ...job, phase: 'password', passwordWrong: true })).toBe('Wrong password');
  });

  it('gives the figure count once imported', () => {
    expect(jobStatus({ ...job, phase: 'imported', figureCount: 52 })).toBe('Imported · 52 figures');
  });

  it('says evidence was indexed, not queued, once imported as evidence', () => {
    expect(jobStatus({ ...job, phase: 'imported', role: 'evidence', figureCount: 40 })).toBe('Imported as evidence · 40 values indexed');
  });

  it('speaks Chinese when the UI does', async () => {
    await i18next.changeLanguage('zh-CN');
    try {
      expect(jobStatus({ ...job, phase: 'parsing', done: 37, total: 1200 })).toBe('正在解析第 37 页，共 1,200 页');
      expect(jobStatus({ ...job, phase: 'imported', figureCount: 52 })).toBe('已导入 · 52 项数据');
      expect(jobStatus({ ...job, phase: 'imported', role: 'evidence', figureCount: 40 })).toBe('已作为证据导入 · 已索引 40 个数值');
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
