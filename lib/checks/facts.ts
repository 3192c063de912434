/** Structured facts of a notice (who ranked where, who won at what price) for cross-checks between notices. */
import { AWARD_PRICE_LABEL, BID_AMOUNT_HEADER } from '../cues/bid-price';
import { findAmounts, parseAmount, unitFromHeader } from '../extract/amount';
import { compact } from '../page/normalize';
import type { NoticeFacts } from '../types';
import type { CheckContext, Hit } from './context';
import { ORG_LEADING } from './org';
import { fieldOf, partiesOf } from './parties';
import { amountIn } from './values';


/** The ranked candidates with their bids, as read from the candidate table or text. */
function candidates(ctx: CheckContext): NoticeFacts['candidates'] {
  const list = partiesOf(ctx);
  if (!list) return undefined;
  return list.parties.map((p) => {
    const f = fieldOf(p, BID_AMOUNT_HEADER);
    const amount = f ? parseAmount(f.value, unitFromHeader(f.label)) : undefined;
    return {
      name: p.name,
      ...(p.rank ? { rank: p.rank } : {}),
      ...(amount ? { bidYuan: amount.yuan, bidText: f?.value } : {}),
    };
  });
}

/** Where a result notice names its winner, and its award price (one reading for the items and the cross-check). */
export interface AwardReading {
  name: string;
  nameHit: Hit;
  price?: { yuan?: number; text: string; hit: Hit; span: number };
}

const WINNER_LABEL = /(中标|成交)(人|单位|供应商|候选人)(信息)?[\s:：]{0,3}(单位)?(名称)?|确定.{0,6}为中标人/;
const readings = new WeakMap<CheckContext, AwardReading | null>();

/** The award price: a figure (or a rate) in the price label's own clause. */
function awardPrice(ctx: CheckContext): AwardReading['price'] {
  for (const hit of ctx.findAll(AWARD_PRICE_LABEL, 50)) {
    const clause = ctx.after(hit, 80).split(/[。；;]/)[0] ?? '';
    const label = ctx.flat.slice(hit.index, hit.end + 8);
    const found = amountIn(clause);
    if (!found) continue;
    const text = clause.substr(found.index, found.length);
    const amount = findAmounts(text)[0] ?? parseAmount(text, unitFromHeader(label));
    return { text: text.trim(), hit, span: hit.end - hit.index + found.index + found.length, ...(amount ? { yuan: amount.yuan } : {}) };
  }
  return undefined;
}

/** The winner named right after its label (never an organisation further on, such as the agency). */
export function readAward(ctx: CheckContext): AwardReading | undefined {
  if (readings.has(ctx)) return readings.get(ctx) ?? undefined;
  let reading: AwardReading | undefined;
  for (const hit of ctx.findAll(WINNER_LABEL, 50)) {
    const m = ORG_LEADING.exec(ctx.after(hit, 60));
    if (!m?.[1]) continue;
    const price = awardPrice(ctx);
    reading = { name: compact(m[1]), nameHit: { ...hit, end: hit.end + m[0].length }, ...(price ? { price } : {}) };
    break;
  }
  readings.set(ctx, reading ?? null);
  return reading;
}

function winner(ctx: CheckContext): NoticeFacts['winner'] {
  const r = readAward(ctx);
  if (!r) return undefined;
  return { name: r.name, ...(r.price?.yuan !== undefined ? { priceYuan: r.price.yuan, priceText: r.price.text } : {}) };
}

/** Facts of a candidate publicity: the ranked candidates and their bids. */
export function candidateFacts(ctx: CheckContext): NoticeFacts | undefined {
  const c = candidates(ctx);
  return c ? { candidates: c } : undefined;
}

/** Facts of a result: the winner and the award price. */
export function winnerFacts(ctx: CheckContext): NoticeFacts | undefined {
  const w = winner(ctx);
  return w ? { winner: w } : undefined;
}
