/** Days sources came into force, used as items' `since` (rules.md "Facts first"). */

/** 令10 (招标公告和公示信息发布管理办法) in force. */
export const LING10 = '2018-01-01';
/** 1117号 as the items date it today (rules.md gives 2022-09-01: the law issue settles it). */
export const FAGAI_1117 = '2022-08-01';
/** 格式规范2020 (财办库〔2020〕50号) applies. */
export const FORMAT_2020 = '2020-07-01';
