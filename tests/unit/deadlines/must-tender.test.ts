import { describe, expect, it } from 'vitest';
import { mustTenderGuard, statedAmount } from '../../../lib/deadlines/must-tender';
import { base, type DraftDeadline, toChecked } from '../../../lib/deadlines/outcome';
import { reasonOf } from '../../../lib/deadlines/reason';
import { DEADLINE_RULES, type DeadlineRule } from '../../../lib/deadlines/rules';
import { textDoc } from './text-doc';

function violation(rule: DeadlineRule = DEADLINE_RULES.bid_window, from = '2025-03-10'): DraftDeadline {
  const r = base(rule);
  r.outcome = 'violation';
  r.from = from;
  r.reason = reasonOf({ zh: '招标文件发出至投标截止15日，少于20日', en: 'documents issued to bid deadline 15 days, less than 20' });
  return r;
}

describe('statedAmount', () => {
  it.each([
    ['预算金额：150万元', 1_500_000],
    ['最高投标限价为 3,800,000.00 元', 3_800_000],
    ['招标控制价（元）：98000元', 98_000],
    ['本项目无金额', undefined],
  ])('%s → %s', (text, want) => {
    expect(statedAmount(text)).toBe(want);
  });
});

describe('依法必须招标 guard on the 20-day bid window (招标投标法 Art.24)', () => {
  it('turns a shortfall uncertain on a notice that says it is small', () => {
    const r = toChecked(mustTenderGuard(DEADLINE_RULES.bid_window, textDoc('某小额工程施工招标公告\n投标截止时间：…'), violation()));
    expect(r.outcome).toBe('uncertain');
    expect(r.reason).toBe(
      '招标文件发出至投标截止15日，少于20日；可能不属于依法必须招标项目（“小额工程”），第24条不一定适用 / documents issued to bid deadline 15 days, less than 20; may not be a project that must be tendered by law ("小额工程"), so Art.24 may not apply',
    );
  });

  it('uses the 2018 thresholds from 2018-06-01 and the 2000 ones before', () => {
    const doc = textDoc('某道路施工招标公告\n最高投标限价：300万元');
    // Works: under 400万 since 2018-06-01, over 200万 before.
    expect(mustTenderGuard(DEADLINE_RULES.bid_window, doc, violation()).outcome).toBe('uncertain');
    expect(mustTenderGuard(DEADLINE_RULES.bid_window, doc, violation(undefined, '2018-05-31')).outcome).toBe('violation');
  });

  it('keeps the violation for a project over the threshold, and leaves other rules and outcomes alone', () => {
    const big = textDoc('某监理服务招标公告\n预算：500万元');
    expect(mustTenderGuard(DEADLINE_RULES.bid_window, big, violation()).outcome).toBe('violation');
    const small = textDoc('小额工程');
    expect(mustTenderGuard(DEADLINE_RULES.gp_bid_window, small, violation(DEADLINE_RULES.gp_bid_window)).outcome).toBe('violation');
    const ok = { ...violation(), outcome: 'ok' as const };
    expect(mustTenderGuard(DEADLINE_RULES.bid_window, small, ok)).toBe(ok);
  });
});
