import type { ItemKey, NoticeType } from './notice-types';

/** A literal key widened to any string: stored reports and test fixtures may carry keys of other versions. */
type OrOther<K extends string> = K | (string & Record<never, never>);

/** Outcome of one item check (axe-core style: every item lands in exactly one). */
export type Outcome = 'present' | 'missing' | 'uncertain' | 'not_applicable';

/** Where a quote was found: a CSS-like path or a section/table locator. */
export interface Evidence {
  text: string;
  path?: string;
  /** Link target when the evidence is an attachment (详见附件). */
  href?: string;
}

/** One per-candidate (per-party) sub-finding of a candidate item. */
export interface PartyOutcome {
  party: string;
  outcome: Outcome;
  evidence?: string;
}

/** Result of one item of rules.md for this notice. */
export interface ItemResult {
  /** An item key of the specs (ItemKey), or one a stored report of another version carries. */
  key: OrOther<ItemKey>;
  outcome: Outcome;
  evidence?: Evidence;
  reason?: string;
  perParty?: PartyOutcome[];
  /** True when the rule was not yet in force at publication (rules.md "Facts first"). */
  notRequiredThen?: boolean;
}

export type DeadlineOutcome = 'ok' | 'violation' | 'uncertain' | 'not_applicable';

/** A time rule checked against the dates the notice gives (rules.md "Deadline keys"). */
export interface DeadlineResult {
  key: string;
  outcome: DeadlineOutcome;
  unit: 'calendar' | 'working';
  required: number;
  days?: number;
  from?: string;
  to?: string;
  evidence?: string[];
  reason?: string;
  source: string;
  /** For the reader now: is the period still open at capture time, and how many days are left. */
  open?: boolean;
  daysLeft?: number;
}

/** An advisory flag (e.g. a discriminatory clause), quoted. */
export interface FlagResult {
  key: string;
  severity: 'advisory' | 'violation';
  text: string;
  reason: string;
  source: string;
  path?: string;
}

/** A date or period the notice states, with its quote. */
export interface NoticeDate {
  key: string;
  /** ISO date or date-time (+08:00 when a local time is given). */
  value: string;
  quote: string;
}

/** Facts read from the notice for cross-checks between notices of one project. */
export interface NoticeFacts {
  candidates?: { rank?: number; name: string; bidYuan?: number; bidText?: string }[];
  winner?: { name: string; priceYuan?: number; priceText?: string };
}

/** The analyzer's output: stable shape, printed by `cli analyze --json`. */
export interface Report {
  url: string;
  capturedAt: string;
  /** A notice type of the specs (NoticeType), or one a stored report of another version carries. */
  noticeType: OrOther<NoticeType>;
  title?: string;
  projectCode?: string;
  publishedAt?: string;
  items: ItemResult[];
  deadlines: DeadlineResult[];
  flags: FlagResult[];
  dates: NoticeDate[];
  /** Candidates and winner, when the notice type has them (for cross-checks). */
  facts?: NoticeFacts;
  bodyFound: boolean;
  /** Why the body could not be read fully (attachment, frame, cut-off, …), when it could not. */
  bodyIssue?: string;
  textHash: string;
  engineVersion: string;
}

/** Input to analyze(): html or plain text, plus where and when it was read. */
export interface AnalyzeInput {
  html?: string;
  text?: string;
  url: string;
  capturedAt: string;
}
