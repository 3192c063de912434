/** procurement.tender: 公开招标公告 (87号令 Art.13; 格式规范2020). */
import { BIDDER_INSTRUCTIONS_FILE } from '../cues/deferral';
import { JOINT_BID } from '../cues/joint-bid';
import { personWithPhoneIn } from '../checks/procurement-finders';
import { NOTICE_PERIOD, PROJECT_NAME, PURCHASER_CONTACTS, projectCodeFinder } from './procurement-shared';
import { FORMAT_2020 } from './sources';
import { defineNoticeType } from './types';

export const PROCUREMENT_TENDER = defineNoticeType({
  key: 'procurement.tender',
  labelZh: '政府采购公告',
  labelEn: 'Procurement notice',
  field: '政府采购',
  recognise: { kinds: ['tender'], field: 'procurement' },
  items: [
    {
      key: 'gp.project_code',
      labelZh: '项目编号',
      labelEn: 'Project code',
      source: '格式规范2020',
      confidence: '◐',
      since: FORMAT_2020,
      find: projectCodeFinder(/(项目|采购|招标|采购计划|包)编号|项目代码/),
    },
    { key: 'gp.project_name', labelZh: '项目名称', labelEn: 'Project name', source: '87号令 Art.13', confidence: '✔', find: PROJECT_NAME },
    {
      key: 'gp.budget',
      labelZh: '预算金额',
      labelEn: 'Budget',
      source: '87号令 Art.13',
      confidence: '✔',
      find: { label: /预算(金额)?|采购预算|项目预算/, value: 'amount', window: 200 },
    },
    {
      key: 'gp.price_cap',
      labelZh: '最高限价（如设定）',
      labelEn: 'Price cap (if set)',
      source: '87号令 Art.13',
      confidence: '✔',
      find: {
        firstOf: [
          { label: /最高限价|控制价|拦标价|最高投标限价/, value: ['amount', /同预算|无|不设|未设/], window: 200 },
          { otherwise: { outcome: 'not_applicable', fromAbsence: true, reason: '未设最高限价 / no price cap stated' } },
        ],
      },
    },
    {
      key: 'gp.requirements',
      labelZh: '采购需求',
      labelEn: 'Procurement requirements',
      source: '87号令 Art.13',
      confidence: '✔',
      mention: /采购需求|技术要求/,
      find: {
        cues: [/采购需求|采购内容|采购标的|招标内容|服务内容|技术要求|需求概况|采购清单|标的名称|货物名称|简要规格描述|项目基本概况/],
      },
    },
    {
      key: 'gp.contract_period',
      labelZh: '合同履行期限',
      labelEn: 'Contract performance period',
      source: '格式规范2020',
      confidence: '◐',
      since: FORMAT_2020,
      // A period or a term ("合同签订之日起…", "至…结束"), in the label's own clause.
      find: {
        label: /合同履行期限|履约期限|服务期限|交货期|服务期|供货期|合同期限|工期|交付(使用)?时间|交货时间|交付期/,
        value: ['dateOrDuration', /合同签订|签订合同|之日起|至.{0,20}(结束|完成|止)/],
        inClause: true,
        window: 120,
      },
    },
    {
      key: 'gp.joint_bid',
      labelZh: '是否接受联合体投标',
      labelEn: 'Whether joint bids are accepted',
      source: '格式规范2020; 87号令 Art.19',
      confidence: '✔',
      find: { cues: [JOINT_BID] },
    },
    {
      key: 'gp.qualification',
      labelZh: '投标人的资格要求',
      labelEn: 'Bidder qualifications',
      source: '87号令 Art.13',
      confidence: '✔',
      find: { cues: [/资格要求|资格条件|供应商资格|投标人资格|申请人资格|特定资格/] },
    },
    {
      key: 'gp.document_access',
      labelZh: '获取招标文件的时间、地点、方式和售价',
      labelEn: 'Obtaining documents: period, place, manner, price',
      source: '87号令 Art.13',
      confidence: '✔',
      inAttachment: BIDDER_INSTRUCTIONS_FILE,
      find: {
        label: /获取(招标|磋商|谈判|询价|采购)?(文件|通知书)|(招标|磋商|谈判|询价|采购)(文件|通知书)(的)?(获取|发售|提供|下载)|提供期限/,
        value: 'accessPeriod',
        window: 200,
      },
    },
    {
      key: 'gp.deadline_opening',
      labelZh: '投标截止时间、开标时间和地点',
      labelEn: 'Bid deadline, opening time and place',
      source: '87号令 Art.13',
      confidence: '✔',
      inAttachment: BIDDER_INSTRUCTIONS_FILE,
      find: { label: /(投标|响应|报价|递交|提交)(文件)?(的)?截止(时间|日期)|开标时间|提交投标文件|(响应文件)?开启(时间)?/, value: 'date', window: 200 },
    },
    { key: 'gp.notice_period', labelZh: '公告期限', labelEn: 'Notice period', source: '87号令 Art.13', confidence: '✔', find: NOTICE_PERIOD },
    {
      key: 'gp.contacts',
      labelZh: '采购人、采购代理机构的名称、地址和联系方式',
      labelEn: 'Purchaser and agency: name, address, contact',
      source: '87号令 Art.13',
      confidence: '✔',
      find: PURCHASER_CONTACTS,
    },
    {
      key: 'gp.project_contact',
      labelZh: '项目联系人姓名和电话',
      labelEn: 'Project contact name and phone',
      source: '87号令 Art.13',
      confidence: '✔',
      find: { label: /项目联系人|联系人/, value: personWithPhoneIn, window: 120 },
    },
  ],
  deadlines: ['gp_notice_period', 'gp_document_period', 'gp_bid_window'],
});
