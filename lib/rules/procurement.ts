import { defineRules } from './types';

// 格式规范2020 (财办库〔2020〕50号) applies from 2020-07-01.
const FORMAT_2020 = '2020-07-01';

/** procurement.tender: 公开招标公告 (87号令 Art.13; 格式规范2020). */
export const PROCUREMENT_TENDER = defineRules('procurement.tender', [
  ['gp.project_code', '项目编号', 'Project code', '格式规范2020', '◐', FORMAT_2020],
  ['gp.project_name', '项目名称', 'Project name', '87号令 Art.13', '✔'],
  ['gp.budget', '预算金额', 'Budget', '87号令 Art.13', '✔'],
  ['gp.price_cap', '最高限价（如设定）', 'Price cap (if set)', '87号令 Art.13', '✔'],
  ['gp.requirements', '采购需求', 'Procurement requirements', '87号令 Art.13', '✔'],
  ['gp.contract_period', '合同履行期限', 'Contract performance period', '格式规范2020', '◐', FORMAT_2020],
  ['gp.joint_bid', '是否接受联合体投标', 'Whether joint bids are accepted', '格式规范2020; 87号令 Art.19', '✔'],
  ['gp.qualification', '投标人的资格要求', 'Bidder qualifications', '87号令 Art.13', '✔'],
  ['gp.document_access', '获取招标文件的时间、地点、方式和售价', 'Obtaining documents: period, place, manner, price', '87号令 Art.13', '✔'],
  ['gp.deadline_opening', '投标截止时间、开标时间和地点', 'Bid deadline, opening time and place', '87号令 Art.13', '✔'],
  ['gp.notice_period', '公告期限', 'Notice period', '87号令 Art.13', '✔'],
  ['gp.contacts', '采购人、采购代理机构的名称、地址和联系方式', 'Purchaser and agency: name, address, contact', '87号令 Art.13', '✔'],
  ['gp.project_contact', '项目联系人姓名和电话', 'Project contact name and phone', '87号令 Art.13', '✔'],
]);

/** procurement.result: 中标(成交)结果公告 (87号令 Art.69). */
export const PROCUREMENT_RESULT = defineRules('procurement.result', [
  ['gpr.project_code', '项目编号', 'Project code', '87号令 Art.69', '✔'],
  ['gpr.project_name', '项目名称', 'Project name', '87号令 Art.69', '✔'],
  ['gpr.winner', '中标（成交）供应商名称、地址和中标金额', 'Winning supplier, address and amount', '87号令 Art.69', '✔'],
  ['gpr.main_items', '主要标的信息', 'Main items (name, model, quantity, unit price)', '87号令 Art.69', '✔'],
  ['gpr.experts', '评审专家名单', 'Evaluation experts', '87号令 Art.69; 政采条例 Art.43', '✔'],
  ['gpr.agency_fee', '代理服务收费标准及金额', 'Agency fee standard and amount', '格式规范2020', '◐', FORMAT_2020],
  ['gpr.notice_period', '公告期限', 'Notice period', '87号令 Art.69', '✔'],
  ['gpr.contacts', '采购人、代理机构的名称、地址和联系方式', 'Purchaser and agency contacts', '87号令 Art.69', '✔'],
]);

/** procurement.contract: 合同公告 (格式规范2020; 政采条例 Art.50). */
export const PROCUREMENT_CONTRACT = defineRules('procurement.contract', [
  ['gpc.contract_code', '合同编号', 'Contract number', '格式规范2020', '◐', FORMAT_2020],
  ['gpc.project_code', '项目编号', 'Project code', '格式规范2020', '◐', FORMAT_2020],
  ['gpc.parties', '合同主体', 'Contract parties', '格式规范2020', '◐', FORMAT_2020],
  ['gpc.main_info', '合同主要信息', 'Main contract information', '格式规范2020', '◐', FORMAT_2020],
  ['gpc.sign_date', '合同签订日期', 'Signing date', '政采条例 Art.50', '✔'],
  ['gpc.publish_date', '合同公告日期', 'Publication date', '格式规范2020', '◐', FORMAT_2020],
]);

/** procurement.correction: 更正公告 (格式规范2020). */
export const PROCUREMENT_CORRECTION = defineRules('procurement.correction', [
  ['gpx.original', '原公告信息', 'Original notice (code, name, first date)', '格式规范2020', '◐', FORMAT_2020],
  ['gpx.items', '更正事项', 'Items corrected', '格式规范2020', '◐', FORMAT_2020],
  ['gpx.reason', '更正原因', 'Reason for correction', '格式规范2020', '◐', FORMAT_2020],
  ['gpx.content', '更正内容', 'Corrected content', '格式规范2020', '◐', FORMAT_2020],
  ['gpx.date', '更正日期', 'Date of correction', '格式规范2020', '◐', FORMAT_2020],
]);
