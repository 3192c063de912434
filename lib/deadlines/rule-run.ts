/** One deadline rule applied under the in-force policy: not applicable before its `since`, no accusation when unknown. */
import { inForceWhenPublished, type PublicationBasis } from './in-force';
import { downgrade, type DraftDeadline, notApplicable } from './outcome';
import { DEADLINE_RULES, type DeadlineRule, type RuleName } from './rules';

/**
 * Run the check `f` of rule `name`: not_applicable when the rule was not in force at publication; a
 * violation only when the rule is known to have been in force (rules.md "Facts first").
 */
export function runRule(name: RuleName, basis: PublicationBasis, f: (r: DeadlineRule) => DraftDeadline): DraftDeadline {
  const rule: DeadlineRule = DEADLINE_RULES[name];
  const state = inForceWhenPublished(rule.since, basis);
  if (state === 'not_then') {
    return notApplicable(rule, {
      zh: `${rule.source}自${rule.since}起施行，本公告发布时尚未施行`,
      en: `${rule.source} in force from ${rule.since}, after this notice was published`,
    });
  }
  const r = f(rule);
  if (r.outcome !== 'violation' || state === 'in_force') return r;
  return downgrade(r, {
    zh: `未找到标注的公告发布日期，无法确认发布时${rule.source}（${rule.since}起施行）已施行`,
    en: `no labelled publication date, so it cannot be told that ${rule.source} (in force from ${rule.since}) applied when it was published`,
  });
}
