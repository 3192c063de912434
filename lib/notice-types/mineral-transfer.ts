/** mineral.transfer: 矿业权出让公告 (矿业权规则 ◐). */
import { OBJECTION } from '../cues/objection';
import { MINERAL } from './topics';
import { defineNoticeType } from './types';

export const MINERAL_TRANSFER = defineNoticeType({
  key: 'mineral.transfer',
  labelZh: '矿业权出让公告',
  labelEn: 'Mining right transfer',
  field: '矿业权出让',
  // The topic's default type: a mining-right title that names no result.
  recognise: { topic: MINERAL, rank: 2 },
  items: [
    { key: 'min.parties', labelZh: '出让人和交易机构信息', labelEn: 'Transferor and trading institution', source: '矿业权规则', confidence: '◐', find: { label: /出让人|交易机构|出让机关/, value: 'phone', window: 300 } },
    {
      key: 'min.right',
      labelZh: '矿业权基本情况',
      labelEn: 'Mining right: name, location, area, mineral, coordinates, term',
      source: '矿业权规则',
      confidence: '◐',
      find: { cues: [/矿区范围|拐点坐标|开采矿种|勘查矿种|矿业权名称|出让年限/] },
    },
    { key: 'min.conditions', labelZh: '竞买申请条件', labelEn: 'Bidder conditions', source: '矿业权规则', confidence: '◐', find: { cues: [/竞买(人|申请)(条件|资格)|申请人条件/] } },
    { key: 'min.document_access', labelZh: '出让文件获取', labelEn: 'Obtaining documents', source: '矿业权规则', confidence: '◐', find: { cues: [/(出让|竞买)文件.{0,8}(获取|索取|下载)|获取.{0,6}文件/] } },
    { key: 'min.procedure', labelZh: '出让方式、时间和地点', labelEn: 'Method, time and place', source: '矿业权规则', confidence: '◐', find: { cues: [/出让方式|挂牌(时间|期限)|拍卖(时间|地点)/] } },
    { key: 'min.price_rule', labelZh: '起始价、竞价方式和确定竞得人标准', labelEn: 'Starting price, bidding, award rule', source: '矿业权规则', confidence: '◐', find: { cues: [/起始价|竞价方式|确定竞得人/] } },
    { key: 'min.risk', labelZh: '风险提示', labelEn: 'Risk notice', source: '矿业权规则', confidence: '◐', find: { cues: [/风险提示|风险/] } },
    // 「无异议」 is no channel for objecting.
    { key: 'min.objection', labelZh: '异议处理方式', labelEn: 'Objection handling', source: '矿业权规则', confidence: '◐', find: { cues: [OBJECTION] } },
  ],
  deadlines: [],
});
