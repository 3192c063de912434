/** Project lead: the person a bidder names to lead the work (项目经理, 总监理工程师, 设计负责人…). */

/** A project lead's title. */
export const LEAD = /项目负责人|项目经理|项目总监|总监理工程师|总监|设计负责人|勘察负责人|施工负责人|项目总负责人|技术负责人|拟派.{0,4}负责人|建造师/;

/** A lead's title as a label of the lead's name ("项目经理姓名："). */
export const LEAD_NAME_LABEL = new RegExp(`(${LEAD.source})(姓名)?`);

/** The lead's own track record, as a column or a clause ("项目经理业绩", "个人业绩"). */
export const LEAD_PERFORMANCE_HEADER = /(负责人|项目经理|总监|个人).{0,6}业绩/;
export const LEAD_PERFORMANCE = [new RegExp(`(${LEAD.source})[^。\\n]{0,12}业绩`), /个人业绩|负责人业绩/] as const;

/** The tender asked for no track record ("无业绩要求"): nothing to disclose. */
export const NO_PERFORMANCE_REQUIRED = /无(个人)?业绩要求|不要求.{0,6}业绩|业绩[:：]?不作要求/;
