/** The one entry point of the engine: (html or text, url, time) → Report. Pure: no browser API. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { CHECKS, MENTIONS } from './checks';
import { CheckContext, deferredMention, type Finding } from './checks/context';
import { noticeFacts } from './checks/facts';
import { discriminatoryClauses } from './checks/flags';
import { classify } from './classify';
import { checkDeadlines } from './deadlines/checks';
import { normalizeNoticeText } from './evidence/hash';
import { findProjectCodes } from './extract/project-code';
import type { NoticeDoc } from './page/doc';
import { readNotice } from './page/read';
import { type RuleMeta, rulesForType } from './rules/catalog';
import type { AnalyzeInput, ItemResult, Report } from './types';
import { ENGINE_VERSION } from './version';

export { ENGINE_VERSION } from './version';

/** Phrases by which a body hands its content to an attachment. */
const DEFERS_TO_ATTACHMENT = /详见附件|见附件|详见公告附件|附件下载|附件[:：]|详见(招标|采购|磋商)?文件附件|请下载附件/;
/** A body this short that defers to an attachment has not given its content on the page. */
const SHORT_BODY_CHARS = 600;
/** The body hands its main content (the list, the result, the whole notice) to an attachment. */
const MAIN_CONTENT_DEFERRED = /(候选人|公示内容|公告内容|公告全文|具体内容|详细内容|中标结果|成交结果|评标结果)[^。\n]{0,8}(详见|见)[^。\n]{0,4}附件/;

/** The notice refers its details to another document ("详细资料请参阅挂牌出让文件", "其他要求详见招标文件"). */
const DETAILS_DEFERRED = /(详细资料|详细内容|详细情况|竞价标的)[^。\n]{0,10}(详见|请参阅|参阅|参见)[^。\n]{0,20}(文件|附件|清单)/;

/** An attached file named like the notice itself ("中标候选人公示.pdf"): the full notice may be there, unread. */
const NOTICE_FILE = /[^\s/\\|:：，。]{0,40}(附件|公示|公式|候选人|结果|中标|成交)[^\s/\\|:：，。]{0,20}\.(pdf|docx?|xlsx?|wps|et|ofd)\b/i;
const NOT_THE_NOTICE = /招标文件|投标文件|采购文件|磋商文件|须知|清单|图纸|合同|控制价|澄清|答疑/;

/** Attachments that by their nature hold particular items: 投标人须知前附表 holds the access period and deadlines. */
const ATTACHMENT_HOLDS: { name: RegExp; keys: string[] }[] = [
  {
    name: /前附表|投标人须知|供应商须知/,
    keys: ['tender.document_access', 'tender.submission', 'gp.document_access', 'gp.deadline_opening'],
  },
];

/** An unread attachment that by its name holds this item, if any. */
function attachmentHolding(doc: NoticeDoc, ctx: CheckContext, key: string): string | undefined {
  for (const rule of ATTACHMENT_HOLDS) {
    if (!rule.keys.includes(key)) continue;
    const link = doc.attachments.find((a) => rule.name.test(a.text));
    if (link) return link.text;
    const mention = ctx.find(new RegExp(`[^\\s|:：，。]{0,30}(${rule.name.source})[^\\s|:：，。]{0,20}\\.(pdf|docx?|xlsx?|wps)`));
    if (mention) return mention.text;
  }
  return undefined;
}

function noticeAttachment(doc: NoticeDoc, ctx: CheckContext): { text: string; href?: string } | undefined {
  for (const a of doc.attachments) {
    const name = `${a.text} ${a.href}`;
    if (NOTICE_FILE.test(name) && !NOT_THE_NOTICE.test(a.text)) return { text: a.text, href: a.href };
  }
  const mention = ctx.find(NOTICE_FILE);
  return mention && !NOT_THE_NOTICE.test(mention.text) ? { text: mention.text } : undefined;
}

/** Why items not found cannot be called missing, or undefined when the body was read fully. */
function unreadableReason(doc: NoticeDoc, ctx: CheckContext): { reason: string; href?: string } | undefined {
  if (!doc.bodyFound) return { reason: doc.bodyIssue ?? '未找到公告正文 / notice body not found' };
  if (doc.bodyIssue) return { reason: doc.bodyIssue };
  const defers = ctx.find(DEFERS_TO_ATTACHMENT);
  if (defers && (ctx.flat.length < SHORT_BODY_CHARS || ctx.find(MAIN_CONTENT_DEFERRED))) {
    const link = doc.attachments[0];
    return {
      reason: `正文内容见附件，未能读取 / content is in an attachment that was not read${link ? `: ${link.text}` : ''}`,
      ...(link ? { href: link.href } : {}),
    };
  }
  const general = ctx.find(DETAILS_DEFERRED);
  if (general) {
    return { reason: `公告称详细内容见其他文件：「${ctx.evidence(general, 40).text}」 / the notice refers details to another document` };
  }
  const file = noticeAttachment(doc, ctx);
  if (file) {
    return {
      reason: `正文未见此项，公告附件「${file.text}」未读取 / not in the page text; the notice's attachment was not read`,
      ...(file.href ? { href: file.href } : {}),
    };
  }
  return undefined;
}

/** What backs a "missing": how much of the body was read, from its first words to its last. */
function bodyReadEvidence(ctx: CheckContext): { text: string; path: string } {
  const lines = ctx.doc.lines;
  const clip = (t: string | undefined, n: number) => ((t ?? '').length > n ? `${(t ?? '').slice(0, n)}…` : (t ?? ''));
  return {
    text: `已读正文 ${ctx.flat.length} 字，${lines.length} 行：「${clip(lines[0]?.text, 24)}」至「${clip(lines[lines.length - 1]?.text, 24)}」 / read the whole body`,
    path: 'body',
  };
}

function judge(rule: RuleMeta, ctx: CheckContext, unreadable: ReturnType<typeof unreadableReason>): ItemResult {
  let found: Finding | undefined;
  try {
    found = CHECKS[rule.key]?.(ctx);
  } catch {
    found = undefined; // a failing check must never turn into an accusation
    return { key: rule.key, outcome: 'uncertain', reason: '检查出错 / check failed' };
  }
  if (found && (found.outcome ?? 'present') !== 'missing' && !(found.fromAbsence && unreadable)) {
    return {
      key: rule.key,
      outcome: found.outcome ?? 'present',
      ...(found.evidence ? { evidence: found.evidence } : {}),
      ...(found.reason ? { reason: found.reason } : {}),
      ...(found.perParty ? { perParty: found.perParty } : {}),
    };
  }
  const mention = MENTIONS[rule.key];
  const deferred = mention ? deferredMention(ctx, mention) : undefined;
  if (deferred) return { key: rule.key, outcome: 'uncertain', evidence: deferred.evidence, reason: deferred.reason };
  const holder = attachmentHolding(ctx.doc, ctx, rule.key);
  if (holder) {
    return { key: rule.key, outcome: 'uncertain', reason: `正文未见此项，应在附件「${holder}」中，未读取 / not on the page; it belongs in the unread attachment` };
  }
  if (unreadable) {
    return {
      key: rule.key,
      outcome: 'uncertain',
      reason: unreadable.reason,
      ...(unreadable.href ? { evidence: { text: unreadable.reason, href: unreadable.href } } : {}),
    };
  }
  return {
    key: rule.key,
    outcome: 'missing',
    reason: found?.reason ?? '正文已读，未见此项 / body read, item not found',
    evidence: bodyReadEvidence(ctx),
  };
}

/** When nearly every item is "missing", the page was more likely misread than empty: do not accuse on it. */
const IMPLAUSIBLE_MISSING_SHARE = 0.8;

function guardImplausibleMissing(items: ItemResult[]): ItemResult[] {
  const missing = items.filter((i) => i.outcome === 'missing').length;
  if (items.length < 3 || missing / items.length < IMPLAUSIBLE_MISSING_SHARE) return items;
  const reason = '几乎所有事项都未找到，页面可能未被正确读取 / almost no item was found; the page may not have been read correctly';
  return items.map((i) => (i.outcome === 'missing' ? { key: i.key, outcome: 'uncertain', reason } : i));
}

/** Mark missing items whose rule was not in force when the notice was published (rules.md "Facts first"). */
function markNotRequiredThen(item: ItemResult, rule: RuleMeta, publishedAt: string | undefined): ItemResult {
  if (item.outcome !== 'missing' || !rule.since) return item;
  if (!publishedAt) {
    const note = `发布日期不详，无法判断发布时是否已要求（${rule.since}起） / publication date unknown: required only from ${rule.since}`;
    return { ...item, reason: `${item.reason ?? ''}；${note}` };
  }
  return publishedAt.slice(0, 10) < rule.since ? { ...item, notRequiredThen: true } : item;
}

function hashText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(normalizeNoticeText(text))));
}

function emptyReport(input: AnalyzeInput, reason: string): Report {
  return {
    url: input.url,
    capturedAt: input.capturedAt,
    noticeType: 'none',
    items: [],
    deadlines: [],
    flags: [],
    dates: [],
    bodyFound: false,
    bodyIssue: reason,
    textHash: hashText(''),
    engineVersion: ENGINE_VERSION,
  };
}

function analyzeDoc(input: AnalyzeInput, doc: NoticeDoc): Report {
  const noticeType = classify(doc);
  const ctx = new CheckContext(doc);
  const base = {
    url: input.url,
    capturedAt: input.capturedAt,
    noticeType,
    ...(doc.title ? { title: doc.title } : {}),
    bodyFound: doc.bodyFound,
    ...(doc.bodyIssue ? { bodyIssue: doc.bodyIssue } : {}),
    textHash: hashText(doc.text),
    engineVersion: ENGINE_VERSION,
  };
  if (noticeType === 'none') return { ...base, items: [], deadlines: [], flags: [], dates: [] };

  const { dates, deadlines, publishedAt } = checkDeadlines(doc, noticeType, input.capturedAt);
  const unreadable = unreadableReason(doc, ctx);
  const rules = rulesForType(noticeType);
  const judged = guardImplausibleMissing(rules.map((rule) => judge(rule, ctx, unreadable)));
  const items = judged.map((item, i) => markNotRequiredThen(item, rules[i] as RuleMeta, publishedAt));
  const projectCode = findProjectCodes(doc.text)[0]?.code;
  const flags = noticeType === 'construction.tender' ? discriminatoryClauses(ctx) : [];
  const facts = noticeFacts(ctx, noticeType);
  return {
    ...base,
    ...(projectCode ? { projectCode } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    items,
    deadlines,
    flags,
    dates,
    ...(facts ? { facts } : {}),
  };
}

/** The report and the notice text it was computed from (the text evidence and silent-edit checks keep). */
export interface Analysis {
  report: Report;
  noticeText: string;
}

/** Analyze once and keep the text read: callers that store the text must not parse the page a second time. */
export function analyzeWithText(input: AnalyzeInput): Analysis {
  try {
    const doc = readNotice(input);
    return { report: analyzeDoc(input, doc), noticeText: doc.text };
  } catch (err) {
    return { report: emptyReport(input, `分析出错 / analysis failed: ${err instanceof Error ? err.message : String(err)}`), noticeText: '' };
  }
}

/** Analyze one page or notice text. Never throws: an internal error gives a report with every item uncertain. */
export function analyze(input: AnalyzeInput): Report {
  return analyzeWithText(input).report;
}
