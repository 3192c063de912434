/** The rule catalogue, as the UI, the store and the exports read it: re-exported from the notice-type registry. */
export {
  type ItemKey,
  NOTICE_TYPES,
  type NoticeType,
  type NoticeTypeMeta,
  noticeTypeMeta,
  RULES,
  type RuleMeta,
  ruleFor,
  rulesForType,
} from '../notice-types';
