/** How land, mineral, property and housing items are found (cue words; rules.md sections for each type). */
import type { Check } from './construction';
import { type CheckContext, type Finding, firstCue, labelWithValue, matching } from './context';
import { amountIn, dateOrDurationIn, phoneIn } from './values';

const ORG_OR_PERSON = matching(/[\u4e00-\u9fa5（）()]{2,40}/);

export const LAND_CHECKS: Record<string, Check> = {
  'land.transferor': (ctx) => firstCue(ctx, [/出让人|自然资源(和规划)?局|国土资源局|规划和自然资源局/]),
  'land.parcel': (ctx) => firstCue(ctx, [/宗地(编号|面积|坐落|位置)|地块编号|出让面积|土地用途|出让年限|使用年限|容积率/]),
  'land.bidder_requirements': (ctx) => firstCue(ctx, [/竞买人|竞买申请|申请人.{0,6}资格|竞买资格/]),
  'land.document_access': (ctx) => firstCue(ctx, [/(出让|挂牌|拍卖)文件|索取|获取.{0,8}文件/]),
  'land.procedure': (ctx) => firstCue(ctx, [/挂牌(报价)?(时间|期限|起止)|拍卖(时间|会)|竞价方式|挂牌地点|出让方式/]),
  'land.award_rule': (ctx) => firstCue(ctx, [/确定竞得人|竞得人确定|价高者得|最高报价者|成交原则/]),
  'land.deposit': (ctx) => labelWithValue(ctx, /保证金/, (w) => amountIn(w) ?? matching(/详见|见/)(w), 80),
  'land.start_price': (ctx) => firstCue(ctx, [/起始价|起拍价|挂牌起价|增价幅度|加价幅度/]),
};

export const LAND_RESULT_CHECKS: Record<string, Check> = {
  'landr.parcel': (ctx) => firstCue(ctx, [/宗地编号|地块编号|宗地(位置|坐落)|土地(位置|坐落)|地块名称/]),
  'landr.winner': (ctx) => labelWithValue(ctx, /竞得人|受让人|竞得单位|受让单位|成交人/, ORG_OR_PERSON, 80),
  'landr.price': (ctx) => labelWithValue(ctx, /成交价|成交金额|出让价|竞得价/, amountIn, 120),
};

export const MINERAL_CHECKS: Record<string, Check> = {
  'min.parties': (ctx) => labelWithValue(ctx, /出让人|交易机构|出让机关/, phoneIn, 300),
  'min.right': (ctx) => firstCue(ctx, [/矿区范围|拐点坐标|开采矿种|勘查矿种|矿业权名称|出让年限/]),
  'min.conditions': (ctx) => firstCue(ctx, [/竞买(人|申请)(条件|资格)|申请人条件/]),
  'min.document_access': (ctx) => firstCue(ctx, [/(出让|竞买)文件.{0,8}(获取|索取|下载)|获取.{0,6}文件/]),
  'min.procedure': (ctx) => firstCue(ctx, [/出让方式|挂牌(时间|期限)|拍卖(时间|地点)/]),
  'min.price_rule': (ctx) => firstCue(ctx, [/起始价|竞价方式|确定竞得人/]),
  'min.risk': (ctx) => firstCue(ctx, [/风险提示|风险/]),
  'min.objection': (ctx) => firstCue(ctx, [/异议/]),
};

export const MINERAL_RESULT_CHECKS: Record<string, Check> = {
  'minr.winner': (ctx) => labelWithValue(ctx, /竞得人|受让人/, ORG_OR_PERSON, 80),
  'minr.price': (ctx) => labelWithValue(ctx, /成交价|成交金额/, amountIn, 120),
};

/** A lease of premises (招租) has no enterprise behind it: no shareholders, accounts or management buy-in. */
function plainLease(ctx: CheckContext): Finding | undefined {
  if (ctx.find(/股权|产权转让|增资|企业国有/)) return undefined;
  const hit = ctx.find(/招租|出租|租赁/);
  return hit
    ? { outcome: 'not_applicable', evidence: ctx.evidence(hit, 30), reason: '资产出租，不涉及企业股权 / a lease of premises, no enterprise equity' }
    : undefined;
}

export const PROPERTY_CHECKS: Record<string, Check> = {
  'prop.target': (ctx) => firstCue(ctx, [/(竞价|转让|招租)?标的(基本)?(情况|名称)?|房屋坐落|资产名称|标的物/]),
  'prop.shareholders': (ctx) => firstCue(ctx, [/股东(结构|名称|情况)|股权结构|持股比例/]) ?? plainLease(ctx),
  'prop.approval': (ctx) => firstCue(ctx, [/批准|批复|决策|审批|同意/]),
  'prop.financials': (ctx) => firstCue(ctx, [/审计|财务指标|资产总额|营业收入|净利润|评估值|评估价/]) ?? plainLease(ctx),
  'prop.buyer_conditions': (ctx) => firstCue(ctx, [/受让方资格|意向受让方|承租方资格|竞买人资格|资格条件|报名条件|承租人条件/]),
  'prop.terms': (ctx) => firstCue(ctx, [/转让底价|挂牌价|底价|起始价|起拍价|交易条件|租金/]),
  'prop.management': (ctx) => firstCue(ctx, [/管理层/]) ?? plainLease(ctx),
  'prop.bidding': (ctx) => firstCue(ctx, [/竞价方式|网络竞价|评判标准|价高者得|拍卖方式|竞租方式|报价方式/]),
};

export const PROPERTY_RESULT_CHECKS: Record<string, Check> = {
  'propr.price': (ctx) => labelWithValue(ctx, /成交价|交易价格|成交金额/, amountIn, 120),
  'propr.buyer': (ctx) => labelWithValue(ctx, /受让方|受让人|承租方|竞得人/, ORG_OR_PERSON, 80),
};

export const HOUSING_CHECKS: Record<string, Check> = {
  'house.policy': (ctx) => firstCue(ctx, [/根据.{0,30}(办法|规定|通知|意见|细则)|分配政策|申请条件/]),
  'house.beneficiaries': (ctx) => firstCue(ctx, [/申请人姓名|分配对象|名单|姓名/]),
  'house.units': (ctx) => firstCue(ctx, [/房源|户型|套数|面积|房号|小区/]),
  'house.procedure': (ctx) => firstCue(ctx, [/分配程序|配租程序|程序|流程/]),
  'house.process': (ctx) => firstCue(ctx, [/摇号|评分|排序|轮候/]),
  'house.result': (ctx) => firstCue(ctx, [/分配结果|配租结果|摇号结果|审核结果|结果公示/]),
  'house.objection': (ctx) => labelWithValue(ctx, /异议|投诉|举报|监督电话/, (w) => phoneIn(w) ?? matching(/书面|提出|反映|来信|来访/)(w), 160),
  'house.period': (ctx) => labelWithValue(ctx, /公示期|公示时间/, dateOrDurationIn, 80),
};
