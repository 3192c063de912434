import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { format, setLang, t } from '../../lib/i18n';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const placeholdersOf = (e: Entry) => [...e.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]?.toLowerCase()).sort();

describe('i18n', () => {
  it('has every key in both languages, with the same placeholders, each declared', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, z] of Object.entries(zh as Record<string, Entry>)) {
      const e = (en as Record<string, Entry>)[key] as Entry;
      expect(new Set(placeholdersOf(e)), key).toEqual(new Set(placeholdersOf(z)));
      for (const name of placeholdersOf(z)) expect(z.placeholders?.[name as string], `${key}.${name}`).toBeDefined();
      expect(key, 'message names allow only [A-Za-z0-9_@]').toMatch(/^[A-Za-z0-9_@]+$/);
    }
  });

  it('substitutes like chrome.i18n', () => {
    expect(format({ message: '$A$ of $B$ ($$1)', placeholders: { a: { content: '$1' }, b: { content: '$2' } } }, ['x', 'y'])).toBe(
      'x of y ($1)',
    );
  });

  it('uses the bundled messages of the chosen language when the browser has none', () => {
    setLang('zh');
    expect(t('checkPage')).toBe('检查此页');
    expect(t('summaryCounts', [2, 1])).toBe('2 项未公示，1 项无法确定');
    expect(t('statusUnread')).toBe('本次未能读取');
    expect(t('noRulesForType')).toContain('暂无该类公告的核查规则');
    expect(t('goneSince', ['2025/03/06 10:00', 2])).toContain('2 次访问');
    setLang('en');
    expect(t('statusUnread')).toBe('Not read this time');
    expect(t('storagePersistent')).toContain('Storage is persistent');
    expect(t('checkPage')).toBe('Check this page');
    expect(t('deadlineDays', [2, 3, 'days'])).toBe('2 days, required 3 days');
    setLang('zh');
  });
});
