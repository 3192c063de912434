/** construction.tender: 招标公告 / 资格预审公告 (97号; 令10 Art.5). */
import { BIDDER_INSTRUCTIONS_FILE } from '../cues/deferral';
import { FUNDING_SOURCE } from '../cues/funding';
import { JOINT_BID } from '../cues/joint-bid';
import { OBJECTION } from '../cues/objection';
import { discriminatoryClauses } from '../checks/flags';
import { FAGAI_1117, LING10 } from './sources';
import { defineNoticeType } from './types';

/** An organisation that tenders (its phone is the contact). */
const TENDERER = /招标人|招标代理|代理机构|建设单位|招标单位|发包人|业主单位/;

export const CONSTRUCTION_TENDER = defineNoticeType({
  key: 'construction.tender',
  labelZh: '招标公告（工程建设）',
  labelEn: 'Tender notice (construction)',
  field: '工程建设项目招标投标',
  recognise: { kinds: ['tender'], field: 'works' },
  items: [
    {
      key: 'tender.conditions',
      labelZh: '招标条件',
      labelEn: 'Tender conditions (approval, tenderer, funds)',
      source: '97号',
      confidence: '✔',
      find: {
        cues: [
          /招标条件/,
          /已(由|经|经过)?.{0,60}(批准|核准|备案|立项|同意)/,
          /(?<!未)经.{0,20}(批准|核准)|(?<!未)经.{0,20}同意(建设|实施|立项)/,
          /(批准|核准|备案|立项)(文件|文号|机关|凭证)/,
          /项目业主为|招标人为/,
          /审批(部门|机关)|(批准|核准|审批|备案)(文号|号)|立项批复/,
        ],
      },
    },
    {
      key: 'tender.scope',
      labelZh: '项目概况与招标范围',
      labelEn: 'Project overview and scope',
      source: '97号; 令10 Art.5(一)',
      confidence: '✔',
      find: { cues: [/项目概况与招标范围|项目概况|工程概况|招标范围|建设规模|建设内容|发包范围|工程规模|建设地点/] },
    },
    {
      key: 'tender.funding',
      labelZh: '资金来源',
      labelEn: 'Source of funds',
      source: '令10 Art.5(一)',
      confidence: '◐',
      since: LING10,
      find: { cues: [FUNDING_SOURCE] },
    },
    {
      key: 'tender.bidder_requirements',
      labelZh: '投标人资格要求',
      labelEn: 'Bidder qualification requirements',
      source: '97号; 令10 Art.5(二)',
      confidence: '✔',
      find: {
        cues: [
          /投标人资格要求|申请人资格要求|投标人资格条件|资格要求|投标人须具备|投标人应具备|资质要求|投标人条件/,
          /(具有|具备|持有).{0,40}资质/,
        ],
      },
    },
    {
      key: 'tender.joint_bid',
      labelZh: '是否接受联合体投标',
      labelEn: 'Whether joint bids are accepted',
      source: '令10 Art.5(二)',
      confidence: '◐',
      since: LING10,
      find: { cues: [JOINT_BID] },
    },
    {
      key: 'tender.document_access',
      labelZh: '招标文件获取的时间和方式',
      labelEn: 'When and how to obtain the tender documents',
      source: '97号; 令10 Art.5(三)',
      confidence: '✔',
      inAttachment: BIDDER_INSTRUCTIONS_FILE,
      find: {
        firstOf: [
          {
            label:
              /(招标文件|资格预审文件|招标资料|采购文件)(的)?(获取|发售|下载|领取|发放)|(获取|下载|领取|购买)(招标|资格预审)文件|(文件|报名)(获取|下载|发售)时间/,
            value: 'accessPeriod',
            window: 200,
          },
          { sentence: /(下载|获取|领取|购买)(招标|资格预审)文件/, core: /(发布之日|公告之日)起.{0,40}(至|到).{0,40}(截止|止|前)/ },
        ],
      },
    },
    {
      key: 'tender.submission',
      labelZh: '投标文件递交的截止时间和方式',
      labelEn: 'Bid submission deadline and manner',
      source: '97号; 令10 Art.5(四)',
      confidence: '✔',
      inAttachment: BIDDER_INSTRUCTIONS_FILE,
      find: {
        label:
          /抽签(时间|地点)|(投标文件|申请文件|响应文件)(的)?(递交|提交|上传)?截止|(投标文件|申请文件|响应文件)(的)?(递交|提交|上传)|递交(投标|申请)文件|(投标|递交|提交)截止(时间|日期)|开标时间/,
        value: 'date',
        window: 200,
      },
    },
    {
      key: 'tender.contacts',
      labelZh: '招标人及代理机构的名称、地址和联系方式',
      labelEn: 'Tenderer and agency: name, address, contact',
      source: '令10 Art.5(五)',
      confidence: '◐',
      since: LING10,
      find: {
        firstOf: [
          { label: TENDERER, value: 'phone', window: 300 },
          { onlyIf: /招标人|代理机构|建设单位|招标单位|业主/, find: { label: /联系人|联系电话|联系方式/, value: 'phone', window: 80 } },
        ],
      },
    },
    {
      key: 'tender.eplatform',
      labelZh: '电子招标投标交易平台网址和方法',
      labelEn: 'E-bidding platform address and method',
      source: '令10 Art.5(六); 电子招标投标办法 Art.17',
      confidence: '✔',
      since: LING10,
      find: {
        firstOf: [
          { cues: [/电子(招标投标)?交易(平台|系统)|电子招投标|电子投标|网上(下载|递交|投标|报名)|CA(锁|证书)|数字证书|不见面开标|远程开标|交易平台/i] },
          { otherwise: { outcome: 'not_applicable', fromAbsence: true, reason: '未见电子招标投标 / no sign of e-bidding' } },
        ],
      },
    },
    {
      // rules.md core: a channel (phone, address, email, platform, contact person) or a manner of objecting.
      key: 'tender.objection_contact',
      labelZh: '受理异议的联系人和联系方式',
      labelEn: 'Contact for objections',
      source: '1117号(六)',
      confidence: '✔',
      since: FAGAI_1117,
      find: { label: OBJECTION, value: 'objectionChannel', window: 200 },
    },
  ],
  deadlines: ['document_access', 'bid_window'],
  flags: discriminatoryClauses,
});
