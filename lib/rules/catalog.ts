import { CONSTRUCTION_CANDIDATES, CONSTRUCTION_RESULT, CONSTRUCTION_TENDER } from './construction';
import {
  HOUSING_ALLOCATION,
  LAND_RESULT,
  LAND_TRANSFER,
  MINERAL_RESULT,
  MINERAL_TRANSFER,
  PROPERTY_DISCLOSURE,
  PROPERTY_RESULT,
} from './other-types';
import { PROCUREMENT_CONTRACT, PROCUREMENT_CORRECTION, PROCUREMENT_RESULT, PROCUREMENT_TENDER } from './procurement';
import type { NoticeTypeMeta, RuleMeta } from './types';

export type { NoticeTypeMeta, RuleMeta } from './types';

/** Every notice type of rules.md, with its 97号 field. */
export const NOTICE_TYPES: readonly NoticeTypeMeta[] = [
  { key: 'construction.tender', labelZh: '招标公告（工程建设）', labelEn: 'Tender notice (construction)', field: '工程建设项目招标投标' },
  { key: 'construction.candidates', labelZh: '中标候选人公示', labelEn: 'Bid-winning candidates', field: '工程建设项目招标投标' },
  { key: 'construction.result', labelZh: '中标结果公示', labelEn: 'Award result (construction)', field: '工程建设项目招标投标' },
  { key: 'procurement.tender', labelZh: '政府采购公告', labelEn: 'Procurement notice', field: '政府采购' },
  { key: 'procurement.result', labelZh: '中标（成交）结果公告', labelEn: 'Procurement result', field: '政府采购' },
  { key: 'procurement.contract', labelZh: '政府采购合同公告', labelEn: 'Procurement contract', field: '政府采购' },
  { key: 'procurement.correction', labelZh: '更正公告', labelEn: 'Correction notice', field: '政府采购' },
  { key: 'land.transfer', labelZh: '国有建设用地使用权出让公告', labelEn: 'Land-use right transfer', field: '国有土地使用权出让' },
  { key: 'land.result', labelZh: '土地出让结果公示', labelEn: 'Land transfer result', field: '国有土地使用权出让' },
  { key: 'mineral.transfer', labelZh: '矿业权出让公告', labelEn: 'Mining right transfer', field: '矿业权出让' },
  { key: 'mineral.result', labelZh: '矿业权出让结果公示', labelEn: 'Mining right result', field: '矿业权出让' },
  { key: 'property.disclosure', labelZh: '国有产权交易信息披露', labelEn: 'State property disclosure', field: '国有产权交易' },
  { key: 'property.result', labelZh: '产权交易结果公告', labelEn: 'State property result', field: '国有产权交易' },
  { key: 'housing.allocation', labelZh: '保障性住房分配公示', labelEn: 'Subsidised housing allocation', field: '保障性住房分配' },
  { key: 'housing.construction', labelZh: '保障性安居工程建设信息', labelEn: 'Subsidised housing construction', field: '保障性安居工程建设' },
  { key: 'none', labelZh: '非核查范围的页面', labelEn: 'Not a notice we check', field: '—' },
];

/** Every item rule, in display order per type. */
export const RULES: readonly RuleMeta[] = [
  ...CONSTRUCTION_TENDER,
  ...CONSTRUCTION_CANDIDATES,
  ...CONSTRUCTION_RESULT,
  ...PROCUREMENT_TENDER,
  ...PROCUREMENT_RESULT,
  ...PROCUREMENT_CONTRACT,
  ...PROCUREMENT_CORRECTION,
  ...LAND_TRANSFER,
  ...LAND_RESULT,
  ...MINERAL_TRANSFER,
  ...MINERAL_RESULT,
  ...PROPERTY_DISCLOSURE,
  ...PROPERTY_RESULT,
  ...HOUSING_ALLOCATION,
];

const BY_KEY = new Map(RULES.map((r) => [r.key, r]));
const TYPE_BY_KEY = new Map(NOTICE_TYPES.map((t) => [t.key, t]));

/** The rule metadata for an item key, if any. */
export function ruleFor(key: string): RuleMeta | undefined {
  return BY_KEY.get(key);
}

/** The rules that apply to a notice type, in display order. */
export function rulesForType(type: string): RuleMeta[] {
  return RULES.filter((r) => r.type === type);
}

/** Notice type metadata for a key, if any. */
export function noticeTypeMeta(key: string): NoticeTypeMeta | undefined {
  return TYPE_BY_KEY.get(key);
}
