/**
 * The 依法必须招标 guard: 招标投标法 Art.24's 20 days binds projects that must be tendered by law only. A
 * shortfall on a notice that says it is a small project (小额工程, 限额以下) or gives an amount under every
 * threshold is not an accusation we can make.
 */
import type { NoticeDoc } from '../page/doc';
import { datePart } from './count';
import type { DraftDeadline } from './outcome';
import { addPart } from './reason';
import { DEADLINE_RULES, type DeadlineRule } from './rules';

// 发改委令第16号 (from 2018-06-01) Art.5 thresholds of 依法必须招标, in yuan; before it, 计委令第3号 (2000).
const MUST_TENDER_SINCE_2018 = { works: 4_000_000, goods: 2_000_000, services: 1_000_000 };
const MUST_TENDER_2000 = { works: 2_000_000, goods: 1_000_000, services: 500_000 };

/** An amount the notice gives for the contract (预算, 控制价, 最高限价, 估算价), in yuan. */
export function statedAmount(text: string): number | undefined {
  const m =
    /(?:预算价|预算金额|预算|招标控制价|控制价|最高投标限价|最高限价|估算价|合同估算价|估算|投资额|总投资)[^。\n\d]{0,10}?([\d,]+(?:\.\d+)?)\s*(万元|万|元)/.exec(text);
  if (!m) return undefined;
  const n = Number((m[1] ?? '').replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  return m[2] === '元' ? n : n * 10_000;
}

/** A bid-window violation turned `uncertain` when the project may not have to be tendered by law. */
export function mustTenderGuard(rule: DeadlineRule, doc: NoticeDoc, r: DraftDeadline): DraftDeadline {
  if (r.outcome !== 'violation' || rule.key !== DEADLINE_RULES.bid_window.key) return r;
  const text = `${doc.title ?? ''}\n${doc.text || doc.lines.map((l) => l.text).join('\n')}`;
  const small = /小额工程|小额项目|限额以下|简易招标|简易程序|非依法必须|不属于依法必须/.exec(text)?.[0];
  const amount = statedAmount(text);
  const published = r.from ? datePart(r.from) : '';
  const limits = published && published < '2018-06-01' ? MUST_TENDER_2000 : MUST_TENDER_SINCE_2018;
  const kind = `${doc.title ?? ''}\n${text.slice(0, 600)}`;
  const limit = /监理|设计|勘察|咨询|造价|服务/.test(kind)
    ? limits.services
    : /施工|工程/.test(kind)
      ? limits.works
      : /货物|设备|材料/.test(kind)
        ? limits.goods
        : limits.services;
  const under = amount !== undefined && amount < limit;
  if (!small && !under) return r;
  const why = small ? `“${small}”` : `金额${amount}元低于依法必须招标的标准`;
  const whyEn = small ? `"${small}"` : `amount ${amount} yuan is under the thresholds`;
  return {
    ...r,
    outcome: 'uncertain',
    reason: addPart(r.reason, {
      zh: `可能不属于依法必须招标项目（${why}），第24条不一定适用`,
      en: `may not be a project that must be tendered by law (${whyEn}), so Art.24 may not apply`,
    }),
  };
}
