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
