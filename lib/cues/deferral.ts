/** Deferral: the notice sends the reader to another document (「详见附件」, 「请参阅出让文件」). */
import { anyOf } from './words';

/** The verbs that point elsewhere. */
export const DEFER_VERBS = ['详见', '参见', '参阅', '请查阅', '请查看', '另见'] as const;
const VERB = anyOf(DEFER_VERBS);
/** What they point to, when it is another document. */
const DOCUMENT = '(?:附件|文件|清单)';

/**
 * Right after a label: a short, figure-free lead-in, then a deferral ("招标内容：牧草种子13225公斤，详见…" states a
 * value). "详见…" points elsewhere unless it points down the same page (详见下表, 如下).
 */
export const DEFERS_AFTER_LABEL = new RegExp(
  `^[^。；;\\d]{0,20}?(${VERB}(?!下表|下文|如下|本公告|本页|表\\d)|见[^。；;\\n]{0,12}?(附件|文件|清单|网站|平台))`,
);

/** Inside one clause: "工期、质量、项目负责人请查看附件". */
export const DEFERS_IN_CLAUSE = new RegExp(`${VERB}[^。；;]{0,12}${DOCUMENT}`);

/** A table cell that holds a pointer, not a value ("详见附件", "见投标文件"). */
export const DEFERRED_CELL = new RegExp(`^(?:${VERB}|见)`);

/** A body handing its content to an attachment ("详见附件", "附件：", "请下载附件"). */
export const DEFERS_TO_ATTACHMENT = /详见附件|见附件|详见公告附件|附件下载|附件[:：]|详见(招标|采购|磋商)?文件附件|请下载附件/;

/** The explicit forms of DEFERS_TO_ATTACHMENT: without a file link, a bare "附件：" slot defers nothing. */
export const EXPLICIT_ATTACHMENT_DEFERRAL = /见附件|请下载附件/;

/** The body hands its main content (the list, the result, the whole notice) to an attachment. */
export const MAIN_CONTENT_DEFERRED = /(候选人|公示内容|公告内容|公告全文|具体内容|详细内容|中标结果|成交结果|评标结果)[^。\n]{0,8}(详见|见)[^。\n]{0,4}附件/;

/** The notice refers its details to another document ("详细资料请参阅挂牌出让文件", "其他要求详见招标文件"). */
export const DETAILS_DEFERRED = new RegExp(`(详细资料|详细内容|详细情况|竞价标的)[^。\\n]{0,10}${VERB}[^。\\n]{0,20}${DOCUMENT}`);

/** A value that is only a pointer ("保证金：详见出让文件"). */
export const POINTER = /详见|见/;

/** An attachment that by its nature holds the access period and deadlines (投标人须知前附表). */
export const BIDDER_INSTRUCTIONS_FILE = /前附表|投标人须知|供应商须知/;
