/** The time rules of rules.md "Deadline keys": one row per rule, with its source and the day it came into force. */

/** One row of rules.md "Deadline keys", with the day the source came into force. */
export interface DeadlineRule {
  key: string;
  unit: 'calendar' | 'working';
  required: number;
  source: string;
  /** ISO date the source came into force; a notice published before it is not_applicable. */
  since: string;
  /** ◐ source: a shortfall is advisory, never a violation. */
  advisory?: boolean;
}

/** The deadline rules, by short name. */
export const DEADLINE_RULES = {
  candidates_period: { key: 'deadline.candidates_period', unit: 'calendar', required: 3, source: '条例 Art.54', since: '2012-02-01' },
  candidates_published: { key: 'deadline.candidates_published', unit: 'calendar', required: 3, source: '条例 Art.54', since: '2012-02-01' },
  document_access: { key: 'deadline.document_access', unit: 'calendar', required: 5, source: '条例 Art.16', since: '2012-02-01' },
  bid_window: { key: 'deadline.bid_window', unit: 'calendar', required: 20, source: '招标投标法 Art.24', since: '2000-01-01' },
  gp_notice_period: { key: 'deadline.gp_notice_period', unit: 'working', required: 5, source: '87号令 Art.16', since: '2017-10-01' },
  gp_document_period: { key: 'deadline.gp_document_period', unit: 'working', required: 5, source: '87号令 Art.18', since: '2017-10-01' },
  gp_bid_window: { key: 'deadline.gp_bid_window', unit: 'calendar', required: 20, source: '政采法 Art.35', since: '2003-01-01' },
  gp_result_period: { key: 'deadline.gp_result_period', unit: 'working', required: 1, source: '87号令 Art.69', since: '2017-10-01' },
  gp_contract_publish: { key: 'deadline.gp_contract_publish', unit: 'working', required: 2, source: '政采条例 Art.50', since: '2015-03-01' },
  land_notice: { key: 'deadline.land_notice', unit: 'calendar', required: 20, source: '39号令', since: '2007-11-01', advisory: true },
  land_listing: { key: 'deadline.land_listing', unit: 'calendar', required: 10, source: '39号令', since: '2007-11-01', advisory: true },
  property_disclosure: { key: 'deadline.property_disclosure', unit: 'working', required: 20, source: '32号令 Art.13', since: '2016-06-24', advisory: true },
} as const satisfies Record<string, DeadlineRule>;

/** The short name of a deadline rule. */
export type RuleName = keyof typeof DEADLINE_RULES;
