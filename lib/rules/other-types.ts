import { defineRules } from './types';

/** land.transfer: 国有建设用地使用权出让公告 (39号令 ◐). */
export const LAND_TRANSFER = defineRules('land.transfer', [
  ['land.transferor', '出让人名称和地址', 'Transferor name and address', '39号令', '◐'],
  ['land.parcel', '宗地基本情况', 'Parcel: area, boundaries, use, term, planning', '39号令', '◐'],
  ['land.bidder_requirements', '竞买人资格要求及申请办法', 'Bidder requirements and application', '39号令', '◐'],
  ['land.document_access', '出让文件索取时间、地点和方式', 'Obtaining transfer documents', '39号令', '◐'],
  ['land.procedure', '出让时间、地点、挂牌期限和竞价方式', 'Time, place, listing period, bidding method', '39号令', '◐'],
  ['land.award_rule', '确定竞得人的标准和方法', 'How the winner is determined', '39号令', '◐'],
  ['land.deposit', '竞买保证金', 'Deposit', '39号令', '◐'],
  ['land.start_price', '起始价和增价规则', 'Starting price and increments', '39号令', '◐'],
]);

/** land.result: 出让结果公示. */
export const LAND_RESULT = defineRules('land.result', [
  ['landr.parcel', '宗地编号、位置、面积和用途', 'Parcel code, location, area, use', '39号令', '◐'],
  ['landr.winner', '竞得人', 'Winning bidder', '39号令', '◐'],
  ['landr.price', '成交价', 'Transaction price', '39号令', '◐'],
]);

/** mineral.transfer / mineral.result (矿业权规则 ◐). */
export const MINERAL_TRANSFER = defineRules('mineral.transfer', [
  ['min.parties', '出让人和交易机构信息', 'Transferor and trading institution', '矿业权规则', '◐'],
  ['min.right', '矿业权基本情况', 'Mining right: name, location, area, mineral, coordinates, term', '矿业权规则', '◐'],
  ['min.conditions', '竞买申请条件', 'Bidder conditions', '矿业权规则', '◐'],
  ['min.document_access', '出让文件获取', 'Obtaining documents', '矿业权规则', '◐'],
  ['min.procedure', '出让方式、时间和地点', 'Method, time and place', '矿业权规则', '◐'],
  ['min.price_rule', '起始价、竞价方式和确定竞得人标准', 'Starting price, bidding, award rule', '矿业权规则', '◐'],
  ['min.risk', '风险提示', 'Risk notice', '矿业权规则', '◐'],
  ['min.objection', '异议处理方式', 'Objection handling', '矿业权规则', '◐'],
]);
export const MINERAL_RESULT = defineRules('mineral.result', [
  ['minr.winner', '竞得人', 'Winning bidder', '矿业权规则', '◐'],
  ['minr.price', '成交价', 'Transaction price', '矿业权规则', '◐'],
]);

/** property.disclosure / property.result (32号令 ◐/✖; trade secrets excepted by 97号). */
export const PROPERTY_DISCLOSURE = defineRules('property.disclosure', [
  ['prop.target', '标的基本情况', 'Subject of the transaction', '32号令', '◐'],
  ['prop.shareholders', '股东结构', 'Shareholding structure', '32号令', '◐'],
  ['prop.approval', '决策及批准情况', 'Decision and approval', '32号令', '◐'],
  ['prop.financials', '审计及财务指标', 'Audit and financial figures', '32号令', '✖'],
  ['prop.buyer_conditions', '受让方资格条件', 'Buyer qualifications', '32号令', '◐'],
  ['prop.terms', '交易条件和转让底价', 'Terms and reserve price', '32号令', '◐'],
  ['prop.management', '管理层是否参与受让', 'Whether management takes part', '32号令', '◐'],
  ['prop.bidding', '竞价方式和评判标准', 'Bidding method and criteria', '32号令', '◐'],
]);
export const PROPERTY_RESULT = defineRules('property.result', [
  ['propr.price', '交易价格', 'Transaction price', '32号令', '◐'],
  ['propr.buyer', '受让方', 'Buyer', '32号令', '◐'],
]);

/** housing.allocation (11号令 ◐; 97号 ✔ lists policy, beneficiaries, units, procedure, process, result). */
export const HOUSING_ALLOCATION = defineRules('housing.allocation', [
  ['house.policy', '分配政策', 'Allocation policy', '97号', '✔'],
  ['house.beneficiaries', '分配对象名单', 'Beneficiary list', '97号', '✔'],
  ['house.units', '分配房源', 'Housing units', '97号', '✔'],
  ['house.procedure', '分配程序', 'Allocation procedure', '97号', '✔'],
  ['house.process', '分配过程', 'Allocation process (lottery, scoring)', '97号', '✔'],
  ['house.result', '分配结果', 'Allocation result', '97号', '✔'],
  ['house.objection', '异议渠道', 'Objection channel', '11号令', '◐'],
  ['house.period', '公示期', 'Publicity period', '11号令', '◐'],
]);
