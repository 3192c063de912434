/** Scope exclusions: kinds of notice rules.md puts out of scope (opening records, clarifications, plans, failures…). */

/** Opening records, clarifications, plans, failed or stopped tenders, enterprise purchases. */
export const OUT_OF_SCOPE_KIND =
  /开标记录|开标情况|开标结果公示|答疑|澄清|补充通知|补遗|招标计划|采购计划公告|采购意向|供地计划|供应计划|废标|流标|终止公告|终止公示|失败公告|暂停公告|中止公告|阳光采购|企业自筹/;

/** A correction restates a notice, so a correction title is never out of scope for its words alone. */
export const CORRECTION_WORD = /更正|变更/;
