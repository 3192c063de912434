/** Documents issued → bid deadline ≥ 20日 (招标投标法 Art.24 / 政采法 Art.35), the one check both tender types share. */
import type { ReadDate } from '../extract/notice-dates';
import type { NoticeDoc } from '../page/doc';
import { checkMinimum } from './minimum';
import { mustTenderGuard } from './must-tender';
import { type DraftDeadline, notApplicable, uncertain } from './outcome';
import { addPart } from './reason';
import type { DeadlineRule } from './rules';
import { type Dates, fromPubNote, type Span } from './span';

function isPrequalification(doc: NoticeDoc, bidDeadline: ReadDate | undefined): boolean {
  if (/资格预审/.test(doc.title ?? '')) return true;
  return !!bidDeadline && /资格预审/.test(bidDeadline.quote);
}

/** The bid window, from the document access start (else the publication date) to the bid deadline. */
export function checkBidWindow(rule: DeadlineRule, doc: NoticeDoc, d: Dates, published: ReadDate | undefined, access: Span): DraftDeadline {
  const deadline = d.get('bidDeadline') ?? d.get('openingTime');
  if (isPrequalification(doc, d.get('bidDeadline'))) {
    return notApplicable(rule, {
      zh: '资格预审公告：所示截止时间为资格预审申请文件的提交时间',
      en: 'prequalification notice: the deadline shown is for prequalification applications',
    });
  }
  const what = { zh: '招标文件发出至投标截止', en: 'documents issued to bid deadline' };
  if (access.from) {
    const r = checkMinimum(rule, what, { from: access.from, to: deadline, fromPublication: access.fromPublication });
    return mustTenderGuard(rule, doc, fromPubNote(r, access));
  }
  if (!deadline) return uncertain(rule, { zh: '未找到投标截止时间', en: 'bid deadline not found' }, published);
  if (!published) return uncertain(rule, { zh: '未找到招标文件发出日期', en: 'date the documents were issued not found' }, deadline);
  // Documents cannot be issued before the notice: a window from publication that is already short is short.
  const r = checkMinimum(rule, what, { from: published, to: deadline });
  if (r.outcome === 'violation') {
    r.reason = addPart(r.reason, { zh: '按公告发布日期计（文件发出不早于公告）', en: 'counted from publication (documents are not issued before the notice)' });
    return mustTenderGuard(rule, doc, r);
  }
  return uncertain(rule, { zh: '未找到招标文件发出日期', en: 'date the documents were issued not found' }, published, deadline);
}
