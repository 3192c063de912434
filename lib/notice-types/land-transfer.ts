/** land.transfer: 国有建设用地使用权出让公告 (39号令 ◐). */
import { POINTER } from '../cues/deferral';
import { LAND } from './topics';
import { defineNoticeType } from './types';

export const LAND_TRANSFER = defineNoticeType({
  key: 'land.transfer',
  labelZh: '国有建设用地使用权出让公告',
  labelEn: 'Land-use right transfer',
  field: '国有土地使用权出让',
  recognise: { topic: LAND, kind: /出让|挂牌|拍卖|招标/, rank: 2 },
  items: [
    { key: 'land.transferor', labelZh: '出让人名称和地址', labelEn: 'Transferor name and address', source: '39号令', confidence: '◐', find: { cues: [/出让人|自然资源(和规划)?局|国土资源局|规划和自然资源局/] } },
    {
      key: 'land.parcel',
      labelZh: '宗地基本情况',
      labelEn: 'Parcel: area, boundaries, use, term, planning',
      source: '39号令',
      confidence: '◐',
      find: { cues: [/宗地(编号|面积|坐落|位置)|地块编号|出让面积|土地用途|出让年限|使用年限|容积率/] },
    },
    { key: 'land.bidder_requirements', labelZh: '竞买人资格要求及申请办法', labelEn: 'Bidder requirements and application', source: '39号令', confidence: '◐', find: { cues: [/竞买人|竞买申请|申请人.{0,6}资格|竞买资格/] } },
    { key: 'land.document_access', labelZh: '出让文件索取时间、地点和方式', labelEn: 'Obtaining transfer documents', source: '39号令', confidence: '◐', find: { cues: [/(出让|挂牌|拍卖)文件|索取|获取.{0,8}文件/] } },
    {
      key: 'land.procedure',
      labelZh: '出让时间、地点、挂牌期限和竞价方式',
      labelEn: 'Time, place, listing period, bidding method',
      source: '39号令',
      confidence: '◐',
      find: { cues: [/挂牌(报价)?(时间|期限|起止)|拍卖(时间|会)|竞价方式|挂牌地点|出让方式/] },
    },
    { key: 'land.award_rule', labelZh: '确定竞得人的标准和方法', labelEn: 'How the winner is determined', source: '39号令', confidence: '◐', find: { cues: [/确定竞得人|竞得人确定|价高者得|最高报价者|成交原则/] } },
    { key: 'land.deposit', labelZh: '竞买保证金', labelEn: 'Deposit', source: '39号令', confidence: '◐', find: { label: /保证金/, value: ['amount', POINTER], window: 80 } },
    { key: 'land.start_price', labelZh: '起始价和增价规则', labelEn: 'Starting price and increments', source: '39号令', confidence: '◐', find: { cues: [/起始价|起拍价|挂牌起价|增价幅度|加价幅度/] } },
  ],
  deadlines: ['land_notice', 'land_listing'],
});
