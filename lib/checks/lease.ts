/** A lease of premises (招租) has no enterprise behind it: no shareholders, accounts or management buy-in. */
import type { CheckContext, Finding } from './context';

/** not_applicable for a plain lease of premises (no equity transferred). */
export function plainLease(ctx: CheckContext): Finding | undefined {
  if (ctx.find(/股权|产权转让|增资|企业国有/)) return undefined;
  const hit = ctx.find(/招租|出租|租赁/);
  return hit
    ? { outcome: 'not_applicable', evidence: ctx.evidence(hit, 30), reason: '资产出租，不涉及企业股权 / a lease of premises, no enterprise equity' }
    : undefined;
}
