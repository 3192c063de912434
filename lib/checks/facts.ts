/** Structured facts of a notice (who ranked where, who won at what price) for cross-checks between notices. */
import { findAmounts, parseAmount, unitFromHeader } from '../extract/amount';
import { compact } from '../page/normalize';
import type { NoticeFacts } from '../types';
import type { CheckContext } from './context';
import { fieldOf, partiesOf } from './parties';

const PRICE = /投标报价|报价|投标价|投标总价|投标金额/;
const ORG = /[\u4e00-\u9fa5A-Za-z0-9（）()·]{2,40}?(有限责任公司|股份有限公司|有限公司|公司|集团|研究院|设计院|事务所|中心|院|所)/;

/** The ranked candidates with their bids, as read from the candidate table or text. */
function candidates(ctx: CheckContext): NoticeFacts['candidates'] {
  const list = partiesOf(ctx);
  if (!list) return undefined;
  return list.parties.map((p) => {
    const f = fieldOf(p, PRICE);
    const amount = f ? parseAmount(f.value, unitFromHeader(f.label)) : undefined;
    return {
      name: p.name,
      ...(p.rank ? { rank: p.rank } : {}),
      ...(amount ? { bidYuan: amount.yuan, bidText: f?.value } : {}),
    };
  });
}

/** The winner and the award price of a result notice. */
function winner(ctx: CheckContext): NoticeFacts['winner'] {
  for (const hit of ctx.findAll(/中标(人|单位|供应商|候选人)(名称)?|成交(人|单位|供应商)(名称)?/, 50)) {
    const m = ORG.exec(ctx.after(hit, 60).replace(/^[\s:：为是]+/, ''));
    if (!m || m.index > 3) continue;
    const name = compact(m[0]);
    const priceHit = ctx.find(/中标(价|金额|价格)|成交(价|金额)|合同(价|金额)/);
    if (!priceHit) return { name };
    const label = ctx.flat.slice(priceHit.index, priceHit.end + 8);
    const window = ctx.after(priceHit, 60);
    const amount = findAmounts(window)[0] ?? parseAmount(window.replace(/^[^\d¥￥壹贰叁肆伍陆柒捌玖]*/, ''), unitFromHeader(label));
    return amount ? { name, priceYuan: amount.yuan, priceText: amount.text } : { name };
  }
  return undefined;
}

/** Facts for the notice types that have them. */
export function noticeFacts(ctx: CheckContext, noticeType: string): NoticeFacts | undefined {
  if (noticeType === 'construction.candidates') {
    const c = candidates(ctx);
    return c ? { candidates: c } : undefined;
  }
  if (noticeType === 'construction.result') {
    const w = winner(ctx);
    return w ? { winner: w } : undefined;
  }
  return undefined;
}
