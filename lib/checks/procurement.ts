/** How each government-procurement item (rules.md: procurement.*) is found. */
import type { Check } from './construction';
import { findProjectCodes } from '../extract/project-code';
import { type CheckContext, type Finding, firstCue, labelWithValue, matching } from './context';
import { ORG_ANYWHERE, ORG_LEADING } from './org';
import { accessPeriodIn, amountIn, dateIn, dateOrDurationIn, personIn, phoneIn } from './values';

/** A project code as lib/extract/project-code reads it (labelled 项目编号, 采购计划编号, 招标编号…). */
function projectCode(ctx: CheckContext): Finding | undefined {
  const code = findProjectCodes(ctx.flat)[0];
  if (!code) return undefined;
  const hit = ctx.find(new RegExp(code.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return { evidence: hit ? ctx.evidence({ ...hit }, code.code.length) : { text: code.text } };
}
const CODE = matching(/[A-Za-z0-9][A-Za-z0-9\-_[\]【】〔〕()（）号/.]{3,}/);
/** "对“X项目”进行公开招标": the project named in the opening sentence. */
const NAMED_IN_OPENING = /对[“"「]?[^，。]{4,60}?(项目|采购)[”"」]?(进行|实施)(公开招标|竞争性|询价|单一来源|协议采购|采购)/;
/** Framework-agreement call-offs (协议供货) form no panel and often use no agency. */
const FRAMEWORK_CALL_OFF = /协议供货|协议采购|框架协议|定点采购|电子卖场|网上商城/;
const ORG = matching(ORG_LEADING);

/** Three or more people named in a row ("张三（组长）、李四、王五", or table cells); a deferred list is left to labelWithValue. */
function namesListIn(w: string): { index: number; length: number } | undefined {
  const clause = w.split(/[。]/)[0] ?? w;
  // Each name stands alone between separators (not a piece of a longer phrase such as "现将结果公告如下").
  const name = '(?<![\\u4e00-\\u9fa5])[\\u4e00-\\u9fa5]{2,4}(?:[（(][^)）]{1,10}[)）])?(?![\\u4e00-\\u9fa5])';
  const list = new RegExp(`${name}[\\s、，,;；]+${name}[\\s、，,;；]+${name}`);
  const m = list.exec(clause.replace(/^[^:：\n]{0,12}[:：]/, (p) => ' '.repeat(p.length)));
  return m ? { index: m.index, length: m[0].length } : undefined;
}

/** not_applicable when the notice is of a kind the item does not arise in. */
function notApplicableIf(ctx: CheckContext, re: RegExp, reason: string): Finding | undefined {
  const hit = ctx.find(re);
  return hit ? { outcome: 'not_applicable', evidence: ctx.evidence(hit, 30), reason } : undefined;
}

/** procurement.tender: 公开招标公告 (87号令 Art.13; 格式规范2020). */
export const GP_TENDER_CHECKS: Record<string, Check> = {
  'gp.project_code': (ctx) => projectCode(ctx) ?? labelWithValue(ctx, /(项目|采购|招标|采购计划|包)编号|项目代码/, CODE, 40),
  'gp.project_name': (ctx) =>
    labelWithValue(ctx, /项目名称|采购项目名称/, matching(/[\u4e00-\u9fa5A-Za-z0-9]{2,}/), 40) ?? firstCue(ctx, [NAMED_IN_OPENING]),
  'gp.budget': (ctx) => labelWithValue(ctx, /预算(金额)?|采购预算|项目预算/, amountIn, 200),
  'gp.price_cap': (ctx) =>
    labelWithValue(ctx, /最高限价|控制价|拦标价|最高投标限价/, (w) => amountIn(w) ?? matching(/同预算|无|不设|未设/)(w), 200) ?? {
      outcome: 'not_applicable',
      fromAbsence: true,
      reason: '未设最高限价 / no price cap stated',
    },
  'gp.requirements': (ctx) =>
    firstCue(ctx, [/采购需求|采购内容|采购标的|招标内容|服务内容|技术要求|需求概况|采购清单|标的名称|货物名称|简要规格描述|项目基本概况/]),
  'gp.contract_period': (ctx) =>
    labelWithValue(
      ctx,
      /合同履行期限|履约期限|服务期限|交货期|服务期|供货期|合同期限|工期|交付(使用)?时间|交货时间|交付期/,
      // A period or a term ("合同签订之日起…", "至…结束"), in the label's own clause.
      (w) => {
        const clause = w.split(/[。；;]/)[0] ?? w;
        return dateOrDurationIn(clause) ?? matching(/合同签订|签订合同|之日起|至.{0,20}(结束|完成|止)/)(clause);
      },
      120,
    ),
  'gp.joint_bid': (ctx) => firstCue(ctx, [/联合体/]),
  'gp.qualification': (ctx) => firstCue(ctx, [/资格要求|资格条件|供应商资格|投标人资格|申请人资格|特定资格/]),
  'gp.document_access': (ctx) =>
    labelWithValue(
      ctx,
      /获取(招标|磋商|谈判|询价|采购)?(文件|通知书)|(招标|磋商|谈判|询价|采购)(文件|通知书)(的)?(获取|发售|提供|下载)|提供期限/,
      accessPeriodIn,
      200,
    ),
  'gp.deadline_opening': (ctx) =>
    labelWithValue(ctx, /(投标|响应|报价|递交|提交)(文件)?(的)?截止(时间|日期)|开标时间|提交投标文件|(响应文件)?开启(时间)?/, dateIn, 200),
  'gp.notice_period': (ctx) => labelWithValue(ctx, /公告期限|公告期|公示期/, dateOrDurationIn, 80),
  'gp.contacts': (ctx) => labelWithValue(ctx, /采购人|采购单位|采购代理机构|代理机构/, phoneIn, 300),
  'gp.project_contact': (ctx) => labelWithValue(ctx, /项目联系人|联系人/, (w) => (personIn(w) && phoneIn(w) ? personIn(w) : undefined), 120),
};

/** procurement.result: 中标(成交)结果公告 (87号令 Art.69). */
export const GP_RESULT_CHECKS: Record<string, Check> = {
  'gpr.project_code': (ctx) => projectCode(ctx) ?? labelWithValue(ctx, /(项目|采购|招标)编号|项目代码/, CODE, 40),
  'gpr.project_name': (ctx) =>
    labelWithValue(ctx, /项目名称|采购项目名称/, matching(/[\u4e00-\u9fa5A-Za-z0-9]{2,}/), 40) ?? firstCue(ctx, [NAMED_IN_OPENING]),
  'gpr.winner': (ctx) =>
    // The 中标/成交 prefix keeps 采购人 and 代理机构 out; a results table may head the column 供应商名称.
    labelWithValue(ctx, /(中标|成交|预中标)[(（]?[^)）\n]{0,4}[)）]?(供应商|人|单位|候选人)(名称)?|供应商名称/, matching(ORG_ANYWHERE), 200) &&
    labelWithValue(ctx, /(中标|成交)([(（]成交[)）])?(金额|价|价格)|投标报价|报价|总价/, amountIn, 300),
  'gpr.main_items': (ctx) =>
    firstCue(ctx, [/主要标的|标的信息|标的名称|货物名称|服务名称|规格型号|品目|工程名称|服务范围|采购(项目)?内容(与|及)?数量/]),
  // The list is the core: "经询价小组评审" names a panel, not its members.
  'gpr.experts': (ctx) =>
    labelWithValue(ctx, /评审专家|评标委员会|专家名单|评审小组|评委|评审委员会|磋商小组|谈判小组|询价小组/, namesListIn, 120) ??
    notApplicableIf(ctx, FRAMEWORK_CALL_OFF, '协议供货不组织评审 / a framework call-off has no evaluation panel'),
  'gpr.agency_fee': (ctx) =>
    firstCue(ctx, [/代理(服务)?费|服务费|收费标准/]) ??
    notApplicableIf(ctx, FRAMEWORK_CALL_OFF, '协议供货由采购人直接采购 / a framework call-off uses no agency'),
  'gpr.notice_period': (ctx) => labelWithValue(ctx, /公告期限|公告期|公示期/, dateOrDurationIn, 80),
  'gpr.contacts': (ctx) => labelWithValue(ctx, /采购人|采购单位|采购代理机构|代理机构/, phoneIn, 300),
};

/** procurement.contract: 合同公告. */
export const GP_CONTRACT_CHECKS: Record<string, Check> = {
  'gpc.contract_code': (ctx) => labelWithValue(ctx, /合同编号/, CODE, 40),
  'gpc.project_code': (ctx) => labelWithValue(ctx, /(项目|采购|招标)编号/, CODE, 40),
  'gpc.parties': (ctx) => labelWithValue(ctx, /(采购人|甲方|供应商|乙方)(名称)?/, ORG, 80),
  'gpc.main_info': (ctx) => labelWithValue(ctx, /合同金额|合同总金额|合同价/, amountIn, 80),
  'gpc.sign_date': (ctx) => labelWithValue(ctx, /签订(日期|时间)|签署(日期|时间)|签约日期/, dateIn, 60),
  'gpc.publish_date': (ctx) => labelWithValue(ctx, /公告(日期|时间)|发布(日期|时间)/, dateIn, 60),
};

/** procurement.correction: 更正公告. */
export const GP_CORRECTION_CHECKS: Record<string, Check> = {
  'gpx.original': (ctx) => firstCue(ctx, [/原公告|首次公告日期|原项目编号|项目编号|采购项目编号/]),
  'gpx.items': (ctx) => firstCue(ctx, [/更正事项|更正信息|变更事项|澄清事项/]),
  // The 格式规范2020 template has no 更正原因 field: a reason stated inside 更正内容 ("…上传错误") counts.
  'gpx.reason': (ctx) =>
    firstCue(ctx, [/更正原因|变更原因|更正理由/]) ??
    labelWithValue(ctx, /更正内容/, (w) => matching(/错误|有误|笔误|遗漏|由于|因为|原因|需要调整|调整为/)(w.split(/\d+[、.．]\s*更正日期|更正日期/)[0] ?? w), 120),
  'gpx.content': (ctx) => firstCue(ctx, [/更正内容|变更内容|更正为|变更为|澄清内容|修改为/]),
  'gpx.date': (ctx) => labelWithValue(ctx, /更正日期|变更日期|公告日期|发布日期/, dateIn, 60),
};
