/** Every item check, keyed by the stable item key of rules.md. */
import { CANDIDATE_CHECKS, type Check, RESULT_CHECKS, TENDER_CHECKS } from './construction';
import {
  HOUSING_CHECKS,
  LAND_CHECKS,
  LAND_RESULT_CHECKS,
  MINERAL_CHECKS,
  MINERAL_RESULT_CHECKS,
  PROPERTY_CHECKS,
  PROPERTY_RESULT_CHECKS,
} from './other-types';
import { GP_CONTRACT_CHECKS, GP_CORRECTION_CHECKS, GP_RESULT_CHECKS, GP_TENDER_CHECKS } from './procurement';

export type { Check } from './construction';

/** Words by which a notice names an item in passing, for deferrals such as "工期、质量…请查看附件". */
export const MENTIONS: Readonly<Record<string, RegExp>> = {
  'candidates.bid_price': /报价|投标价/,
  'candidates.quality': /质量/,
  'candidates.duration': /工期|交货期|服务期/,
  'candidates.evaluation': /评标情况|得分|评分/,
  'candidates.project_lead': /项目负责人|项目经理|总监/,
  'candidates.lead_certificate': /证书/,
  'candidates.lead_performance': /业绩/,
  'candidates.qualification': /资格能力|资质/,
  'result.price': /中标价|中标金额/,
  'result.project_lead': /项目负责人|项目经理/,
  'gpr.main_items': /主要标的|标的/,
  'gpr.experts': /评审专家|专家名单/,
  'gp.requirements': /采购需求|技术要求/,
};

export const CHECKS: Readonly<Record<string, Check>> = {
  ...TENDER_CHECKS,
  ...CANDIDATE_CHECKS,
  ...RESULT_CHECKS,
  ...GP_TENDER_CHECKS,
  ...GP_RESULT_CHECKS,
  ...GP_CONTRACT_CHECKS,
  ...GP_CORRECTION_CHECKS,
  ...LAND_CHECKS,
  ...LAND_RESULT_CHECKS,
  ...MINERAL_CHECKS,
  ...MINERAL_RESULT_CHECKS,
  ...PROPERTY_CHECKS,
  ...PROPERTY_RESULT_CHECKS,
  ...HOUSING_CHECKS,
};
