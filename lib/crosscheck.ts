/** Cross-checks between stored notices of one project (rules.md construction.result "Cross-check"). */
import { compact } from './page/normalize';
import type { FlagResult, Report } from './types';

// 条例 Art.55: for state-funded projects that must be tendered, the tenderer awards the first-ranked candidate.
const SOURCE = '条例 Art.55; rules.md construction.result cross-check';

function describe(r: Report): string {
  return `${r.title ?? r.url}（${r.capturedAt.slice(0, 10)}）`;
}

/**
 * Compare a result notice with the candidate notice of the same project: the winner should be the candidate
 * ranked first, at that candidate's bid. Advisory: a first-ranked candidate may lawfully withdraw (Art.55).
 */
export function crossCheckResult(result: Report, candidateNotice: Report): FlagResult[] {
  const winner = result.facts?.winner;
  const ranked = candidateNotice.facts?.candidates ?? [];
  const first = ranked.find((c) => c.rank === 1) ?? (ranked.length === 1 ? ranked[0] : undefined);
  if (!winner || !first) return [];
  const flags: FlagResult[] = [];
  const both = `中标结果：${describe(result)}；候选人公示：${describe(candidateNotice)}`;
  if (compact(winner.name) !== compact(first.name)) {
    flags.push({
      key: 'crosscheck.winner_not_first',
      severity: 'advisory',
      text: `${both}。中标人「${winner.name}」，排名第一的候选人「${first.name}」`,
      reason: '中标人不是排名第一的中标候选人 / the winner is not the first-ranked candidate',
      source: SOURCE,
    });
  } else if (winner.priceYuan !== undefined && first.bidYuan !== undefined && Math.abs(winner.priceYuan - first.bidYuan) > 0.5) {
    flags.push({
      key: 'crosscheck.price_differs',
      severity: 'advisory',
      text: `${both}。中标价 ${winner.priceText ?? winner.priceYuan}，投标报价 ${first.bidText ?? first.bidYuan}`,
      reason: '中标价与该候选人的投标报价不一致 / the award price differs from that candidate’s bid',
      source: SOURCE,
    });
  }
  return flags;
}
