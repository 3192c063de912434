import { defineRules } from './types';

// Dates rules took effect (rules.md "Facts first"): 97号 from 2017-12-19; 令10 from 2018-01-01; 1117号 from 2022-08-01.
const LING10 = '2018-01-01';
const FAGAI_1117 = '2022-08-01';

/** construction.tender: 招标公告 / 资格预审公告 (97号; 令10 Art.5). */
export const CONSTRUCTION_TENDER = defineRules('construction.tender', [
  ['tender.conditions', '招标条件', 'Tender conditions (approval, tenderer, funds)', '97号', '✔'],
  ['tender.scope', '项目概况与招标范围', 'Project overview and scope', '97号; 令10 Art.5(一)', '✔'],
  ['tender.funding', '资金来源', 'Source of funds', '令10 Art.5(一)', '◐', LING10],
  ['tender.bidder_requirements', '投标人资格要求', 'Bidder qualification requirements', '97号; 令10 Art.5(二)', '✔'],
  ['tender.joint_bid', '是否接受联合体投标', 'Whether joint bids are accepted', '令10 Art.5(二)', '◐', LING10],
  ['tender.document_access', '招标文件获取的时间和方式', 'When and how to obtain the tender documents', '97号; 令10 Art.5(三)', '✔'],
  ['tender.submission', '投标文件递交的截止时间和方式', 'Bid submission deadline and manner', '97号; 令10 Art.5(四)', '✔'],
  ['tender.contacts', '招标人及代理机构的名称、地址和联系方式', 'Tenderer and agency: name, address, contact', '令10 Art.5(五)', '◐', LING10],
  ['tender.eplatform', '电子招标投标交易平台网址和方法', 'E-bidding platform address and method', '令10 Art.5(六); 电子招标投标办法 Art.17', '✔', LING10],
  ['tender.objection_contact', '受理异议的联系人和联系方式', 'Contact for objections', '1117号(六)', '✔', FAGAI_1117],
]);

/** construction.candidates: 中标候选人公示 (97号; 令10 Art.6; 条例 Art.54). Judged per candidate. */
export const CONSTRUCTION_CANDIDATES = defineRules(
  'construction.candidates',
  [
    ['candidates.ranking', '中标候选人排序', 'Ranking of candidates', '97号; 令10 Art.6(一)', '✔'],
    ['candidates.name', '中标候选人名称', 'Candidate names', '97号; 令10 Art.6(一)', '✔'],
    ['candidates.bid_price', '投标报价', 'Bid prices', '97号; 令10 Art.6(一)', '✔'],
    ['candidates.quality', '质量', 'Quality', '令10 Art.6(一)', '◐', LING10],
    ['candidates.duration', '工期（交货期）', 'Duration (delivery period)', '97号; 令10 Art.6(一)', '✔'],
    ['candidates.evaluation', '评标情况', 'Evaluation (scores, results, rejections)', '97号; 令10 Art.6(一)', '✔'],
    ['candidates.project_lead', '项目负责人姓名', 'Project lead name', '97号; 令10 Art.6(二)', '✔'],
    ['candidates.lead_certificate', '项目负责人证书名称和编号', 'Project lead certificate name and number', '97号; 令10 Art.6(二)', '✔'],
    ['candidates.lead_performance', '项目负责人个人业绩', 'Project lead track record', '97号', '✔'],
    ['candidates.qualification', '响应招标文件要求的资格能力条件', 'Qualifications answering the tender documents', '97号; 令10 Art.6(三)', '✔'],
    ['candidates.objection', '提出异议的渠道和方式', 'Channel and manner for objections', '97号; 令10 Art.6(四)', '✔'],
    ['candidates.period', '公示期', 'Publicity period', '条例 Art.54', '✔'],
  ],
  { perParty: true },
);

/** construction.result: 中标结果公示 (97号 中标结果; 令10 Art.6). */
export const CONSTRUCTION_RESULT = defineRules('construction.result', [
  ['result.winner', '中标人名称', 'Winning bidder', '97号 (中标结果); 令10 Art.6', '✔'],
  ['result.price', '中标价', 'Winning price', '97号 (中标结果)', '✔'],
  ['result.project_lead', '项目负责人', 'Project lead', 'common practice', '✖'],
]);
