/**
 * The dates a notice states, each with its quote: publication, 公示期, document access, bid deadline,
 * evaluation, contract signing, listing… (keys below). A label is found in the body, then the date,
 * range or duration that follows it: on the same line or on the next lines, since crawler text puts
 * one table cell (sometimes one token) per line. Pure: NoticeDoc in, NoticeDate[] out.
 */
import type { NoticeDoc } from '../page/doc';
import { toHalfWidth } from '../page/normalize';
import type { NoticeDate } from '../types';
import { type DateMatch, findDates, parseDate } from '../extract/date';
import { findPeriods, type Period } from '../extract/period';

/**
 * Keys this reader produces, in output order. Durations carry the number of days as `value`
 * ("3"); `…WorkingDays` keys count 工作日, `…Days` calendar days.
 */
export const DATE_KEYS = [
  'publishedAt',
  'periodStart',
  'periodEnd',
  'periodDays',
  'periodWorkingDays',
  'noticePeriodStart',
  'noticePeriodEnd',
  'noticePeriodDays',
  'noticePeriodWorkingDays',
  'docAccessStart',
  'docAccessEnd',
  'docAccessDays',
  'docAccessWorkingDays',
  'bidDeadline',
  'openingTime',
  'evaluationDate',
  'contractSignDate',
  'contractPublishDate',
  'applicationStart',
  'applicationEnd',
  'listingStart',
  'listingEnd',
  'listingDays',
  'auctionDate',
  'awardDate',
] as const;

/**
 * How a date was inferred when no label names it (a sentence, the last date of the text, a year the
 * notice does not write…), in words for a reason. A check must not accuse a publisher on such a date.
 */
export interface Looseness {
  zh: string;
  en: string;
}

/** A date read from the notice, with `loose` when it was inferred rather than read after its label. */
export interface ReadDate extends NoticeDate {
  loose?: Looseness;
}

/** The ways a date is inferred loosely. */
export const LOOSE = {
  sentence: { zh: '日期取自叙述句，并非标注的日期', en: 'the date comes from a sentence, not from a labelled date' },
  evaluationHeld: {
    zh: '所示为评标进行的日期，未写明评标结束或收到评标报告的日期',
    en: 'the date shown is when the evaluation took place; its end or the receipt of the report is not stated',
  },
  lastDate: { zh: '发布日期取自正文末尾未标注的日期', en: 'the publication date is the unlabelled last date of the text' },
  genericDeadline: { zh: '该截止时间未标明为投标（响应）文件的截止时间', en: 'the deadline is not labelled as the bid (response) deadline' },
  yearAssumed: { zh: '公告中的日期未写年份，年份系推定', en: 'the notice writes no year; the year was assumed' },
} as const satisfies Record<string, Looseness>;

/** Options for reading dates. */
export interface ReadDatesOptions {
  /**
   * Year for dates written without one when the notice itself gives no full date (otherwise the year
   * most of its dates are in is used).
   */
  defaultYear?: number;
}

interface Label {
  re: RegExp;
  /** Key for a lone date after the label. */
  single?: string;
  /** Keys for a range after the label. */
  start?: string;
  end?: string;
  /** Base of the duration keys (`${days}Days`, `${days}WorkingDays`). */
  days?: string;
  /** A lone date goes to `end` when 至/截止 comes before it (获取时间：/至2021年7月19日). */
  loneToEnd?: boolean;
  /** The label does not count right after these words (招标公告发布日期 is not this notice's date). */
  notAfter?: RegExp;
  /** Added to the rank: higher is weaker. */
  rank?: number;
  /** Every value of this label is loose (a generic label). */
  loose?: Looseness;
  /** A value after this label without a colon (same clause only) is loose. */
  weakIsLoose?: boolean;
  /** A range after a `single` label gives its end (the evaluation ends, then the report is made). */
  singleAtEnd?: boolean;
}

// Label words are matched with spaces between their characters ("公 示 期", "日  期"), not across lines.
function words(...ws: string[]): string {
  return [...ws]
    .sort((a, b) => b.length - a.length)
    .map((w) =>
      [...w]
        .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .map((c) => (c === '（' || c === '(' ? '[（(]' : c === '）' || c === ')' ? '[）)]' : c))
        .join('[ \\t]*'),
    )
    .join('|');
}
function re(src: string): RegExp {
  return new RegExp(src, 'g');
}

const DOC = '(?:招标|采购|磋商|竞争性磋商|谈判|竞争性谈判|询价|资格预审|比选|出让|挂牌|拍卖|竞买|遴选)';
const TAKE = '(?:获取|发售|出售|领取|下载|索取|提供|购买)';

const LABELS: Label[] = [
  {
    re: re(
      words('信息发布时间', '信息发布日期', '公告发布时间', '公告发布日期', '发布时间', '发布日期', '信息时间', '更新时间', '发稿时间', '公告日期'),
    ),
    single: 'publishedAt',
    notAfter: /(?:招标|采购|首次|原|询价|磋商|谈判|资格预审|预审)\s*$/,
  },
  {
    re: re(words('公告时间')),
    single: 'publishedAt',
    start: 'noticePeriodStart',
    end: 'noticePeriodEnd',
    notAfter: /(?:招标|采购|首次|原)\s*$/,
  },
  { re: re(words('公示日期')), single: 'publishedAt', start: 'periodStart', end: 'periodEnd', days: 'period' },
  {
    re: re(words('中标候选人公示期', '公示起止时间', '公示起止日期', '公示期限', '公示时间', '公示期为', '公示期')),
    start: 'periodStart',
    end: 'periodEnd',
    days: 'period',
  },
  { re: re(words('公示开始时间', '公示开始日期', '公示起始时间', '公示起始日期')), single: 'periodStart' },
  {
    re: re(words('公示结束时间', '公示结束日期', '公示截止时间', '公示截止日期', '公示截止期', '公示截至')),
    single: 'periodEnd',
  },
  {
    re: re(words('信息披露期', '披露公告期', '公告期限', '披露期限', '公告期', '披露期')),
    start: 'noticePeriodStart',
    end: 'noticePeriodEnd',
    single: 'noticePeriodEnd',
    days: 'noticePeriod',
  },
  { re: re(words('公告开始时间', '公告起始时间', '披露开始时间')), single: 'noticePeriodStart' },
  {
    re: re(words('公告结束时间', '公告截止时间', '公告截止日期', '披露截止时间', '披露截止日期')),
    single: 'noticePeriodEnd',
  },
  {
    re: re(
      `${DOC}?(?:申请)?文件(?:的)?${TAKE}(?:时间|期限|日期|期)?|${TAKE}${DOC}(?:申请)?文件(?:的)?(?:时间|期限|日期)?|${words('发售时间', '发售期', '出售时间', '获取时间', '文件提供期限')}`,
    ),
    single: 'docAccessStart',
    start: 'docAccessStart',
    end: 'docAccessEnd',
    days: 'docAccess',
    loneToEnd: true,
  },
  {
    re: re(
      `(?:投标|响应|资格预审申请|申请|磋商响应|报价|竞买)文件(?:的)?(?:递交|提交|上传|送达)?(?:的)?截止(?:时间|日期)?|(?:递交|提交|上传)(?:投标|响应|资格预审申请|磋商响应|首次响应)?文件(?:的)?截止(?:时间|日期)?|${words('投标截止时间', '投标截止日期', '递交截止时间', '提交截止时间', '截标时间')}`,
    ),
    single: 'bidDeadline',
  },
  { re: re(words('响应文件提交', '投标文件递交', '投标文件提交', '投标文件的递交')), single: 'bidDeadline', rank: 1 },
  {
    re: re(words('截止时间', '截止日期')),
    single: 'bidDeadline',
    rank: 2,
    loose: LOOSE.genericDeadline,
    notAfter:
      /(?:公示|公告|报名|获取|发售|出售|质疑|异议|挂牌|申请|缴纳|交纳|交存|到账|答疑|澄清|下载|报价|竞买|保证金|登记|披露|提问|领取)\s*$/,
  },
  { re: re(`开标${words('（开启）')}?(?:时间|日期)|${words('开启时间', '开标时间', '开标日期')}`), single: 'openingTime' },
  {
    re: re(
      words(
        '评标报告提交日期',
        '评标报告提交时间',
        '收到评标报告日期',
        '收到评标报告时间',
        '评标报告日期',
        '评标结束时间',
        '评标结束日期',
        '评审结束时间',
        '评审结束日期',
        '评标日期',
        '评标时间',
        '评审日期',
        '评审时间',
      ),
    ),
    single: 'evaluationDate',
    weakIsLoose: true,
    singleAtEnd: true,
  },
  // "评标工作于2018年4月25日…结束" states the end; "评标工作于…进行" only when it took place (loose, below).
  { re: re(words('评标工作于', '评审工作于', '评标于', '评审于')), single: 'evaluationDate', weakIsLoose: true, singleAtEnd: true },
  {
    re: re(
      words('合同签订日期', '合同签订时间', '合同签署日期', '合同签署时间', '合同签订日', '签订日期', '签约日期', '签订时间', '签署日期', '签署时间'),
    ),
    single: 'contractSignDate',
  },
  { re: re(words('合同公告日期', '合同公告时间', '合同公示日期', '合同发布日期')), single: 'contractPublishDate' },
  {
    re: re(words('挂牌报价时间', '挂牌起止时间', '挂牌时间', '挂牌期限', '挂牌期')),
    start: 'listingStart',
    end: 'listingEnd',
    days: 'listing',
  },
  { re: re(words('定标时间', '定标日期', '确定中标人日期')), single: 'awardDate' },
  { re: re(words('挂牌开始时间', '挂牌起始时间')), single: 'listingStart' },
  { re: re(words('挂牌截止时间', '挂牌结束时间')), single: 'listingEnd' },
  { re: re(words('拍卖会时间', '拍卖开始时间', '拍卖时间', '拍卖日期', '拍卖会于')), single: 'auctionDate' },
  {
    re: re(words('竞买申请时间', '报名时间', '申请时间')),
    start: 'applicationStart',
    end: 'applicationEnd',
    single: 'applicationStart',
    loneToEnd: true,
  },
  { re: re(words('报名截止时间', '申请截止时间', '竞买申请截止时间')), single: 'applicationEnd' },
  // The date under the seal (招标人（盖章）) or after a bare 日期 (发布人…日期：) is the publication day.
  { re: re(`${words('（盖章）', '（公章）', '（签章）')}\\s*[：:]?`), single: 'publishedAt', rank: 3 },
  { re: /(?<![\u4e00-\u9fa5])日\s*期(?=\s*[：:])/g, single: 'publishedAt', rank: 3 },
];

// A label is "strong" when its value follows (colon, 为, a line break, a digit), possibly after
// "及地点/和方式" (招标文件出售时间及地点) or a parenthesis (（投标截止时间，下同）为).
const STRONG_AFTER =
  /^[ \t]*(?:(?:及|和|与|、)(?:地点|方式|方法|售价|地址))*[ \t]*(?:[（(][^（）()\n]{0,20}[）)])?\s*(?:[：:]|为|是|\n|$|\d|[〇○零一二三四五六七八九十]{1,4}年)/;
const STRONG_WINDOW = 120;
const WEAK_WINDOW = 30;

interface Hit {
  label: Label;
  index: number;
  end: number;
  strong: boolean;
  blocked: boolean;
}

interface Candidate {
  key: string;
  value: string;
  quote: string;
  rank: number;
  index: number;
  loose?: Looseness;
}

interface Pending {
  /** Resolved after every key is read: the start is the publication day, the end the bid deadline. */
  startFromPublication?: { key: string; quote: string; rank: number; index: number };
  endAtDeadline?: { key: string; quote: string; rank: number; index: number };
}

/** A stronger reading: a labelled one before a loose one, then the lower rank, then the earlier. */
function better(c: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true;
  if (!c.loose !== !b.loose) return !c.loose;
  return c.rank < b.rank || (c.rank === b.rank && c.index < b.index);
}

// Another day named between a date and the end of the evaluation ("…开始，5月22日结束", "次日完成").
const OTHER_DAY = /\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}\s*[-年./]\s*\d{1,2}|次日|翌日|隔日|第[二三四五六七八九十\d]+[天日]|[二两三四五六七八九十\d]+\s*(?:个工作日|[天日])后/;

/**
 * Whether the clause after a date says the evaluation ended that day: "…结束/完成" with no other day
 * before it (and, for "于X开标，评标委员会于当日完成评审", 当日 tying the end to the date).
 */
function statesEnd(clause: string, sameDay = false): boolean {
  const m = /结束|完成|完毕/.exec(clause);
  if (!m) return false;
  const between = clause.slice(0, m.index);
  if (OTHER_DAY.test(between)) return false;
  return !sameDay || /当日|当天|同日/.test(between);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function quoteOf(text: string, from: number, to: number): string {
  const q = collapse(text.slice(from, to));
  return q.length > 160 ? `${q.slice(0, 157)}…` : q;
}

function findHits(text: string): Hit[] {
  const all: Hit[] = [];
  for (const label of LABELS) {
    label.re.lastIndex = 0;
    for (const m of text.matchAll(label.re)) {
      if (!m[0]) continue;
      // A blocked label (招标公告日期 in a result notice) gives no value but still ends the one before.
      const blocked = !!label.notAfter?.test(text.slice(Math.max(0, m.index - 6), m.index));
      const end = m.index + m[0].length;
      all.push({ label, index: m.index, end, strong: STRONG_AFTER.test(text.slice(end, end + 30)), blocked });
    }
  }
  all.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Hit[] = [];
  let lastEnd = -1;
  for (const h of all) {
    if (h.index < lastEnd) continue;
    kept.push(h);
    lastEnd = h.end;
  }
  return kept;
}

/** Index of the first item at or after `pos` in items sorted by index (binary search). */
function firstAtOrAfter(items: { index: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.index ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A test "is offset i inside one of these spans?" in O(log n) (spans from findPeriods do not overlap). */
function coverage(spans: { index: number; endIndex: number }[]): (i: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.index - b.index);
  return (i) => {
    const k = firstAtOrAfter(sorted, i + 1) - 1;
    const s = sorted[k];
    return !!s && i >= s.index && i < s.endIndex;
  };
}

type Item = { kind: 'date'; d: DateMatch; index: number } | { kind: 'period'; p: Period; index: number };

function readStream(text: string, defaultYear: number | undefined, baseRank: number, out: Candidate[], pending: Pending[]): void {
  const opts = defaultYear === undefined ? {} : { defaultYear };
  const dates = findDates(text, opts);
  const periods = findPeriods(text, opts);
  const covered = coverage(periods);
  const items: Item[] = [
    ...periods.map((p): Item => ({ kind: 'period', p, index: p.index })),
    ...dates.filter((d) => !covered(d.index)).map((d): Item => ({ kind: 'date', d, index: d.index })),
  ].sort((a, b) => a.index - b.index);

  const hits = findHits(text);
  const push = (key: string, value: string, from: number, to: number, rank: number, loose?: Looseness) => {
    const c: Candidate = { key, value, quote: quoteOf(text, from, to), rank: baseRank + rank, index: from };
    if (loose) c.loose = loose;
    out.push(c);
  };

  const claimed = new Set<number>();
  hits.forEach((h, i) => {
    if (h.blocked) return;
    const l = h.label;
    // "投标文件上传截止时间及开标时间：…", "截止时间、开标时间和地点": labels joined by 及/和/、 share the value.
    let j = i + 1;
    let strong = h.strong;
    let last = h;
    for (let next = hits[j]; next && /^[ \t]*(?:及|和|、|与|\/)[ \t]*$/.test(text.slice(last.end, next.index)); next = hits[++j]) {
      strong = next.strong;
      last = next;
    }
    const rank = (l.rank ?? 0) + (strong ? 0 : 1);
    let limit = last.end + (strong ? STRONG_WINDOW : WEAK_WINDOW);
    for (; j < hits.length; j++) {
      const next = hits[j];
      if (next?.strong && next.index >= last.end) {
        limit = Math.min(limit, next.index);
        break;
      }
    }
    const stop = text.slice(h.end, limit).indexOf('。');
    if (stop >= 0) limit = h.end + stop + 1;
    const item = items[firstAtOrAfter(items, h.end)];
    if (!item || item.index >= limit) return;
    // A weak label (no colon after it) only takes a value in its own clause.
    if (!strong && /[，,；;。]/.test(text.slice(last.end, item.index))) return;
    claimed.add(item.index);
    let loose = l.loose ?? (l.weakIsLoose && !strong ? LOOSE.sentence : undefined);
    if (!loose && l.single === 'evaluationDate' && /于$/.test(text.slice(h.index, h.end))) {
      // "评标工作于X…结束/完成" gives the end of the evaluation; "…于X…进行" only a day it took place.
      const to = item.kind === 'period' ? item.p.endIndex : item.d.end;
      if (!statesEnd(text.slice(to, to + 80).split(/[。；;]/)[0] ?? '')) loose = LOOSE.evaluationHeld;
    }
    if (item.kind === 'period') {
      const p = item.p;
      const to = p.endIndex;
      if (p.durationDays !== undefined) {
        if (!l.days) return;
        push(`${l.days}${p.unit === 'working' ? 'WorkingDays' : 'Days'}`, String(p.durationDays), h.index, to, rank);
        return;
      }
      if (l.start || l.end) {
        if (p.start && l.start) push(l.start, p.start, h.index, to, rank);
        if (p.end && l.end) push(l.end, p.end, h.index, to, rank);
        if (p.fromPublication && l.start || p.untilDeadline && l.end) {
          const ref = { quote: quoteOf(text, h.index, to), rank: baseRank + rank, index: h.index };
          pending.push({
            startFromPublication: p.fromPublication && l.start ? { key: l.start, ...ref } : undefined,
            endAtDeadline: p.untilDeadline && l.end ? { key: l.end, ...ref } : undefined,
          });
        }
        return;
      }
      const one = l.singleAtEnd ? (p.end ?? p.start) : (p.start ?? p.end);
      if (l.single && one) push(l.single, one, h.index, to, rank, loose);
      return;
    }
    const d = item.d;
    if (l.loneToEnd && l.end && /(?:至|到|截止|止|前)\s*[/／]?\s*$/.test(text.slice(h.end, d.index))) {
      push(l.end, d.value, h.index, d.end, rank, loose);
    } else if (l.single) {
      push(l.single, d.value, h.index, d.end, rank, loose);
    }
  });

  // Patterns around a date rather than a label before it.
  for (const it of items) {
    const from = it.kind === 'date' ? it.d.index : it.p.index;
    const to = it.kind === 'date' ? it.d.end : it.p.endIndex;
    if (it.kind === 'period' && it.p.durationDays !== undefined) continue;
    const before = (text.slice(Math.max(0, from - 30), from).split(/[。；;\n]/).pop() ?? '');
    const after = text.slice(to, to + 80).split(/[。；;]/)[0] ?? '';
    // "申请人可于 2018年09月17日 至 2018年10月08日 到…获取挂牌出让文件", "资料可自2017年8月14日后到…索取"
    // "请于…", "可自…" (a range's own 于/自 is part of it, so only 请/可 may be left before it).
    const invited = /(?:请|可)(?:于|自|从|在)?\s*$/.test(before);
    if (invited && /获取|索取|领取|购买|下载|发售|出售/.test(after) && /文件/.test(before + after) && !/截止|递交|提交|开标/.test(before)) {
      if (it.kind === 'period') {
        if (it.p.start) push('docAccessStart', it.p.start, from, to, 2);
        if (it.p.end) push('docAccessEnd', it.p.end, from, to, 2);
        if (it.p.fromPublication || it.p.untilDeadline) {
          const ref = { quote: quoteOf(text, from, to), rank: baseRank + 2, index: from };
          pending.push({
            startFromPublication: it.p.fromPublication ? { key: 'docAccessStart', ...ref } : undefined,
            endAtDeadline: it.p.untilDeadline ? { key: 'docAccessEnd', ...ref } : undefined,
          });
        }
      } else if (/^\s*之?前/.test(after)) {
        push('docAccessEnd', it.d.value, from, to, 2);
      } else {
        push('docAccessStart', it.d.value, from, to, 2);
      }
    }
    // "于2021年4月19日至2021年4月29日挂牌出让"
    if (it.kind === 'period' && it.p.start && it.p.end && /^\s*(?:在[^。；]{0,20})?挂牌/.test(after)) {
      push('listingStart', it.p.start, from, to + 4, 2);
      push('listingEnd', it.p.end, from, to + 4, 2);
    }
  }
  for (const d of dates) {
    const before = text.slice(Math.max(0, d.index - 14), d.index);
    const after = text.slice(d.end, d.end + 80);
    // "并于2026-04-07 13:30（北京时间）前递交投标文件"
    const pre = /^\s*(?:[（(][^（）()]{0,12}[）)])?\s*之?前\s*(?:递交|提交|上传|送达)/.exec(after);
    if (pre) push('bidDeadline', d.value, Math.max(0, d.index - 2), d.end + pre[0].length + 6, 2);
    // "2019年03月06日 15:14 来源：中国政府采购网"
    if (/^\s*(?:[|｜]\s*)?来源/.test(after)) push('publishedAt', d.value, d.index, d.end + 8, 1);
    // "兹定于2018年04月13日09：00时（北京时间）…开标"
    if (/定于\s*$/.test(before) && /^[^。；]{0,40}开标/.test(after)) push('openingTime', d.value, d.index - 2, d.end, 2);
    // "评审工作于X…结束", "于X开标，评标委员会于当日完成评审" state when the evaluation ended (unless
    // another day comes between); "于X组织的…招标，经评审…" only when a tender was held, not when the
    // evaluation report was received (条例 Art.54): read, but loose.
    const own = before.split(/[，,。；;]/).pop() ?? '';
    if (/于\s*$/.test(own) && !/开标|截止|递交|提交/.test(own)) {
      const a = after.split(/[。；;]/)[0] ?? '';
      let evaluated: { loose?: Looseness } | undefined;
      if (/评标|评审|磋商|谈判/.test(own) && /结束|完成/.test(a)) {
        evaluated = statesEnd(a) ? {} : { loose: LOOSE.sentence };
      } else if (/^[^。；]{0,40}(?:评标|评审)[^。；]{0,12}(?:结束|完成)/.test(a)) {
        evaluated = statesEnd(a, true) ? {} : { loose: LOOSE.sentence };
      } else if (/^\s*(?:[（(][^）)]*[）)])?\s*组织的?[^。；]{0,60}(?:招标|评标|评审)/.test(a)) {
        evaluated = { loose: LOOSE.sentence };
      }
      if (evaluated) push('evaluationDate', d.value.slice(0, 10), Math.max(0, d.index - 6), d.end + Math.min(a.length, 30), 2, evaluated.loose);
    }
  }

  // The last date of the notice, standing alone at its end, is usually the signature date.
  const last = dates[dates.length - 1];
  const inRange = coverage(periods.filter((p) => p.start !== undefined));
  if (last && !claimed.has(last.index) && !inRange(last.index) && collapse(text.slice(last.end)).length <= 12) {
    // Quote the line before the date too: usually the publisher's name.
    const lineStart = text.lastIndexOf('\n', last.index - 1);
    const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 1) + 1 : 0;
    push('publishedAt', last.value, prevStart, last.end, 4, LOOSE.lastDate);
  }
}

/** The year most dates of the notice are in (ties: the later one): the year of a date written without one. */
function mainYear(text: string): number | undefined {
  const count = new Map<number, number>();
  for (const d of findDates(text)) if (d.yearGiven) count.set(d.year, (count.get(d.year) ?? 0) + 1);
  let best: number | undefined;
  let n = 0;
  for (const [y, c] of count) {
    if (c > n || (c === n && best !== undefined && y > best)) {
      best = y;
      n = c;
    }
  }
  return best;
}

/** Read the dates of a notice, each with its quote. The first, strongest reading of a key wins. */
export function readDates(doc: NoticeDoc, opts: ReadDatesOptions = {}): NoticeDate[] {
  return readDatesDetailed(doc, opts).map(({ key, value, quote }) => ({ key, value, quote }));
}

/**
 * readDates, with `loose` on each date that was inferred rather than read after its label (checks.ts
 * reports no violation on such a date). A labelled reading of a key wins over a loose one.
 */
export function readDatesDetailed(doc: NoticeDoc, opts: ReadDatesOptions = {}): ReadDate[] {
  const body = toHalfWidth(doc.lines.length ? doc.lines.map((l) => l.text).join('\n') : doc.text);
  const tables = doc.tables.map((t) => toHalfWidth(t.rows.map((r) => r.join('\n')).join('\n')));
  const ownYear = mainYear(body) ?? mainYear(tables.join('\n'));
  const defaultYear = ownYear ?? opts.defaultYear;
  const candidates: Candidate[] = [];
  const pending: Pending[] = [];

  readStream(body, defaultYear, 0, candidates, pending);
  // Tables are read too, after the lines (the page reader may or may not repeat their cells as lines).
  for (const text of tables) readStream(text, defaultYear, 10, candidates, pending);
  // No date of the notice writes its year: every year read is an assumption.
  if (ownYear === undefined) for (const c of candidates) if (/^\d{4}-/.test(c.value)) c.loose ??= LOOSE.yearAssumed;
  if (doc.chromeDate) {
    const v = parseDate(toHalfWidth(doc.chromeDate));
    if (v) candidates.push({ key: 'publishedAt', value: v, quote: collapse(doc.chromeDate), rank: -1, index: -1 });
  }

  const best = new Map<string, Candidate>();
  for (const c of candidates) if (better(c, best.get(c.key))) best.set(c.key, c);
  // Ranges "from publication" and "until the bid deadline" take those dates, once they are known.
  for (const p of pending) {
    for (const [ref, source] of [
      [p.startFromPublication, 'publishedAt'],
      [p.endAtDeadline, 'bidDeadline'],
    ] as const) {
      if (!ref) continue;
      const src = best.get(source);
      if (!src) continue;
      const c: Candidate = { key: ref.key, value: src.value, quote: ref.quote, rank: ref.rank, index: ref.index };
      if (src.loose) c.loose = src.loose;
      const cur = best.get(ref.key);
      if (!cur || (!c.loose !== !cur.loose ? !c.loose : ref.rank < cur.rank)) best.set(ref.key, c);
    }
  }

  const order = new Map<string, number>(DATE_KEYS.map((k, i) => [k, i]));
  return [...best.values()]
    .sort((a, b) => (order.get(a.key) ?? 99) - (order.get(b.key) ?? 99))
    .map((c) => {
      const d: ReadDate = { key: c.key, value: c.value, quote: c.quote };
      if (c.loose) d.loose = c.loose;
      return d;
    });
}
