/** Value detectors for labelWithValue, built on the extractors in lib/extract. */
import { findAmounts, parseAmount, parseRate } from '../extract/amount';
import { findCertificates, hasCertificateName } from '../extract/certificate';
import { findDates } from '../extract/date';
import { findPeriods } from '../extract/period';
import { findPhones } from '../extract/phone';
import { OBJECTION_MANNER } from '../cues/objection';

/** Where a value lies in a window, or undefined when there is none. */
export type Span = { index: number; length: number } | undefined;

/** The label's own clause: up to the first full stop or semicolon. */
export function clauseOf(w: string): string {
  return w.split(/[。；;]/)[0] ?? w;
}

/** A phone number in the window. */
export function phoneIn(w: string): Span {
  const p = findPhones(w)[0];
  return p ? { index: p.index, length: p.text.length } : undefined;
}

/** A money amount (with unit or 大写) in the window, or a bare number of 3+ digits right after a label. */
export function amountIn(w: string): Span {
  const a = findAmounts(w)[0];
  if (a) return { index: a.index, length: a.text.length };
  const bare = /^[\s:：（(元万)）]*([¥￥]?\d[\d,]*(\.\d+)?)/.exec(w);
  if (bare?.[1] && parseAmount(bare[1])) return { index: bare.index, length: bare[0].length };
  // One-cell-per-line tables put the figures rows below the header: a figure with cents or 5+ digits, not a date.
  const figure = /(?<![\d.\-/])(\d{1,3}(?:,\d{3})+(?:\.\d{1,4})?|\d{5,}(?:\.\d{1,4})?|\d{1,4}\.\d{1,6})(?![\d.年月日号%\-/:])/.exec(w);
  // A mobile or landline number is not a price.
  if (figure && !/^1[3-9]\d{9}$|^0\d{9,11}$/.test(figure[0]) && !findPhones(w).some((p) => p.text.includes(figure[0]))) {
    return { index: figure.index, length: figure[0].length };
  }
  const rate = parseRate(w.slice(0, 40));
  if (rate) return { index: 0, length: Math.min(w.length, 40) };
  // A price column headed "(%)" or a 费率/下浮率 label quotes the bid as a percentage, rows below.
  if (/^[\s(（]*(%|％|下浮|费率|比例)/.test(w)) {
    const pct = /\d+(\.\d+)?\s*%/.exec(w);
    if (pct) return { index: pct.index, length: pct[0].length };
  }
  return undefined;
}

/** A date (any format the date extractor reads) in the window. */
export function dateIn(w: string): Span {
  const d = findDates(w)[0];
  return d ? { index: d.index, length: d.text.length } : undefined;
}

/** A duration: "3日", "五个工作日", "180日历天", "12个月". */
export function durationIn(w: string): Span {
  const m = /[\d一二三四五六七八九十百]+\s*(个)?\s*(日历天|工作日|日|天|个月|月|年|周)/.exec(w);
  return m ? { index: m.index, length: m[0].length } : undefined;
}

/** A whole period ("2025年6月10日至2025年6月13日", "自…起至…止", "3日") so the quote carries both ends, else a date. */
export function periodIn(w: string): Span {
  const p = findPeriods(w.slice(0, 120), { anyDuration: true })[0];
  const lead = p ? w.indexOf(p.text.slice(0, 6)) : -1;
  if (p && lead >= 0 && lead < 40) return { index: lead, length: p.text.length };
  return dateOrDurationIn(w);
}

/** A date or a duration. */
export function dateOrDurationIn(w: string): Span {
  return dateIn(w) ?? durationIn(w);
}

/** A document-access period, not the bid deadline the same sentence goes on to ("…获取招标文件，并于…前递交"). */
export function accessPeriodIn(w: string): Span {
  const own = w.split(/并于|前递交|递交(投标|响应)?文件|提交(投标|响应)文件|截止时间|开标/)[0] ?? w;
  return dateOrDurationIn(own);
}

/** A certificate number or a certificate's name. */
export function certificateIn(w: string): Span {
  const c = findCertificates(w)[0];
  if (c) return { index: c.index, length: c.text.length };
  const name = hasCertificateName(w);
  if (!name) return undefined;
  const i = w.indexOf(name);
  return { index: Math.max(0, i), length: name.length };
}

/** Words that sit where a name would in a table header or a blank cell, never names themselves. */
const NOT_A_NAME = /^(姓名|证书|名称|编号|注册|项目|资格|要求|无|详见|见附件|暂无|业绩|职称|联系|电话|第|达到|合格|符合|满足|拟任|拟派|单位|专业|级别|等级|身份)/;

/** A person's name: 2–4 CJK characters standing alone (a cell, or after a colon), optionally masked with 某/*. */
export function personIn(w: string): Span {
  const re = /(?:^|[\s:：为是|])([\u4e00-\u9fa5][\u4e00-\u9fa5*＊某]{1,3})(?=$|[\s,，;；(（、。|])/g;
  for (let m = re.exec(w); m; m = re.exec(w)) {
    const name = m[1] as string;
    if (NOT_A_NAME.test(name)) continue;
    return { index: m.index + m[0].length - name.length, length: name.length };
  }
  return undefined;
}

/** A channel or a manner for raising an objection (rules.md "core" of candidates.objection, tender.objection_contact). */
export function objectionChannelIn(w: string): Span {
  // The manner must be in the objection's own sentence; a phone or contact may follow in the next one.
  const sentence = w.split('。')[0] ?? w;
  const m = OBJECTION_MANNER.exec(sentence);
  return m ? { index: m.index, length: m[0].length } : phoneIn(w.slice(0, 120));
}

/** A party's name, organisation or person: a run of CJK characters (land and property results name either). */
export function partyIn(w: string): Span {
  const m = /[\u4e00-\u9fa5（）()]{2,40}/.exec(w);
  return m ? { index: m.index, length: m[0].length } : undefined;
}

/** The kinds of value an item spec may ask for after its label. */
export const VALUE_KINDS = {
  amount: amountIn,
  date: dateIn,
  duration: durationIn,
  period: periodIn,
  dateOrDuration: dateOrDurationIn,
  accessPeriod: accessPeriodIn,
  phone: phoneIn,
  person: personIn,
  party: partyIn,
  certificate: certificateIn,
  objectionChannel: objectionChannelIn,
} as const satisfies Record<string, (w: string) => Span>;

/** A known kind of value. */
export type ValueKind = keyof typeof VALUE_KINDS;
