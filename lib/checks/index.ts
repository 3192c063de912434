/** Every item's finder as a function, keyed by the stable item key of rules.md (derived from the notice-type specs). */
import { itemSpec, RULES } from '../notice-types';
import type { CheckContext, Finding } from './context';
import { type Check, runFinder } from './find';

export type { Check } from './find';

/** The finder of each item, run on a notice. */
export const CHECKS: Readonly<Record<string, Check>> = Object.fromEntries(
  RULES.map((r) => {
    const spec = itemSpec(r.key);
    return [r.key, (ctx: CheckContext): Finding | undefined => (spec ? runFinder(spec.find, ctx) : undefined)];
  }),
);

/** Words by which a notice names an item in passing, for deferrals such as "工期、质量…请查看附件". */
export const MENTIONS: Readonly<Record<string, RegExp>> = Object.fromEntries(
  RULES.flatMap((r) => {
    const mention = itemSpec(r.key)?.mention;
    return mention ? [[r.key, mention]] : [];
  }),
);
