import { describe, expect, it } from 'vitest';
import { catalogueFor, pickLanguage } from './ui-language';

describe('pickLanguage', () => {
  it('follows the OS locale when nothing was chosen in the app', () => {
    expect(pickLanguage(null, ['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(pickLanguage(null, ['en-US', 'zh-CN'])).toBe('en');
  });

  it('keeps the language chosen in the app over the OS locale', () => {
    expect(pickLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
  });

  it('skips languages without a catalogue and falls back to English', () => {
    expect(pickLanguage(null, ['fr-FR', 'zh-SG'])).toBe('zh-CN');
    expect(pickLanguage(null, ['de-DE', 'ja'])).toBe('en');
    expect(pickLanguage('klingon', [])).toBe('en');
  });
});

describe('catalogueFor', () => {
  it('reads any Simplified Chinese tag as zh-CN and leaves Traditional Chinese out', () => {
    expect(catalogueFor('zh')).toBe('zh-CN');
    expect(catalogueFor('zh-Hans-CN')).toBe('zh-CN');
    expect(catalogueFor('zh_CN')).toBe('zh-CN');
    expect(catalogueFor('zh-TW')).toBeNull();
    expect(catalogueFor('zh-Hant')).toBeNull();
    expect(catalogueFor('en-GB')).toBe('en');
  });
});
