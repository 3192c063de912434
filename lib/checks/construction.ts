/** How each construction item (rules.md: construction.tender / candidates / result) is found. */
import type { PartyOutcome } from '../types';
import { type CheckContext, type Finding, firstCue, labelWithValue, matching } from './context';
import { readAward } from './facts';
import { fieldOf, isBlank, type Party, partiesOf } from './parties';
import { accessPeriodIn, amountIn, certificateIn, dateIn, dateOrDurationIn, durationIn, periodIn, personIn, phoneIn } from './values';

export type Check = (ctx: CheckContext) => Finding | undefined;

const LEAD = /项目负责人|项目经理|项目总监|总监理工程师|总监|设计负责人|勘察负责人|施工负责人|项目总负责人|技术负责人|拟派.{0,4}负责人|建造师/;

function partyLabel(p: Party): string {
  return p.rank ? `第${p.rank}名 ${p.name}` : p.name;
}

/**
 * Judge a candidate item per party from the candidate table's column (or row) whose header matches.
 * Present when the first-ranked candidate has it; the per-party list names any candidate that lacks it.
 */
function perPartyColumn(ctx: CheckContext, header: RegExp): Finding | undefined {
  const list = partiesOf(ctx);
  if (list?.source !== 'table') return undefined;
  const rows = list.parties.map((p) => ({ p, f: fieldOf(p, header) }));
  if (rows.every((r) => !r.f)) return undefined;
  const perParty: PartyOutcome[] = rows.map(({ p, f }) => ({
    party: partyLabel(p),
    outcome: f && !isBlank(f.value) ? 'present' : 'missing',
    ...(f && !isBlank(f.value) ? { evidence: `${f.label}: ${f.value}` } : {}),
  }));
  const first = rows.find((r) => r.f && !isBlank(r.f.value));
  if (!first?.f) return undefined; // the column exists but is empty: let text cues decide
  if (/^(详见|见|参见|参阅)/.test(first.f.value)) {
    return {
      outcome: 'uncertain',
      evidence: { text: `${first.f.label}: ${first.f.value}`, path: list.table?.path },
      reason: '表中此项见其他文件，未能读取 / the table defers this item to another document',
    };
  }
  const label = first.f.label;
  return {
    evidence: { text: `${label}: ${first.f.value} (${partyLabel(first.p)})`, path: list.table?.path },
    perParty,
  };
}

/** Per-party sub-findings from text: the value must appear between a candidate's name and the next one's. */
function perPartyText(ctx: CheckContext, value: (w: string) => { index: number; length: number } | undefined): PartyOutcome[] | undefined {
  const list = partiesOf(ctx);
  if (list?.source !== 'text' || list.parties.length < 2) return undefined;
  const parties = list.parties;
  return parties.map((p, i) => {
    const start = (p.index ?? 0) + p.name.length;
    const end = parties[i + 1]?.index ?? Math.min(ctx.flat.length, start + 300);
    const seg = ctx.flat.slice(start, Math.max(start, end));
    const v = value(seg);
    return { party: partyLabel(p), outcome: v ? 'present' : 'missing', ...(v ? { evidence: seg.substr(v.index, v.length) } : {}) };
  });
}

function withPerParty(found: Finding | undefined, perParty: PartyOutcome[] | undefined): Finding | undefined {
  if (!found || !perParty || perParty.every((p) => p.outcome === 'missing')) return found;
  return { ...found, perParty };
}

const PRICE_HEADER = /投标报价|报价|投标价|投标总价|投标金额|中标价|下浮(比例|率|系数)?|费率|优惠率|折扣率|让利/;
const DURATION = /工期|交货期|服务期|服务期限|设计周期|勘察周期|监理期|履约期限|计划工期|完成时间|日历天/;
const QUALITY = /质量/;
const EVAL = /得分|评分|评标情况|评审情况|评审结果|评标结果|否决|评审得分|综合得分|符合性审查|技术标|经济标|评标价/;
/** The evaluation's substance: scores, rejections, compliance review (a bare "评标情况" heading is not). */
const EVAL_RESULT = /得分|评分|否决|废标情况|评审得分|综合得分|符合性审查|技术标|经济标|评标价/;

/** A sentence that names the item (e.g. 下载招标文件) and states its core some way (e.g. 自发布之日起至…止). */
function sentenceWith(ctx: CheckContext, subject: RegExp, core: RegExp): Finding | undefined {
  for (const hit of ctx.findAll(subject, 20)) {
    const start = Math.max(0, ctx.flat.lastIndexOf('。', hit.index) + 1, hit.index - 120);
    const end = Math.min(ctx.flat.length, hit.end + 120);
    const m = core.exec(ctx.flat.slice(start, end));
    if (m) return { evidence: ctx.evidence({ index: start + m.index, end: hit.end, text: m[0] }, hit.end - start - m.index) };
  }
  return undefined;
}

/** The label's own clause: up to the first full stop or semicolon. */
function clauseOf(w: string): string {
  return w.split(/[。；;]/)[0] ?? w;
}

/** The lead's certificate from a certificate column: the cell must hold a certificate's name or number. */
function certificateColumn(ctx: CheckContext): Finding | undefined {
  const found = perPartyColumn(ctx, /证书|注册(证|号|编号)|执业|证号/);
  if (!found || found.outcome === 'uncertain') return found;
  return found.evidence && certificateIn(found.evidence.text) ? found : undefined;
}

/** A channel or a manner for raising an objection (rules.md "core" of candidates.objection, tender.objection_contact). */
function objectionChannel(w: string): { index: number; length: number } | undefined {
  // The manner must be in the objection's own sentence; a phone or contact may follow in the next one.
  const sentence = w.split('。')[0] ?? w;
  return matching(/书面|实名|真实姓名|提出|提交|平台|系统|在线|网上|邮箱|地址|联系人|递交|受理|反映/)(sentence) ?? phoneIn(w.slice(0, 120));
}

/** An objection being raised, not "确定无异议后" (no objection) in a procedure. */
const OBJECTION = /(?<!无)(异议|投诉|质疑|疑义)/;

/** The tender documents did not ask for the item ("无业绩要求"): nothing to disclose. */
function notRequiredByTender(ctx: CheckContext, re: RegExp): Finding | undefined {
  const hit = ctx.find(re);
  return hit ? { outcome: 'not_applicable', evidence: ctx.evidence(hit), reason: '招标文件未作要求 / not required by the tender documents' } : undefined;
}

/** construction.candidates: 中标候选人公示. */
export const CANDIDATE_CHECKS: Record<string, Check> = {
  'candidates.ranking': (ctx) => {
    const unranked = ctx.find(/排名不分先后|排序不分先后|不分先后|不排序/);
    if (unranked) {
      return { outcome: 'not_applicable', evidence: ctx.evidence(unranked), reason: '候选人不排序（评定分离） / candidates are not ranked' };
    }
    const list = partiesOf(ctx);
    const namedOnce =
      ctx.findAll(/(中标人|中标候选人(名称)?)[:：]?\s*[\u4e00-\u9fa5（）()]{2,40}?(公司|院|所|中心|集团)/).length === 1;
    const single = list ? list.parties.length === 1 : namedOnce && !ctx.find(/第[二2](名|中标候选人|候选人)/);
    if (single && !ctx.find(/第[二2三3]|排序|排名/)) {
      return { outcome: 'not_applicable', reason: '只有一名候选人，无需排序 / a single candidate, nothing to rank' };
    }
    const ranked = list?.parties.find((p) => p.rank);
    if (ranked?.rankAt !== undefined && ranked.index !== undefined) {
      const span = ranked.index + ranked.name.length - ranked.rankAt;
      return { evidence: ctx.evidence({ index: ranked.rankAt, end: ranked.rankAt + span, text: '' }, span) };
    }
    if (ranked) {
      const hit = ctx.find(new RegExp(ranked.name.replace(/[()（）]/g, '.')));
      return { evidence: hit ? ctx.lineEvidence(hit.index) : { text: partyLabel(ranked), path: list?.table?.path } };
    }
    return firstCue(ctx, [/第[一二三1-3](名|中标候选人|候选人|中标排序)/, /(中标候选人|候选人)(排序|排名|名次)/, /排名第[一二三1-3]/, /排序|排名|名次/]);
  },
  'candidates.name': (ctx) => {
    const list = partiesOf(ctx);
    const first = list?.parties[0];
    if (first) {
      const hit = ctx.find(new RegExp(first.name.replace(/[()（）]/g, '.')));
      return {
        evidence: hit ? ctx.evidence(hit, first.name.length) : { text: first.name },
        perParty: list.parties.map((p) => ({ party: partyLabel(p), outcome: 'present' as const, evidence: p.name })),
      };
    }
    return labelWithValue(ctx, /(中标候选人|候选人|中标人|投标人|牵头人|投标单位|单位名称)(名称)?/, matching(/^[\s:：为是]{0,3}[\u4e00-\u9fa5（）()]{2,40}?(公司|院|所|中心|集团)/), 60);
  },
  'candidates.bid_price': (ctx) =>
    perPartyColumn(ctx, PRICE_HEADER) ??
    withPerParty(labelWithValue(ctx, PRICE_HEADER, amountIn, 300), perPartyText(ctx, amountIn)),
  // A field ("质量：合格", a 质量 cell), not a mention ("保证工程质量"): the value names a standard.
  'candidates.quality': (ctx) =>
    perPartyColumn(ctx, QUALITY) ??
    labelWithValue(ctx, /质量(标准|目标|等级|要求|承诺)?(?=[\s:：])/, (w) => matching(/合格|优良|优质|达到|符合|满足|标准|验收|一次性/)(clauseOf(w)), 200),
  'candidates.duration': (ctx) =>
    perPartyColumn(ctx, DURATION) ??
    labelWithValue(
      ctx,
      DURATION,
      // In the label's clause; a table read as text puts the figure rows below, so a bare length further on counts
      // too, but never one from the publicity or objection text.
      (w) =>
        dateOrDurationIn(clauseOf(w)) ??
        matching(/达到|符合|满足|按招标文件/)(clauseOf(w)) ??
        durationIn((w.split(/公示|异议|投诉/)[0] ?? '').replace(/[^\n]*$/, '')) ??
        // A header that carries the unit ("工期（日历天）") leaves bare figures in the rows.
        (/^[\s(（]*(日历天|天|日|个月|月)[)）]/.test(w) ? matching(/(?<![\d.年月\-/])\d{1,4}(?![\d.年月日\-/:%])/)(w.slice(0, 160)) : undefined),
      200,
    ),
  'candidates.evaluation': (ctx) =>
    perPartyColumn(ctx, EVAL) ??
    firstCue(ctx, [EVAL_RESULT]) ??
    labelWithValue(
      ctx,
      /评标情况|评审情况|评审结果|评标结果/,
      // Scores, rejections or reviews; or the evaluated bidders listed right after the label.
      (w) => matching(/得分|分数|否决|废标|评分|符合性审查|资格审查|无效投标|评审意见/)(w) ?? matching(/^[\s:：]{1,2}[\u4e00-\u9fa5（）()]{2,40}?(公司|院)/)(w),
      150,
    ),
  'candidates.project_lead': (ctx) =>
    perPartyColumn(ctx, LEAD) ?? labelWithValue(ctx, new RegExp(`(${LEAD.source})(姓名)?`), personIn, 250),
  'candidates.lead_certificate': (ctx) =>
    certificateColumn(ctx) ??
    labelWithValue(ctx, new RegExp(`${LEAD.source}|证书|注册`), certificateIn, 160),
  'candidates.lead_performance': (ctx) =>
    notRequiredByTender(ctx, /无(个人)?业绩要求|不要求.{0,6}业绩|业绩[:：]?不作要求/) ??
    perPartyColumn(ctx, /(负责人|项目经理|总监|个人).{0,6}业绩/) ??
    firstCue(ctx, [new RegExp(`(${LEAD.source})[^。\\n]{0,12}业绩`), /个人业绩|负责人业绩/]),
  'candidates.qualification': (ctx) =>
    firstCue(ctx, [
      /资格能力条件/,
      /资质(等级|证书|条件)?[:：]/,
      /(企业|单位)?资质(要求|情况)/,
      /资格条件|资格审查|响应招标文件要求/,
      /投标人业绩|企业业绩|类似(工程)?业绩/,
      /(施工总承包|专业承包|工程设计|工程监理|工程勘察)[^。\n]{0,8}[壹贰叁一二三特甲乙丙]级/,
      /职业资格证书|执业资格/,
    ]),
  'candidates.objection': (ctx) =>
    labelWithValue(ctx, OBJECTION, objectionChannel, 200),
  'candidates.period': (ctx) =>
    labelWithValue(ctx, /公示期|公示时间|公示日期|公示期限|公示期为|公示自|公示截止|公示(开始|结束|起止)(时间|日期)/, periodIn, 80),
};

/** construction.tender: 招标公告 / 资格预审公告. */
export const TENDER_CHECKS: Record<string, Check> = {
  'tender.conditions': (ctx) =>
    firstCue(ctx, [
      /招标条件/,
      /已(由|经|经过)?.{0,60}(批准|核准|备案|立项|同意)/,
      /(?<!未)经.{0,20}(批准|核准)|(?<!未)经.{0,20}同意(建设|实施|立项)/,
      /(批准|核准|备案|立项)(文件|文号|机关|凭证)/,
      /项目业主为|招标人为/,
      /审批(部门|机关)|(批准|核准|审批|备案)(文号|号)|立项批复/,
    ]),
  'tender.scope': (ctx) =>
    firstCue(ctx, [/项目概况与招标范围|项目概况|工程概况|招标范围|建设规模|建设内容|发包范围|工程规模|建设地点/]),
  'tender.funding': (ctx) =>
    firstCue(ctx, [/资金来(源|自)|建设资金|出资比例|资金已落实|财政资金|自筹资金|资金自筹|财政拨款|资金性质|集体资金/]),
  'tender.bidder_requirements': (ctx) =>
    firstCue(ctx, [
      /投标人资格要求|申请人资格要求|投标人资格条件|资格要求|投标人须具备|投标人应具备|资质要求|投标人条件/,
      /(具有|具备|持有).{0,40}资质/,
    ]),
  'tender.joint_bid': (ctx) => firstCue(ctx, [/联合体/]),
  'tender.document_access': (ctx) =>
    labelWithValue(
      ctx,
      /(招标文件|资格预审文件|招标资料|采购文件)(的)?(获取|发售|下载|领取|发放)|(获取|下载|领取|购买)(招标|资格预审)文件|(文件|报名)(获取|下载|发售)时间/,
      accessPeriodIn,
      200,
    ) ?? sentenceWith(ctx, /(下载|获取|领取|购买)(招标|资格预审)文件/, /(发布之日|公告之日)起.{0,40}(至|到).{0,40}(截止|止|前)/),
  'tender.submission': (ctx) =>
    labelWithValue(
      ctx,
      /抽签(时间|地点)|(投标文件|申请文件|响应文件)(的)?(递交|提交|上传)?截止|(投标文件|申请文件|响应文件)(的)?(递交|提交|上传)|递交(投标|申请)文件|(投标|递交|提交)截止(时间|日期)|开标时间/,
      dateIn,
      200,
    ),
  'tender.contacts': (ctx) =>
    labelWithValue(ctx, /招标人|招标代理|代理机构|建设单位|招标单位|发包人|业主单位/, phoneIn, 300) ??
    (ctx.find(/招标人|代理机构|建设单位|招标单位|业主/) ? labelWithValue(ctx, /联系人|联系电话|联系方式/, phoneIn, 80) : undefined),
  'tender.eplatform': (ctx) =>
    firstCue(ctx, [/电子(招标投标)?交易(平台|系统)|电子招投标|电子投标|网上(下载|递交|投标|报名)|CA(锁|证书)|数字证书|不见面开标|远程开标|交易平台/i]) ?? {
      outcome: 'not_applicable',
      fromAbsence: true,
      reason: '未见电子招标投标 / no sign of e-bidding',
    },
  // rules.md core: a channel (phone, address, email, platform, contact person) or a manner of objecting.
  'tender.objection_contact': (ctx) => labelWithValue(ctx, /(?<!无)异议/, objectionChannel, 200),
};

/** construction.result: 中标结果公示 (winner and price read once, shared with the cross-check). */
export const RESULT_CHECKS: Record<string, Check> = {
  'result.winner': (ctx) => {
    const award = readAward(ctx);
    return award ? { evidence: ctx.evidence(award.nameHit, award.nameHit.end - award.nameHit.index) } : undefined;
  },
  'result.price': (ctx) => {
    const price = readAward(ctx)?.price;
    return price ? { evidence: ctx.evidence(price.hit, price.span) } : labelWithValue(ctx, /中标(价|金额)|成交(价|金额)/, amountIn, 60);
  },
  'result.project_lead': (ctx) => labelWithValue(ctx, new RegExp(`(${LEAD.source})(姓名)?`), personIn, 120),
};
