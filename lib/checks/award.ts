/** Named finders for a construction result: the winner and price read once by readAward (shared with the cross-check). */
import type { CheckContext, Finding } from './context';
import { readAward } from './facts';

/** result.winner: the winner named right after its label. */
export function awardWinner(ctx: CheckContext): Finding | undefined {
  const award = readAward(ctx);
  return award ? { evidence: ctx.evidence(award.nameHit, award.nameHit.end - award.nameHit.index) } : undefined;
}

/** result.price: the award price read with the winner. */
export function awardPrice(ctx: CheckContext): Finding | undefined {
  const price = readAward(ctx)?.price;
  return price ? { evidence: ctx.evidence(price.hit, price.span) } : undefined;
}
