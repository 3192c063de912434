/**
 * One text stream of a notice (its lines, or one table) read into candidate dates: the value after each
 * date label, the patterns around a date (请于…获取…文件, …前递交投标文件, 来源, 定于…开标, 评标于…结束),
 * and the last date standing alone at the end. notice-dates.ts picks the best candidate of each key.
 */
import { type DateMatch, findDates } from './date';
import { findHits } from './date-labels';
import { LOOSE, type Looseness } from './date-looseness';
import { findPeriods, type Period } from './period';

const STRONG_WINDOW = 120;
const WEAK_WINDOW = 30;

/** One reading of a key, before the best reading of each key is chosen. */
export interface Candidate {
  key: string;
  value: string;
  quote: string;
  rank: number;
  index: number;
  loose?: Looseness;
}

/** A range read "from publication" or "until the bid deadline", resolved once those dates are known. */
export interface Pending {
  /** Resolved after every key is read: the start is the publication day, the end the bid deadline. */
  startFromPublication?: { key: string; quote: string; rank: number; index: number };
  endAtDeadline?: { key: string; quote: string; rank: number; index: number };
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

/** Whitespace runs to one space, trimmed. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function quoteOf(text: string, from: number, to: number): string {
  const q = collapse(text.slice(from, to));
  return q.length > 160 ? `${q.slice(0, 157)}…` : q;
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

/** Push the candidate dates of one text stream (`baseRank` is added to their rank: tables read weaker). */
export function readStream(text: string, defaultYear: number | undefined, baseRank: number, out: Candidate[], pending: Pending[]): void {
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
