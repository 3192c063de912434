/** construction.candidates: 中标候选人公示 (97号; 令10 Art.6; 条例 Art.54). Judged per candidate. */
import { BID_AMOUNT_WORDS, BID_PRICE_HEADER } from '../cues/bid-price';
import { CERTIFICATE_WORD, LEAD_CERTIFICATE_LABEL } from '../cues/certificate';
import { CHALLENGE } from '../cues/objection';
import {
  LEAD,
  LEAD_NAME_LABEL,
  LEAD_PERFORMANCE,
  LEAD_PERFORMANCE_HEADER,
  NO_PERFORMANCE_REQUIRED,
} from '../cues/project-lead';
import { wordsRe } from '../cues/words';
import { candidateNames, candidateRanking, certificateColumn, durationValueIn } from '../checks/candidates';
import { candidateFacts } from '../checks/facts';
import { LING10 } from './sources';
import { defineNoticeType } from './types';

const DURATION = /工期|交货期|服务期|服务期限|设计周期|勘察周期|监理期|履约期限|计划工期|完成时间|日历天/;
const EVALUATION = /得分|评分|评标情况|评审情况|评审结果|评标结果|否决|评审得分|综合得分|符合性审查|技术标|经济标|评标价/;
/** The evaluation's substance: scores, rejections, compliance review (a bare "评标情况" heading is not). */
const EVALUATION_RESULT = /得分|评分|否决|废标情况|评审得分|综合得分|符合性审查|技术标|经济标|评标价/;

export const CONSTRUCTION_CANDIDATES = defineNoticeType({
  key: 'construction.candidates',
  labelZh: '中标候选人公示',
  labelEn: 'Bid-winning candidates',
  field: '工程建设项目招标投标',
  recognise: { kinds: ['candidates'], field: 'works' },
  items: [
    {
      key: 'candidates.ranking',
      labelZh: '中标候选人排序',
      labelEn: 'Ranking of candidates',
      source: '97号; 令10 Art.6(一)',
      confidence: '✔',
      perParty: true,
      find: candidateRanking,
    },
    {
      key: 'candidates.name',
      labelZh: '中标候选人名称',
      labelEn: 'Candidate names',
      source: '97号; 令10 Art.6(一)',
      confidence: '✔',
      perParty: true,
      find: candidateNames,
    },
    {
      key: 'candidates.bid_price',
      labelZh: '投标报价',
      labelEn: 'Bid prices',
      source: '97号; 令10 Art.6(一)',
      confidence: '✔',
      perParty: true,
      mention: wordsRe(BID_AMOUNT_WORDS),
      find: { firstOf: [{ column: BID_PRICE_HEADER }, { label: BID_PRICE_HEADER, value: 'amount', window: 300, perPartyText: true }] },
    },
    {
      // A field ("质量：合格", a 质量 cell), not a mention ("保证工程质量"): the value names a standard.
      key: 'candidates.quality',
      labelZh: '质量',
      labelEn: 'Quality',
      source: '令10 Art.6(一)',
      confidence: '◐',
      since: LING10,
      perParty: true,
      mention: /质量/,
      find: {
        firstOf: [
          { column: /质量/ },
          { label: /质量(标准|目标|等级|要求|承诺)?(?=[\s:：])/, value: /合格|优良|优质|达到|符合|满足|标准|验收|一次性/, inClause: true, window: 200 },
        ],
      },
    },
    {
      key: 'candidates.duration',
      labelZh: '工期（交货期）',
      labelEn: 'Duration (delivery period)',
      source: '97号; 令10 Art.6(一)',
      confidence: '✔',
      perParty: true,
      mention: /工期|交货期|服务期/,
      find: { firstOf: [{ column: DURATION }, { label: DURATION, value: durationValueIn, window: 200 }] },
    },
    {
      key: 'candidates.evaluation',
      labelZh: '评标情况',
      labelEn: 'Evaluation (scores, results, rejections)',
      source: '97号; 令10 Art.6(一)',
      confidence: '✔',
      perParty: true,
      mention: /评标情况|得分|评分/,
      find: {
        firstOf: [
          { column: EVALUATION },
          { cues: [EVALUATION_RESULT] },
          // Scores, rejections or reviews; or the evaluated bidders listed right after the label.
          {
            label: /评标情况|评审情况|评审结果|评标结果/,
            value: [/得分|分数|否决|废标|评分|符合性审查|资格审查|无效投标|评审意见/, /^[\s:：]{1,2}[\u4e00-\u9fa5（）()]{2,40}?(公司|院)/],
            window: 150,
          },
        ],
      },
    },
    {
      key: 'candidates.project_lead',
      labelZh: '项目负责人姓名',
      labelEn: 'Project lead name',
      source: '97号; 令10 Art.6(二)',
      confidence: '✔',
      perParty: true,
      mention: LEAD,
      find: { firstOf: [{ column: LEAD }, { label: LEAD_NAME_LABEL, value: 'person', window: 250 }] },
    },
    {
      key: 'candidates.lead_certificate',
      labelZh: '项目负责人证书名称和编号',
      labelEn: 'Project lead certificate name and number',
      source: '97号; 令10 Art.6(二)',
      confidence: '✔',
      perParty: true,
      mention: CERTIFICATE_WORD,
      find: { firstOf: [certificateColumn, { label: LEAD_CERTIFICATE_LABEL, value: 'certificate', window: 160 }] },
    },
    {
      key: 'candidates.lead_performance',
      labelZh: '项目负责人个人业绩',
      labelEn: 'Project lead track record',
      source: '97号',
      confidence: '✔',
      perParty: true,
      mention: /业绩/,
      find: {
        firstOf: [
          { notApplicableIf: NO_PERFORMANCE_REQUIRED, reason: '招标文件未作要求 / not required by the tender documents', span: 60 },
          { column: LEAD_PERFORMANCE_HEADER },
          { cues: LEAD_PERFORMANCE },
        ],
      },
    },
    {
      key: 'candidates.qualification',
      labelZh: '响应招标文件要求的资格能力条件',
      labelEn: 'Qualifications answering the tender documents',
      source: '97号; 令10 Art.6(三)',
      confidence: '✔',
      perParty: true,
      mention: /资格能力|资质/,
      find: {
        cues: [
          /资格能力条件/,
          /资质(等级|证书|条件)?[:：]/,
          /(企业|单位)?资质(要求|情况)/,
          /资格条件|资格审查|响应招标文件要求/,
          /投标人业绩|企业业绩|类似(工程)?业绩/,
          /(施工总承包|专业承包|工程设计|工程监理|工程勘察)[^。\n]{0,8}[壹贰叁一二三特甲乙丙]级/,
          /职业资格证书|执业资格/,
        ],
      },
    },
    {
      key: 'candidates.objection',
      labelZh: '提出异议的渠道和方式',
      labelEn: 'Channel and manner for objections',
      source: '97号; 令10 Art.6(四)',
      confidence: '✔',
      perParty: true,
      find: { label: CHALLENGE, value: 'objectionChannel', window: 200 },
    },
    {
      key: 'candidates.period',
      labelZh: '公示期',
      labelEn: 'Publicity period',
      source: '条例 Art.54',
      confidence: '✔',
      perParty: true,
      find: { label: /公示期|公示时间|公示日期|公示期限|公示期为|公示自|公示截止|公示(开始|结束|起止)(时间|日期)/, value: 'period', window: 80 },
    },
  ],
  deadlines: ['candidates_period', 'candidates_published'],
  facts: candidateFacts,
});
