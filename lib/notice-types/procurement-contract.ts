/** procurement.contract: 合同公告 (格式规范2020; 政采条例 Art.50). */
import { PUBLICATION_DATE_LABEL } from '../cues/publication-date';
import { ORG_LEADING } from '../checks/org';
import { CODE_VALUE } from '../checks/procurement-finders';
import { FORMAT_2020 } from './sources';
import { defineNoticeType } from './types';

export const PROCUREMENT_CONTRACT = defineNoticeType({
  key: 'procurement.contract',
  labelZh: '政府采购合同公告',
  labelEn: 'Procurement contract',
  field: '政府采购',
  // Only government procurement publishes contracts: a contract notice is this type in either field.
  recognise: { kinds: ['contract'], field: 'any' },
  items: [
    {
      key: 'gpc.contract_code',
      labelZh: '合同编号',
      labelEn: 'Contract number',
      source: '格式规范2020',
      confidence: '◐',
      since: FORMAT_2020,
      find: { label: /合同编号/, value: CODE_VALUE, window: 40 },
    },
    {
      key: 'gpc.project_code',
      labelZh: '项目编号',
      labelEn: 'Project code',
      source: '格式规范2020',
      confidence: '◐',
      since: FORMAT_2020,
      find: { label: /(项目|采购|招标)编号/, value: CODE_VALUE, window: 40 },
    },
    {
      key: 'gpc.parties',
      labelZh: '合同主体',
      labelEn: 'Contract parties',
      source: '格式规范2020',
      confidence: '◐',
      since: FORMAT_2020,
      find: { label: /(采购人|甲方|供应商|乙方)(名称)?/, value: ORG_LEADING, window: 80 },
    },
    {
      key: 'gpc.main_info',
      labelZh: '合同主要信息',
      labelEn: 'Main contract information',
      source: '格式规范2020',
      confidence: '◐',
      since: FORMAT_2020,
      find: { label: /合同金额|合同总金额|合同价/, value: 'amount', window: 80 },
    },
    {
      key: 'gpc.sign_date',
      labelZh: '合同签订日期',
      labelEn: 'Signing date',
      source: '政采条例 Art.50',
      confidence: '✔',
      find: { label: /签订(日期|时间)|签署(日期|时间)|签约日期/, value: 'date', window: 60 },
    },
    {
      key: 'gpc.publish_date',
      labelZh: '合同公告日期',
      labelEn: 'Publication date',
      source: '格式规范2020',
      confidence: '◐',
      since: FORMAT_2020,
      find: { label: PUBLICATION_DATE_LABEL, value: 'date', window: 60 },
    },
  ],
  deadlines: ['gp_contract_publish'],
});
