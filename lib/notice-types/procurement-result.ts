/** procurement.result: 中标(成交)结果公告 (87号令 Art.69). */
import { ORG_ANYWHERE } from '../checks/org';
import { namesListIn } from '../checks/procurement-finders';
import { FRAMEWORK_CALL_OFF, NOTICE_PERIOD, PROJECT_NAME, PURCHASER_CONTACTS, projectCodeFinder } from './procurement-shared';
import { FORMAT_2020 } from './sources';
import { defineNoticeType } from './types';

export const PROCUREMENT_RESULT = defineNoticeType({
  key: 'procurement.result',
  labelZh: '中标（成交）结果公告',
  labelEn: 'Procurement result',
  field: '政府采购',
  // A procurement "candidates" publicity names the expected winner: it is read as the result.
  recognise: { kinds: ['result', 'candidates'], field: 'procurement' },
  items: [
    { key: 'gpr.project_code', labelZh: '项目编号', labelEn: 'Project code', source: '87号令 Art.69', confidence: '✔', find: projectCodeFinder(/(项目|采购|招标)编号|项目代码/) },
    { key: 'gpr.project_name', labelZh: '项目名称', labelEn: 'Project name', source: '87号令 Art.69', confidence: '✔', find: PROJECT_NAME },
    {
      key: 'gpr.winner',
      labelZh: '中标（成交）供应商名称、地址和中标金额',
      labelEn: 'Winning supplier, address and amount',
      source: '87号令 Art.69',
      confidence: '✔',
      // The 中标/成交 prefix keeps 采购人 and 代理机构 out; a results table may head the column 供应商名称.
      find: {
        allOf: [
          { label: /(中标|成交|预中标)[(（]?[^)）\n]{0,4}[)）]?(供应商|人|单位|候选人)(名称)?|供应商名称/, value: ORG_ANYWHERE, window: 200 },
          { label: /(中标|成交)([(（]成交[)）])?(金额|价|价格)|投标报价|报价|总价/, value: 'amount', window: 300 },
        ],
      },
    },
    {
      key: 'gpr.main_items',
      labelZh: '主要标的信息',
      labelEn: 'Main items (name, model, quantity, unit price)',
      source: '87号令 Art.69',
      confidence: '✔',
      mention: /主要标的|标的/,
      find: { cues: [/主要标的|标的信息|标的名称|货物名称|服务名称|规格型号|品目|工程名称|服务范围|采购(项目)?内容(与|及)?数量/] },
    },
    {
      // The list is the core: "经询价小组评审" names a panel, not its members.
      key: 'gpr.experts',
      labelZh: '评审专家名单',
      labelEn: 'Evaluation experts',
      source: '87号令 Art.69; 政采条例 Art.43',
      confidence: '✔',
      mention: /评审专家|专家名单/,
      find: {
        firstOf: [
          { label: /评审专家|评标委员会|专家名单|评审小组|评委|评审委员会|磋商小组|谈判小组|询价小组/, value: namesListIn, window: 120 },
          { notApplicableIf: FRAMEWORK_CALL_OFF, reason: '协议供货不组织评审 / a framework call-off has no evaluation panel' },
        ],
      },
    },
    {
      key: 'gpr.agency_fee',
      labelZh: '代理服务收费标准及金额',
      labelEn: 'Agency fee standard and amount',
      source: '格式规范2020',
      confidence: '◐',
      since: FORMAT_2020,
      find: {
        firstOf: [
          { cues: [/代理(服务)?费|服务费|收费标准/] },
          { notApplicableIf: FRAMEWORK_CALL_OFF, reason: '协议供货由采购人直接采购 / a framework call-off uses no agency' },
        ],
      },
    },
    { key: 'gpr.notice_period', labelZh: '公告期限', labelEn: 'Notice period', source: '87号令 Art.69', confidence: '✔', find: NOTICE_PERIOD },
    {
      key: 'gpr.contacts',
      labelZh: '采购人、代理机构的名称、地址和联系方式',
      labelEn: 'Purchaser and agency contacts',
      source: '87号令 Art.69',
      confidence: '✔',
      find: PURCHASER_CONTACTS,
    },
  ],
  deadlines: ['gp_result_period'],
});
