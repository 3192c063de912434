import { describe, expect, it } from 'vitest';
import { textDiff } from '../../../lib/evidence/diff';

const lines = (n: number, tag = '第') => Array.from({ length: n }, (_, i) => `${tag}${i + 1}行内容`);

describe('textDiff', () => {
  it('reports no change for layout-only differences', () => {
    const d = textDiff('投标报价：5000000元\n\n公示期三日', '投 标 报 价：５０００００0元\r\n公示期三日  ');
    expect(d).toEqual({ changed: false, added: 0, removed: 0, hunks: [] });
  });

  it('counts changed lines and gives a character-level view of a changed paragraph', () => {
    const d = textDiff('项目名称：某某工程\n投标报价：5000000元\n公示期三日', '项目名称：某某工程\n投标报价：5500000元\n公示期三日');
    expect(d.changed).toBe(true);
    expect(d.added).toBe(1);
    expect(d.removed).toBe(1);
    expect(d.hunks.map((h) => h.type)).toEqual(['same', 'del', 'add', 'same']);
    const del = d.hunks[1];
    expect(del?.text).toBe('投标报价：5000000元');
    expect(del?.inline?.filter((c) => c.type !== 'same').map((c) => c.text)).toEqual(expect.arrayContaining(['0', '5']));
  });

  it('collapses long unchanged runs, keeping context', () => {
    const old = lines(30);
    const neu = [...old];
    neu[15] = '新增的第16行';
    neu.push('末尾追加一行');
    const d = textDiff(old.join('\n'), neu.join('\n'), { context: 2 });
    expect(d.added).toBe(2);
    expect(d.removed).toBe(1);
    const shape = d.hunks.map((h) => (h.skipped ? `skip${h.skipped}` : `${h.type}:${h.text.split('\n').length}`));
    // 15 unchanged lines before the change: 2 kept; 14 between: 2 + 2 kept.
    expect(shape).toEqual(['skip13', 'same:2', 'del:1', 'add:1', 'same:2', 'skip10', 'same:2', 'add:1']);
  });

  it('handles empty sides', () => {
    expect(textDiff('', '甲\n乙')).toMatchObject({ changed: true, added: 2, removed: 0 });
    expect(textDiff('甲', '')).toMatchObject({ changed: true, added: 0, removed: 1 });
  });
});
