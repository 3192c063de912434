/**
 * Topic words, kept apart from kind words: what a notice is about (land, a mining right, state property, housing;
 * works or government procurement), as opposed to what kind of notice it is (公告, 结果, 公示).
 */
import { NON_TENDER_METHOD_SHORT, NON_TENDER_METHOD_WORDS } from '../cues/procurement-method';

/** A topic with notice types of its own. */
export interface Topic {
  readonly name: string;
  /** Words naming the topic in a title. */
  readonly words: RegExp;
  /** Words that cancel the topic ("资产转让" within a 采购 title is a purchase). */
  readonly unless?: RegExp;
  /** With the topic named, these words make the notice out of scope (a 供地计划 is a plan). */
  readonly outOfScope?: RegExp;
}

export const LAND: Topic = { name: 'land', words: /国有建设用地|土地使用权|宗地|供地|土地出让/, outOfScope: /计划/ };
export const MINERAL: Topic = { name: 'mineral', words: /矿业权|采矿权|探矿权/ };
export const HOUSING: Topic = {
  name: 'housing',
  words: /保障性住房|保障性安居工程|棚户区改造|公租房|公共租赁住房|廉租房|人才房|安置房|保障房/,
};
export const PROPERTY: Topic = { name: 'property', words: /产权|股权|增资|资产转让|招租|租赁权|资产处置|资产出租/, unless: /采购/ };

/** The order topics are tried in: a 公租房 招租 title is housing, not property. */
export const TOPIC_ORDER: readonly Topic[] = [LAND, MINERAL, HOUSING, PROPERTY];

/** Government procurement named in a title: the field is decided by the title alone. */
export const PROCUREMENT_TITLE = new RegExp(`政府采购|${NON_TENDER_METHOD_SHORT}|采购公告|采购结果|框架协议|协议供货|中标[(（]成交[)）]`);
/** Works named in a title: procurement words must then outnumber works words threefold. */
export const WORKS_TITLE = /工程|施工|监理|勘察|设计|EPC|总承包|候选人|资格预审/;
/** Words of government procurement in a body, counted. */
export const PROCUREMENT_WORDS = new RegExp(
  `政府采购|采购人|采购代理机构|${NON_TENDER_METHOD_WORDS}|供应商|采购项目|预算金额|采购需求|采购计划编号|中标[(（]成交[)）]|成交供应商|政采`,
  'g',
);
/** Words of construction tendering in a body, counted. */
export const WORKS_WORDS = /招标人|施工|监理|勘察|工程建设|建造师|项目经理|标段|招标条件|总承包|中标候选人/g;
