import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDeadlines, DEADLINE_RULES } from '../../../lib/deadlines/checks';
import { allSpecs, type ItemKey, NOTICE_TYPES, type NoticeType, RULES, specFor } from '../../../lib/notice-types';
import { textDoc } from '../deadlines/text-doc';

describe('notice-type registry', () => {
  it('has one spec file per type, named after its key', () => {
    for (const spec of allSpecs()) {
      const file = resolve(__dirname, `../../../lib/notice-types/${spec.key.replace('.', '-').replace(/_/g, '-')}.ts`);
      expect(existsSync(file), `${spec.key} → ${file}`).toBe(true);
    }
  });

  it('derives the catalogue from the specs, in their order', () => {
    expect(NOTICE_TYPES.map((t) => t.key)).toEqual([...allSpecs().map((s) => s.key), 'none']);
    expect(RULES.map((r) => r.key)).toEqual(allSpecs().flatMap((s) => s.items.map((i) => i.key)));
    expect(specFor('none')).toBeUndefined();
  });

  it('lists exactly the deadline rules that lib/deadlines checks for each type', () => {
    const doc = textDoc('发布时间：2025年6月3日\n本公告正文。');
    for (const spec of allSpecs()) {
      const ran = checkDeadlines(doc, spec.key, '2025-06-03T10:00:00+08:00').deadlines.map((d) => d.key);
      expect(ran, spec.key).toEqual(spec.deadlines.map((name) => DEADLINE_RULES[name].key));
    }
  });

  it('makes a misspelt key a type error', () => {
    const type: NoticeType = 'construction.tender';
    const item: ItemKey = 'tender.funding';
    // @ts-expect-error a type key that no spec declares
    const badType: NoticeType = 'construction.tendr';
    // @ts-expect-error an item key that no spec declares
    const badItem: ItemKey = 'tender.fundng';
    expect([type, item, badType, badItem]).toHaveLength(4);
  });
});
