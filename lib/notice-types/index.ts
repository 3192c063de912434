/** The registry of notice types: every spec of lib/notice-types, and the catalogue views derived from them. */
import { CONSTRUCTION_CANDIDATES } from './construction-candidates';
import { CONSTRUCTION_RESULT } from './construction-result';
import { CONSTRUCTION_TENDER } from './construction-tender';
import { HOUSING_ALLOCATION } from './housing-allocation';
import { HOUSING_CONSTRUCTION } from './housing-construction';
import { LAND_RESULT } from './land-result';
import { LAND_TRANSFER } from './land-transfer';
import { MINERAL_RESULT } from './mineral-result';
import { MINERAL_TRANSFER } from './mineral-transfer';
import { PROCUREMENT_CONTRACT } from './procurement-contract';
import { PROCUREMENT_CORRECTION } from './procurement-correction';
import { PROCUREMENT_RESULT } from './procurement-result';
import { PROCUREMENT_TENDER } from './procurement-tender';
import { PROPERTY_DISCLOSURE } from './property-disclosure';
import { PROPERTY_RESULT } from './property-result';
import { type Confidence, type ItemSpec, type NoticeTypeSpec, type Severity, severityOf } from './types';

/** Every notice type, in display order (rules.md order). Adding a type: write its spec file and list it here. */
export const SPECS = [
  CONSTRUCTION_TENDER,
  CONSTRUCTION_CANDIDATES,
  CONSTRUCTION_RESULT,
  PROCUREMENT_TENDER,
  PROCUREMENT_RESULT,
  PROCUREMENT_CONTRACT,
  PROCUREMENT_CORRECTION,
  LAND_TRANSFER,
  LAND_RESULT,
  MINERAL_TRANSFER,
  MINERAL_RESULT,
  PROPERTY_DISCLOSURE,
  PROPERTY_RESULT,
  HOUSING_ALLOCATION,
  HOUSING_CONSTRUCTION,
] as const;

/** A notice type key of rules.md, or 'none' for a page we do not check. */
export type NoticeType = (typeof SPECS)[number]['key'] | 'none';
/** An item key of rules.md. */
export type ItemKey = (typeof SPECS)[number]['items'][number]['key'];

/** Rule metadata of one item (axe-core style: metadata apart from the finder). */
export interface RuleMeta {
  /** An ItemKey; typed string so that callers may look up any stored key. */
  key: string;
  /** Notice type key this item belongs to (a NoticeType). */
  type: string;
  labelZh: string;
  labelEn: string;
  /** Article(s) the item rests on, as rules.md cites them. */
  source: string;
  /** Best confidence of the sources: a rule resting only on ◐/✖ is advisory (rules.md). */
  confidence: Confidence;
  severity: Severity;
  /** ISO date the rule took effect; notices published before it get "not required then". */
  since?: string;
  /** Judged per candidate (construction.candidates). */
  perParty?: boolean;
}

/** A notice type's labels and its field of 97号. */
export interface NoticeTypeMeta {
  /** A NoticeType; typed string so that callers may look up any stored key. */
  key: string;
  labelZh: string;
  labelEn: string;
  field: string;
}

const NONE: NoticeTypeMeta = { key: 'none', labelZh: '非核查范围的页面', labelEn: 'Not a notice we check', field: '—' };

/** Every notice type of rules.md, with its 97号 field (and 'none' last). */
export const NOTICE_TYPES: readonly NoticeTypeMeta[] = [
  ...SPECS.map((s) => ({ key: s.key, labelZh: s.labelZh, labelEn: s.labelEn, field: s.field })),
  NONE,
];

function ruleMeta(spec: NoticeTypeSpec<NoticeType>, item: ItemSpec<ItemKey>): RuleMeta {
  return {
    key: item.key,
    type: spec.key,
    labelZh: item.labelZh,
    labelEn: item.labelEn,
    source: item.source,
    confidence: item.confidence,
    severity: severityOf(item),
    ...(item.since ? { since: item.since } : {}),
    ...(item.perParty ? { perParty: true } : {}),
  };
}

const ALL_SPECS: readonly NoticeTypeSpec<NoticeType, readonly ItemSpec<ItemKey>[]>[] = SPECS;

/** Every item rule, in display order per type. */
export const RULES: readonly RuleMeta[] = ALL_SPECS.flatMap((s) => s.items.map((i) => ruleMeta(s, i)));

const SPEC_BY_KEY = new Map<string, NoticeTypeSpec<NoticeType, readonly ItemSpec<ItemKey>[]>>(ALL_SPECS.map((s) => [s.key, s]));
const ITEM_BY_KEY = new Map<string, ItemSpec<ItemKey>>(ALL_SPECS.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
const RULE_BY_KEY = new Map(RULES.map((r) => [r.key as string, r]));
const TYPE_BY_KEY = new Map(NOTICE_TYPES.map((t) => [t.key as string, t]));

/** The spec of a notice type, if any ('none' has none). */
export function specFor(type: string): NoticeTypeSpec<NoticeType, readonly ItemSpec<ItemKey>[]> | undefined {
  return SPEC_BY_KEY.get(type);
}

/** Every spec, for the classifier and the generated rules page. */
export function allSpecs(): readonly NoticeTypeSpec<NoticeType, readonly ItemSpec<ItemKey>[]>[] {
  return ALL_SPECS;
}

/** The item spec (with its finder) for an item key, if any. */
export function itemSpec(key: string): ItemSpec<ItemKey> | undefined {
  return ITEM_BY_KEY.get(key);
}

/** The rule metadata for an item key, if any. */
export function ruleFor(key: string): RuleMeta | undefined {
  return RULE_BY_KEY.get(key);
}

/** The rules that apply to a notice type, in display order. */
export function rulesForType(type: string): RuleMeta[] {
  return RULES.filter((r) => r.type === type);
}

/** Notice type metadata for a key, if any. */
export function noticeTypeMeta(key: string): NoticeTypeMeta | undefined {
  return TYPE_BY_KEY.get(key);
}
