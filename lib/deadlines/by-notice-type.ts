/** Which deadline rules each notice type has (rules.md "Deadline keys"), and which dates each one judges. */
import { LOOSE, type Looseness, type ReadDate } from '../extract/notice-dates';
import type { NoticeDoc } from '../page/doc';
import { checkBidWindow } from './bid-window';
import { annotateDaysLeft, NOW_DOCS, NOW_NOTICE, NOW_OBJECT } from './days-left';
import type { PublicationBasis } from './in-force';
import { checkMinimum } from './minimum';
import { downgrade, type DraftDeadline, notApplicable, uncertain } from './outcome';
import { methodName, procurementMethod } from './procurement-method';
import { runRule } from './rule-run';
import type { DeadlineRule, RuleName } from './rules';
import { type Dates, fromPubNote, isEmptySpan, periodEnd, spanOf } from './span';
import { checkWithin } from './within';

/** What a notice type's checks read: the notice, its dates, the in-force basis, the capture time. */
export interface TypeCheckInput {
  doc: NoticeDoc;
  d: Dates;
  published: ReadDate | undefined;
  basis: PublicationBasis;
  capturedAt: string;
}

type TypeChecks = (x: TypeCheckInput) => DraftDeadline[];

const SHOWN_FROM_PERIOD: Looseness = {
  zh: '未找到标注的发布日期，以公示开始日期代替',
  en: 'no labelled publication date; the start of the publicity period stands in for it',
};

/** The day a candidates notice was published: the labelled date, else the start of its publicity period. */
function publicationShown(published: ReadDate | undefined, periodStart: ReadDate | undefined): ReadDate | undefined {
  if (published && !published.loose) return published;
  if (periodStart) return { ...periodStart, loose: periodStart.loose ?? SHOWN_FROM_PERIOD };
  return published;
}

function constructionCandidates({ d, published, basis, capturedAt }: TypeCheckInput): DraftDeadline[] {
  const span = spanOf(d, 'periodStart', 'periodEnd', 'period', published);
  const period = runRule('candidates_period', basis, (rule) => {
    if (isEmptySpan(span)) return uncertain(rule, { zh: '未找到公示期', en: 'publicity period not found' });
    const r = fromPubNote(checkMinimum(rule, { zh: '公示期', en: 'publicity period' }, span), span);
    annotateDaysLeft(r, span.from?.value, periodEnd(span), capturedAt, NOW_OBJECT);
    return r;
  });
  const shownInTime = runRule('candidates_published', basis, (rule) => {
    const ev = d.get('evaluationDate');
    if (!ev) return notApplicable(rule, { zh: '公告未显示评标（评标报告）日期', en: 'the notice does not show the evaluation (report) date' });
    // 条例 Art.54 counts from receiving the evaluation report: a date from a sentence ("于…组织的招标")
    // or the day the evaluation took place is not that date.
    if (ev.loose && ev.loose !== LOOSE.yearAssumed) {
      return uncertain(
        rule,
        {
          zh: `公告未载明收到评标报告的日期（评标报告提交日期或评标结束时间）；${ev.loose.zh}`,
          en: `the notice does not state when the evaluation report was received (report date or end of the evaluation); ${ev.loose.en}`,
        },
        ev,
        published,
      );
    }
    const shown = publicationShown(published, d.get('periodStart'));
    if (!shown) return uncertain(rule, { zh: '未找到公示发布日期', en: 'publication date not found' }, ev);
    return checkWithin(rule, ev, shown, {
      after: { zh: '评标后', en: 'after the evaluation' },
      act: { zh: '公示', en: 'published' },
      early: { zh: '公示日期早于评标日期', en: 'published before the evaluation date' },
    });
  });
  return [period, shownInTime];
}

function constructionTender({ doc, d, published, basis, capturedAt }: TypeCheckInput): DraftDeadline[] {
  const access = spanOf(d, 'docAccessStart', 'docAccessEnd', 'docAccess', published);
  const docs = runRule('document_access', basis, (rule) => {
    const r = fromPubNote(checkMinimum(rule, { zh: '招标文件发售期', en: 'document sale period' }, access), access);
    annotateDaysLeft(r, access.from?.value, periodEnd(access), capturedAt, NOW_DOCS);
    return r;
  });
  return [docs, runRule('bid_window', basis, (rule) => checkBidWindow(rule, doc, d, published, access))];
}

function procurementTender({ doc, d, published, basis, capturedAt }: TypeCheckInput): DraftDeadline[] {
  const method = procurementMethod(doc);
  const other = method !== 'tender' && method !== 'unknown';
  const name = methodName(method);
  const na = (rule: DeadlineRule) =>
    notApplicable(rule, {
      zh: `${name.zh}公告：${rule.source}适用于招标（公开招标、邀请招标）`,
      en: `${name.en} notice: ${rule.source} applies to tenders`,
    });
  // These periods bind 招标 only: with the method unknown, a shortfall accuses no one.
  const gpRun = (rn: RuleName, f: (rule: DeadlineRule) => DraftDeadline) =>
    runRule(rn, basis, (rule) => {
      if (other) return na(rule);
      const r = f(rule);
      if (method !== 'unknown' || r.outcome !== 'violation') return r;
      return downgrade(r, {
        zh: `未能确定采购方式，${rule.source}仅适用于招标（公开招标、邀请招标）`,
        en: `the procurement method could not be told, and ${rule.source} applies to tenders (open or invited) only`,
      });
    });
  const notice = spanOf(d, 'noticePeriodStart', 'noticePeriodEnd', 'noticePeriod', published);
  const noticePeriod = gpRun('gp_notice_period', (rule) => {
    if (isEmptySpan(notice)) return uncertain(rule, { zh: '未找到公告期限', en: 'notice period not found' });
    const r = fromPubNote(checkMinimum(rule, { zh: '公告期限', en: 'notice period' }, notice, { exact: true }), notice);
    annotateDaysLeft(r, notice.from?.value, periodEnd(notice), capturedAt, NOW_NOTICE);
    return r;
  });
  const access = spanOf(d, 'docAccessStart', 'docAccessEnd', 'docAccess', published);
  const docs = gpRun('gp_document_period', (rule) => {
    const r = fromPubNote(checkMinimum(rule, { zh: '招标文件提供期限', en: 'document period' }, access), access);
    annotateDaysLeft(r, access.from?.value, periodEnd(access), capturedAt, NOW_DOCS);
    return r;
  });
  return [noticePeriod, docs, gpRun('gp_bid_window', (rule) => checkBidWindow(rule, doc, d, published, access))];
}

function procurementResult({ d, published, basis, capturedAt }: TypeCheckInput): DraftDeadline[] {
  const notice = spanOf(d, 'noticePeriodStart', 'noticePeriodEnd', 'noticePeriod', published);
  const period = runRule('gp_result_period', basis, (rule) => {
    if (isEmptySpan(notice)) return uncertain(rule, { zh: '未找到公告期限', en: 'notice period not found' });
    const r = fromPubNote(checkMinimum(rule, { zh: '中标结果公告期限', en: 'result notice period' }, notice, { exact: true }), notice);
    annotateDaysLeft(r, notice.from?.value, periodEnd(notice), capturedAt, NOW_NOTICE);
    return r;
  });
  return [period];
}

function procurementContract({ d, published, basis }: TypeCheckInput): DraftDeadline[] {
  const shownInTime = runRule('gp_contract_publish', basis, (rule) => {
    const signed = d.get('contractSignDate');
    const shown = d.get('contractPublishDate') ?? published;
    if (!signed) return uncertain(rule, { zh: '未找到合同签订日期', en: 'contract signing date not found' }, shown);
    if (!shown) return uncertain(rule, { zh: '未找到合同公告日期', en: 'contract publication date not found' }, signed);
    return checkWithin(rule, signed, shown, {
      after: { zh: '合同签订后', en: 'after signing' },
      act: { zh: '公告', en: 'published' },
      early: { zh: '公告日期早于合同签订日期', en: 'published before the signing date' },
    });
  });
  return [shownInTime];
}

function landTransfer({ d, published, basis }: TypeCheckInput): DraftDeadline[] {
  const startKey = d.has('listingStart') ? 'listingStart' : d.has('auctionDate') ? 'auctionDate' : 'openingTime';
  const start = d.get(startKey);
  const notice = runRule('land_notice', basis, (rule) =>
    checkMinimum(rule, { zh: '公告发布至出让活动开始', en: 'notice to the start of the sale' }, { from: published, to: start }, { roll: false }),
  );
  const listing = spanOf(d, 'listingStart', 'listingEnd', 'listing', undefined);
  const listed = runRule('land_listing', basis, (rule) => {
    if (isEmptySpan(listing)) {
      if (d.has('auctionDate')) return notApplicable(rule, { zh: '拍卖出让，无挂牌期', en: 'auction: no listing period' });
      return uncertain(rule, { zh: '未找到挂牌期', en: 'listing period not found' });
    }
    return checkMinimum(rule, { zh: '挂牌期', en: 'listing period' }, listing);
  });
  return [notice, listed];
}

function propertyDisclosure({ doc, d, published, basis }: TypeCheckInput): DraftDeadline[] {
  const disclosed = runRule('property_disclosure', basis, (rule) => {
    const kind = `${doc.title ?? ''}\n${doc.text.slice(0, 2000)}`;
    if (!/产权转让|股权转让/.test(kind)) {
      return notApplicable(rule, {
        zh: '32号令第十三条的20个工作日适用于产权转让正式披露（增资、资产转让、资产招租另有规定）',
        en: '32号令 Art.13 (20 working days) applies to equity transfers; capital increases, asset transfers and leases differ',
      });
    }
    const span = spanOf(d, 'noticePeriodStart', 'noticePeriodEnd', 'noticePeriod', published);
    return fromPubNote(checkMinimum(rule, { zh: '信息披露期', en: 'disclosure period' }, span), span);
  });
  return [disclosed];
}

const BY_TYPE: Record<string, TypeChecks> = {
  'construction.candidates': constructionCandidates,
  'construction.tender': constructionTender,
  'procurement.tender': procurementTender,
  'procurement.result': procurementResult,
  'procurement.contract': procurementContract,
  'land.transfer': landTransfer,
  'property.disclosure': propertyDisclosure,
};

/** The deadline checks of a notice type, in rules.md order; a type without deadline rules gets none. */
export function checksForType(noticeType: string, x: TypeCheckInput): DraftDeadline[] {
  return BY_TYPE[noticeType]?.(x) ?? [];
}
