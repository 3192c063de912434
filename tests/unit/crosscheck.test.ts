import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { crossCheckResult } from '../../lib/crosscheck';

const fixture = (f: string) => readFileSync(resolve(__dirname, '../fixtures', f), 'utf8');
const at = '2025-06-09T18:00:00+08:00';

describe('result notice against the candidate notice of the same project', () => {
  const candidates = analyze({ html: fixture('candidates-complete.html'), url: 'https://ggzy.example.com/c', capturedAt: at });
  const result = analyze({ html: fixture('result-complete.html'), url: 'https://ggzy.example.com/r', capturedAt: at });

  it('reads the ranked candidates with their bids and the winner with the award price', () => {
    expect(candidates.facts?.candidates?.[0]).toMatchObject({ rank: 1, bidYuan: 12_345_678.9 });
    expect(result.facts?.winner?.priceYuan).toBe(12_345_678.9);
    expect(result.projectCode).toBe(candidates.projectCode);
  });

  it('raises nothing when the first-ranked candidate won at its bid', () => {
    expect(crossCheckResult(result, candidates)).toEqual([]);
  });

  it('names both notices when the winner is not the first-ranked candidate', () => {
    const other = analyze({
      html: fixture('result-complete.html').replaceAll('示例建设有限公司', '另一建设有限公司'),
      url: 'https://ggzy.example.com/r2',
      capturedAt: at,
    });
    const flags = crossCheckResult(other, candidates);
    expect(flags.map((f) => f.key)).toEqual(['crosscheck.winner_not_first']);
    expect(flags[0]?.text).toContain('另一建设有限公司');
    expect(flags[0]?.text).toContain(candidates.title ?? '');
    expect(flags[0]?.severity).toBe('advisory');
  });

  it('flags an award price that differs from the winner’s bid', () => {
    const pricier = analyze({
      html: fixture('result-complete.html').replaceAll('12,345,678.90', '13,345,678.90'),
      url: 'https://ggzy.example.com/r3',
      capturedAt: at,
    });
    expect(crossCheckResult(pricier, candidates).map((f) => f.key)).toEqual(['crosscheck.price_differs']);
  });
});
