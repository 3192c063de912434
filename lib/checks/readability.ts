/** Whether an item not found may be called missing: was the body read whole, or does it hand content elsewhere? */
import { DEFERS_TO_ATTACHMENT, DETAILS_DEFERRED, EXPLICIT_ATTACHMENT_DEFERRAL, MAIN_CONTENT_DEFERRED } from '../cues/deferral';
import type { NoticeDoc } from '../page/doc';
import type { CheckContext } from './context';

/** Why items not found on the page cannot be called missing. */
export interface Unreadable {
  reason: string;
  href?: string;
}

/** A body this short that defers to an attachment has not given its content on the page. */
const SHORT_BODY_CHARS = 600;
/** An attached file named like the notice itself ("中标候选人公示.pdf"): the full notice may be there, unread. */
const NOTICE_FILE = /[^\s/\\|:：，。]{0,40}(附件|公示|公式|候选人|结果|中标|成交)[^\s/\\|:：，。]{0,20}\.(pdf|docx?|xlsx?|wps|et|ofd)\b/i;
const NOT_THE_NOTICE = /招标文件|投标文件|采购文件|磋商文件|须知|清单|图纸|合同|控制价|澄清|答疑/;

/** An unread attachment whose name says it holds the item (an item spec's `inAttachment`), if any. */
export function attachmentHolding(doc: NoticeDoc, ctx: CheckContext, name: RegExp | undefined): string | undefined {
  if (!name) return undefined;
  const link = doc.attachments.find((a) => name.test(a.text));
  if (link) return link.text;
  const mention = ctx.find(new RegExp(`[^\\s|:：，。]{0,30}(${name.source})[^\\s|:：，。]{0,20}\\.(pdf|docx?|xlsx?|wps)`));
  return mention?.text;
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
export function unreadableReason(doc: NoticeDoc, ctx: CheckContext): Unreadable | undefined {
  if (!doc.bodyFound) return { reason: doc.bodyIssue ?? '未找到公告正文 / notice body not found' };
  if (doc.bodyIssue) return { reason: doc.bodyIssue };
  const defers = ctx.find(DEFERS_TO_ATTACHMENT);
  // An empty "附件：" slot of a page template defers nothing: it needs a file or an explicit "详见附件".
  const realDeferral = defers && (doc.attachments.length > 0 || EXPLICIT_ATTACHMENT_DEFERRAL.test(defers.text));
  if (realDeferral && (ctx.flat.length < SHORT_BODY_CHARS || ctx.find(MAIN_CONTENT_DEFERRED))) {
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
export function bodyReadEvidence(ctx: CheckContext): { text: string; path: string } {
  const lines = ctx.doc.lines;
  const clip = (t: string | undefined, n: number) => ((t ?? '').length > n ? `${(t ?? '').slice(0, n)}…` : (t ?? ''));
  return {
    text: `已读正文 ${ctx.flat.length} 字，${lines.length} 行：「${clip(lines[0]?.text, 24)}」至「${clip(lines[lines.length - 1]?.text, 24)}」 / read the whole body`,
    path: 'body',
  };
}
