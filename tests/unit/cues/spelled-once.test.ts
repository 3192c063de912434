import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve(__dirname, '../../../lib');
/** Where items are found: their patterns must take a concept's words from lib/cues, not spell them again. */
const FILES = [
  ...readdirSync(resolve(LIB, 'checks')).map((f) => `checks/${f}`),
  ...readdirSync(resolve(LIB, 'notice-types')).map((f) => `notice-types/${f}`),
  'classify.ts',
].filter((f) => f.endsWith('.ts'));

/** Each concept of lib/cues, by words that only it should spell. */
const CONCEPTS: Record<string, string[]> = {
  deferral: ['详见', '参阅', '参见', '请查看', '请查阅', '另见'],
  objection: ['异议', '质疑'],
  'joint-bid': ['联合体'],
  funding: ['资金来源', '自筹资金', '财政资金'],
  'project-lead': ['项目负责人', '总监理工程师'],
  'bid-price': ['投标报价', '投标金额', '下浮率'],
  'procurement-method': ['竞争性磋商', '竞争性谈判', '单一来源', '公开招标', '邀请招标'],
  'publication-date': ['发布日期', '发布时间', '公告日期'],
  'scope-exclusion': ['开标记录', '流标', '招标计划'],
  certificate: ['证号', '注册编号'],
  award: ['成交金额', '中标金额'],
};

/** Known spellings elsewhere, each for a reason. */
const ALLOWED = new Set([
  // Words that sit where a person's name would and are never one (详见 among them).
  'checks/values.ts:deferral:详见',
  // A results table's price column may be headed 投标报价: the winner check reads it as the award amount.
  'notice-types/procurement-result.ts:bid-price:投标报价',
  // "对X项目进行公开招标": how the opening sentence names the project, not which method applies.
  'notice-types/procurement-shared.ts:procurement-method:公开招标',
  'notice-types/procurement-shared.ts:procurement-method:单一来源',
  // 首次公告日期 is the original notice's date, which a correction must restate (gpx.original).
  'notice-types/procurement-correction.ts:publication-date:公告日期',
]);

/** Regex literals of a source file (after ( , = : [ ! & | ? or return). */
function regexLiterals(source: string): string[] {
  const re = /(?<=[(,=:?[!&|]|return)\s*\/(?![/*\s])(?:[^/\\\n[]|\\.|\[(?:[^\]\\]|\\.)*\])+\/[dgimsuy]*/g;
  return source.match(re) ?? [];
}

describe('each concept is spelled once, in lib/cues', () => {
  it.each(FILES)('%s takes concept words from lib/cues', (file) => {
    const literals = regexLiterals(readFileSync(resolve(LIB, file), 'utf8'));
    const found: string[] = [];
    for (const [concept, words] of Object.entries(CONCEPTS)) {
      for (const word of words) {
        if (literals.some((l) => l.includes(word)) && !ALLOWED.has(`${file}:${concept}:${word}`)) found.push(`${concept}:${word}`);
      }
    }
    expect(found, `${file} spells these concepts itself; use lib/cues`).toEqual([]);
  });

  it('finds the regex literals it scans', () => {
    expect(regexLiterals("const A = /详见|见/;\nf(/异议/, 'x/y');")).toEqual([' /详见|见/', '/异议/']);
  });
});
