/** The one entry point of the engine: (html or text, url, time) → Report. Pure: no browser API. */
import { CheckContext, deferredMention, type Finding } from './checks/context';
import { runFinder } from './checks/find';
import { attachmentHolding, bodyReadEvidence, type Unreadable, unreadableReason } from './checks/readability';
import { classify } from './classify';
import { checkDeadlines } from './deadlines/checks';
import { normalizeNoticeText, sha256HexSync } from './evidence/hash';
import { findProjectCodes } from './extract/project-code';
import type { NoticeDoc } from './page/doc';
import { readNotice } from './page/read';
import { itemSpec, type RuleMeta, rulesForType, specFor } from './notice-types';
import type { AnalyzeInput, ItemResult, Report } from './types';
import { ENGINE_VERSION } from './version';

export { ENGINE_VERSION } from './version';

function judge(rule: RuleMeta, ctx: CheckContext, unreadable: Unreadable | undefined): ItemResult {
  const spec = itemSpec(rule.key);
  let found: Finding | undefined;
  try {
    found = spec ? runFinder(spec.find, ctx) : undefined;
  } catch {
    // A failing check must never turn into an accusation.
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
  const deferred = spec?.mention ? deferredMention(ctx, spec.mention) : undefined;
  if (deferred) return { key: rule.key, outcome: 'uncertain', evidence: deferred.evidence, reason: deferred.reason };
  const holder = attachmentHolding(ctx.doc, ctx, spec?.inAttachment);
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
  return sha256HexSync(normalizeNoticeText(text));
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
  const spec = specFor(noticeType);
  const flags = spec?.flags?.(ctx) ?? [];
  const facts = spec?.facts?.(ctx);
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
