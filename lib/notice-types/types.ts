/** The shape of a notice-type spec: what a notice of the type must disclose, how each item is found, its time rules. */
import type { Finder } from '../checks/find';
import type { CheckContext } from '../checks/context';
import type { DEADLINE_RULES } from '../deadlines/checks';
import type { FlagResult, NoticeFacts } from '../types';
import type { Topic } from './topics';

/** Confidence of a source: ✔ article text read; ◐ secondary copy; ✖ unverified (rules.md). */
export type Confidence = '✔' | '◐' | '✖';
/** A rule resting only on ◐/✖ sources is advisory; one on a ✔ source can be a violation. */
export type Severity = 'violation' | 'advisory';
/** A time rule's short name (lib/deadlines DEADLINE_RULES). */
export type DeadlineName = keyof typeof DEADLINE_RULES;

/** One item a notice must disclose (a row of rules.md), and how to find it. */
export interface ItemSpec<K extends string = string> {
  /** Stable item key from rules.md (used in storage, exports and labels). */
  readonly key: K;
  readonly labelZh: string;
  readonly labelEn: string;
  /** Article(s) the item rests on, as rules.md cites them. */
  readonly source: string;
  /** Best confidence of the sources. */
  readonly confidence: Confidence;
  /** Defaults from the confidence: ✔ → violation, ◐/✖ → advisory. */
  readonly severity?: Severity;
  /** ISO date the rule took effect; notices published before it get "not required then". */
  readonly since?: string;
  /** Judged per candidate. */
  readonly perParty?: boolean;
  /** How the item is found on the page. */
  readonly find: Finder;
  /** Words by which a notice names the item in passing ("工期、质量…请查看附件" makes it uncertain, not missing). */
  readonly mention?: RegExp;
  /** An unread attachment named like this holds the item (投标人须知前附表 holds the deadlines). */
  readonly inAttachment?: RegExp;
}

/** The kinds of notice that construction tendering and government procurement share (lib/notice-types/kinds.ts). */
export type NoticeKind = 'tender' | 'candidates' | 'result' | 'contract' | 'correction';
/** Which of the two tendering fields a notice is in, by its words (lib/notice-types/topics.ts). */
export type TenderingField = 'works' | 'procurement';

/** How a notice of the type is recognised from its title (or opening words). */
export type Recognition =
  /** A notice kind of construction tendering or government procurement, in one field (or either). */
  | { readonly kinds: readonly NoticeKind[]; readonly field: TenderingField | 'any' }
  /**
   * A topic of its own (land, mining rights, property, housing): the topic's words, then this type's kind words
   * (none: the topic's default type). `unless` words veto the kind words; lower `rank` is tried first.
   */
  | { readonly topic: Topic; readonly kind?: RegExp; readonly unless?: RegExp; readonly rank?: number };

/** A notice type of rules.md. */
export interface NoticeTypeSpec<K extends string = string, I extends readonly ItemSpec[] = readonly ItemSpec[]> {
  /** Notice type key of rules.md. */
  readonly key: K;
  readonly labelZh: string;
  readonly labelEn: string;
  /** The field of 97号 the type belongs to. */
  readonly field: string;
  readonly recognise: Recognition;
  /** Items in display order (rules.md order). */
  readonly items: I;
  /** The time rules checked for the type (lib/deadlines runs them). */
  readonly deadlines: readonly DeadlineName[];
  /** Advisory flags the type is screened for (e.g. discriminatory clauses of a tender). */
  readonly flags?: (ctx: CheckContext) => FlagResult[];
  /** Facts read for cross-checks between notices of one project. */
  readonly facts?: (ctx: CheckContext) => NoticeFacts | undefined;
}

/** Declare a notice type; keys stay literal types so that a typo in a key does not compile. */
export function defineNoticeType<const K extends string, const I extends readonly ItemSpec[]>(spec: NoticeTypeSpec<K, I>): NoticeTypeSpec<K, I> {
  return spec;
}

/** An item's severity: stated, or from its confidence. */
export function severityOf(item: ItemSpec): Severity {
  return item.severity ?? (item.confidence === '✔' ? 'violation' : 'advisory');
}
