/** Rule metadata (axe-core style: metadata apart from the checks that find items). */
export type Confidence = '✔' | '◐' | '✖';

export interface RuleMeta {
  /** Stable item key from rules.md (used in storage, exports and labels). */
  key: string;
  /** Notice type key this item belongs to. */
  type: string;
  labelZh: string;
  labelEn: string;
  /** Article(s) the item rests on, as rules.md cites them. */
  source: string;
  /** Best confidence of the sources: a rule resting only on ◐/✖ is advisory (rules.md). */
  confidence: Confidence;
  severity: 'violation' | 'advisory';
  /** ISO date the rule took effect; notices published before it get "not required then". */
  since?: string;
  /** Judged per candidate (construction.candidates). */
  perParty?: boolean;
}

export interface NoticeTypeMeta {
  key: string;
  labelZh: string;
  labelEn: string;
  field: string;
}

/** Compact row used in the per-type rule files: [key, zh, en, source, confidence, since?]. */
export type RuleRow = readonly [string, string, string, string, Confidence, string?];

/** Expand rows of one notice type into RuleMeta. */
export function defineRules(type: string, rows: readonly RuleRow[], opts: { perParty?: boolean } = {}): RuleMeta[] {
  return rows.map(([key, labelZh, labelEn, source, confidence, since]) => ({
    key,
    type,
    labelZh,
    labelEn,
    source,
    confidence,
    severity: confidence === '✔' ? 'violation' : 'advisory',
    ...(since ? { since } : {}),
    ...(opts.perParty ? { perParty: true } : {}),
  }));
}
