/** property.disclosure: 国有产权交易信息披露 (32号令 ◐/✖; trade secrets excepted by 97号). */
import { plainLease } from '../checks/lease';
import { PROPERTY } from './topics';
import { defineNoticeType } from './types';

export const PROPERTY_DISCLOSURE = defineNoticeType({
  key: 'property.disclosure',
  labelZh: '国有产权交易信息披露',
  labelEn: 'State property disclosure',
  field: '国有产权交易',
  recognise: { topic: PROPERTY, rank: 2 },
  items: [
    { key: 'prop.target', labelZh: '标的基本情况', labelEn: 'Subject of the transaction', source: '32号令', confidence: '◐', find: { cues: [/(竞价|转让|招租)?标的(基本)?(情况|名称)?|房屋坐落|资产名称|标的物/] } },
    { key: 'prop.shareholders', labelZh: '股东结构', labelEn: 'Shareholding structure', source: '32号令', confidence: '◐', find: { firstOf: [{ cues: [/股东(结构|名称|情况)|股权结构|持股比例/] }, plainLease] } },
    { key: 'prop.approval', labelZh: '决策及批准情况', labelEn: 'Decision and approval', source: '32号令', confidence: '◐', find: { cues: [/批准|批复|决策|审批|同意/] } },
    {
      key: 'prop.financials',
      labelZh: '审计及财务指标',
      labelEn: 'Audit and financial figures',
      source: '32号令',
      confidence: '✖',
      find: { firstOf: [{ cues: [/审计|财务指标|资产总额|营业收入|净利润|评估值|评估价/] }, plainLease] },
    },
    {
      key: 'prop.buyer_conditions',
      labelZh: '受让方资格条件',
      labelEn: 'Buyer qualifications',
      source: '32号令',
      confidence: '◐',
      find: { cues: [/受让方资格|意向受让方|承租方资格|竞买人资格|资格条件|报名条件|承租人条件/] },
    },
    { key: 'prop.terms', labelZh: '交易条件和转让底价', labelEn: 'Terms and reserve price', source: '32号令', confidence: '◐', find: { cues: [/转让底价|挂牌价|底价|起始价|起拍价|交易条件|租金/] } },
    { key: 'prop.management', labelZh: '管理层是否参与受让', labelEn: 'Whether management takes part', source: '32号令', confidence: '◐', find: { firstOf: [{ cues: [/管理层/] }, plainLease] } },
    {
      key: 'prop.bidding',
      labelZh: '竞价方式和评判标准',
      labelEn: 'Bidding method and criteria',
      source: '32号令',
      confidence: '◐',
      find: { cues: [/竞价方式|网络竞价|评判标准|价高者得|拍卖方式|竞租方式|报价方式/] },
    },
  ],
  deadlines: ['property_disclosure'],
});
