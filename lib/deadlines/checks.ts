/**
 * The time rules of rules.md ("Deadline keys") checked against the dates a notice states.
 *
 * A date the notice does not give (or we could not read) makes the check `uncertain`, never a
 * `violation`: a violation accuses the publisher and must rest on dates we have quoted, each read after
 * its label. A date inferred loosely (from a sentence, the unlabelled last date, a generic 截止时间, an
 * assumed year: read-dates.ts `loose`) can make a check `ok` but turns a shortfall into `uncertain`; so
 * does a rule whose being in force cannot be told (no publication date, no date far enough past its
 * `since`) and a procurement notice whose method (招标 or not) cannot be told. Rules built on a
 * secondary copy (◐: land, property) never report `violation`; a shortfall there is `uncertain` with
 * `severity: 'advisory'`. Counting follows rules.md "Days" (count.ts).
 */
import type { NoticeDoc } from '../page/doc';
import type { DeadlineResult, NoticeDate } from '../types';
import { holidayName } from './calendar';
import {
  addDays,
  addWorkingDays,
  calendarDaysBetween,
  datePart,
  effectiveEndDate,
  isUncertain,
  shiftDate,
  workingDaysBetween,
} from './count';
import { LOOSE, type Looseness, type ReadDate, readDatesDetailed } from '../extract/notice-dates';

/** A deadline result; `severity: 'advisory'` marks a rule whose source text is not confirmed (◐). */
export type CheckedDeadline = DeadlineResult & { severity?: 'advisory' };

/** What checkDeadlines returns: the dates read (with quotes), the checks, and the publication date. */
export interface DeadlineCheck {
  dates: NoticeDate[];
  deadlines: CheckedDeadline[];
  publishedAt?: string;
}

/** One row of rules.md "Deadline keys", with the day the source came into force. */
export interface DeadlineRule {
  key: string;
  unit: 'calendar' | 'working';
  required: number;
  source: string;
  /** ISO date the source came into force; a notice published before it is not_applicable. */
  since: string;
  /** ◐ source: a shortfall is advisory, never a violation. */
  advisory?: boolean;
}

/** The deadline rules, by short name. */
export const DEADLINE_RULES = {
  candidates_period: { key: 'deadline.candidates_period', unit: 'calendar', required: 3, source: '条例 Art.54', since: '2012-02-01' },
  candidates_published: { key: 'deadline.candidates_published', unit: 'calendar', required: 3, source: '条例 Art.54', since: '2012-02-01' },
  document_access: { key: 'deadline.document_access', unit: 'calendar', required: 5, source: '条例 Art.16', since: '2012-02-01' },
  bid_window: { key: 'deadline.bid_window', unit: 'calendar', required: 20, source: '招标投标法 Art.24', since: '2000-01-01' },
  gp_notice_period: { key: 'deadline.gp_notice_period', unit: 'working', required: 5, source: '87号令 Art.16', since: '2017-10-01' },
  gp_document_period: { key: 'deadline.gp_document_period', unit: 'working', required: 5, source: '87号令 Art.18', since: '2017-10-01' },
  gp_bid_window: { key: 'deadline.gp_bid_window', unit: 'calendar', required: 20, source: '政采法 Art.35', since: '2003-01-01' },
  gp_result_period: { key: 'deadline.gp_result_period', unit: 'working', required: 1, source: '87号令 Art.69', since: '2017-10-01' },
  gp_contract_publish: { key: 'deadline.gp_contract_publish', unit: 'working', required: 2, source: '政采条例 Art.50', since: '2015-03-01' },
  land_notice: { key: 'deadline.land_notice', unit: 'calendar', required: 20, source: '39号令', since: '2007-11-01', advisory: true },
  land_listing: { key: 'deadline.land_listing', unit: 'calendar', required: 10, source: '39号令', since: '2007-11-01', advisory: true },
  property_disclosure: { key: 'deadline.property_disclosure', unit: 'working', required: 20, source: '32号令 Art.13', since: '2016-06-24', advisory: true },
} as const satisfies Record<string, DeadlineRule>;

type RuleName = keyof typeof DEADLINE_RULES;

interface Words {
  zh: string;
  en: string;
}

/** A stated period: a range (from/to) or a duration (days + unit). */
interface Span {
  from?: ReadDate;
  to?: ReadDate;
  days?: number;
  daysUnit?: 'calendar' | 'working';
  /** The period starts at publication: `from` is the publication date. */
  fromPublication?: boolean;
  /** Extra quotes (e.g. the duration). */
  extra?: ReadDate[];
}

/** "For the reader now": whether the period is open at capture time and how long it has left. */
interface NowPhrase {
  zh: string;
  en: string;
}

const NOW_OBJECT: NowPhrase = { zh: '异议截止', en: 'to object' };
const NOW_NOTICE: NowPhrase = { zh: '公告期', en: 'in the notice period' };
const NOW_DOCS: NowPhrase = { zh: '获取文件', en: 'to obtain the documents' };

function bi(zh: string[], en: string[]): string {
  return `${zh.join('；')} / ${en.join('; ')}`;
}

function unitZh(u: 'calendar' | 'working'): string {
  return u === 'working' ? '个工作日' : '日';
}
function unitEn(u: 'calendar' | 'working', n: number): string {
  return u === 'working' ? `working day${n === 1 ? '' : 's'}` : `day${n === 1 ? '' : 's'}`;
}

function evidenceOf(...ds: (NoticeDate | undefined)[]): string[] | undefined {
  const out: string[] = [];
  for (const d of ds) if (d && !out.includes(d.quote)) out.push(d.quote);
  return out.length ? out : undefined;
}

function base(rule: DeadlineRule): CheckedDeadline {
  const r: CheckedDeadline = { key: rule.key, outcome: 'uncertain', unit: rule.unit, required: rule.required, source: rule.source };
  if (rule.advisory) r.severity = 'advisory';
  return r;
}

function uncertain(rule: DeadlineRule, zh: string, en: string, ...ds: (NoticeDate | undefined)[]): CheckedDeadline {
  const r = base(rule);
  r.reason = bi([zh], [en]);
  const ev = evidenceOf(...ds);
  if (ev) r.evidence = ev;
  return r;
}

function notApplicable(rule: DeadlineRule, zh: string, en: string): CheckedDeadline {
  const r = base(rule);
  r.outcome = 'not_applicable';
  r.reason = bi([zh], [en]);
  return r;
}

/** A shortfall: `violation`, or for a ◐ rule an advisory `uncertain`. */
function shortfall(rule: DeadlineRule, r: CheckedDeadline, zh: string, en: string): CheckedDeadline {
  if (rule.advisory) {
    r.outcome = 'uncertain';
    r.reason = bi([`提示（依据为二手文本，待核实）：${zh}`], [`advisory (source not yet verified): ${en}`]);
  } else {
    r.outcome = 'violation';
    r.reason = bi([zh], [en]);
  }
  return r;
}

/**
 * A violation that rests on a loosely inferred date is not an accusation we can make: `uncertain`,
 * with the shortfall and how the date was read.
 */
function guardLoose(r: CheckedDeadline, ...used: (ReadDate | undefined)[]): CheckedDeadline {
  if (r.outcome !== 'violation') return r;
  const loose = used.find((d) => d?.loose)?.loose;
  return loose ? downgrade(r, loose) : r;
}

/** A violation turned `uncertain`, the reason kept and `why` added: no accusation on it. */
function downgrade(r: CheckedDeadline, why: Looseness): CheckedDeadline {
  const [zh, en] = splitReason(r.reason);
  return { ...r, outcome: 'uncertain', reason: bi([...zh, `${why.zh}，不作违规认定`], [...en, `${why.en}, so this is not reported as a violation`]) };
}

function restDayNote(day: string): Words {
  const name = holidayName(day);
  return name ? { zh: `${name}假期`, en: `a ${name} holiday` } : { zh: '休息日', en: 'a rest day' };
}

/**
 * A minimum period: at least `rule.required` days (calendar or working) from `span.from` to `span.to`
 * (start day not counted; a last day on a rest day moves to the next working day), or a stated
 * duration of at least that many.
 */
function checkMinimum(rule: DeadlineRule, what: Words, span: Span, opts: { roll?: boolean; exact?: boolean } = {}): CheckedDeadline {
  const r = base(rule);
  const ev = evidenceOf(span.from, span.to, ...(span.extra ?? []));
  if (ev) r.evidence = ev;
  const need = rule.required;
  const u = rule.unit;

  const from = span.from?.value;
  let to = span.to?.value;
  if (span.days !== undefined) {
    const du = span.daysUnit ?? 'calendar';
    if (du === u || (du === 'working' && u === 'calendar' && span.days >= need)) {
      // N working days always span at least N calendar days.
      r.days = span.days;
      if (span.days < need) {
        const short = shortfall(rule, r, `${what.zh}${span.days}${unitZh(du)}，少于${need}${unitZh(u)}`, `${what.en} ${span.days} ${unitEn(du, span.days)}, less than ${need}`);
        return guardLoose(short, ...(span.extra ?? []));
      }
      r.outcome = 'ok';
      r.reason = okReason(what, span.days, du, need, u, opts.exact);
      return r;
    }
    if (!from) {
      return uncertain(
        rule,
        `${what.zh}以${du === 'working' ? '工作日' : '日历日'}表示，未找到起算日期，无法换算`,
        `${what.en} is stated in ${du === 'working' ? 'working' : 'calendar'} days and no start date was found to convert it`,
        span.from,
        span.to,
      );
    }
    const end = du === 'working' ? addWorkingDays(from, span.days) : addDays(from, span.days, { roll: false });
    if (isUncertain(end)) return { ...r, reason: end.uncertain };
    to = end.date;
  }
  if (!from || !to) {
    const missing = !from && !to ? '起止日期' : !from ? '起始日期' : '截止日期';
    const missingEn = !from && !to ? 'start and end dates' : !from ? 'start date' : 'end date';
    return uncertain(rule, `未找到${what.zh}的${missing}`, `${what.en}: ${missingEn} not found`, span.from, span.to);
  }
  r.from = from;
  r.to = to;
  const start = datePart(from);
  const last = effectiveEndDate(to);

  if (u === 'working') {
    const wd = workingDaysBetween(start, last);
    if (isUncertain(wd)) return { ...r, reason: wd.uncertain };
    r.days = wd.days;
    if (wd.days < need) {
      const short = shortfall(rule, r, `${what.zh}${wd.days}个工作日，少于${need}个工作日`, `${what.en} ${wd.days} ${unitEn('working', wd.days)}, less than ${need}`);
      return guardLoose(startDayNote(short, wd.days, need), span.from, span.to, ...(span.extra ?? []));
    }
    r.outcome = 'ok';
    r.reason = okReason(what, wd.days, 'working', need, 'working', opts.exact);
    return r;
  }

  const cd = calendarDaysBetween(start, last);
  if (isUncertain(cd)) return { ...r, reason: cd.uncertain };
  r.days = cd.days;
  if (cd.days < need) {
    const short = shortfall(rule, r, `${what.zh}${cd.days}日，少于${need}日`, `${what.en} ${cd.days} ${unitEn('calendar', cd.days)}, less than ${need}`);
    return guardLoose(startDayNote(short, cd.days, need), span.from, span.to, ...(span.extra ?? []));
  }
  if (opts.roll !== false) {
    const plain = shiftDate(start, need);
    const due = addDays(start, need);
    if (isUncertain(due)) {
      // Whether the last day is a rest day is unknown; a margin longer than any holiday settles it.
      if (last < shiftDate(plain, 14)) return { ...r, reason: due.uncertain };
    } else if (last < due.date) {
      // Long enough in days; short only if the rest-day rule (民法典 Art.203) extends this minimum.
      // That reading is arguable for a sale or publicity period, so it is flagged, not accused.
      const rest = restDayNote(plain);
      r.reason = bi(
        [`${what.zh}${cd.days}日，但第${need}日（${plain}）为${rest.zh}，按期间末日顺延规则应至${due.date}`],
        [`${what.en} ${cd.days} days, but day ${need} (${plain}) is ${rest.en}; with the rest-day rule it runs to ${due.date}`],
      );
      return r;
    }
  }
  r.outcome = 'ok';
  r.reason = okReason(what, cd.days, 'calendar', need, 'calendar', opts.exact);
  return r;
}

/** One short: say how days are counted, since counting the first day would have made it. */
function startDayNote(r: CheckedDeadline, days: number, need: number): CheckedDeadline {
  if (days === need - 1) {
    const [zh, en] = splitReason(r.reason);
    r.reason = bi([...zh, '起始日不计入'], [...en, 'the start day is not counted']);
  }
  return r;
}

function okReason(what: Words, days: number, du: 'calendar' | 'working', need: number, u: 'calendar' | 'working', exact?: boolean): string {
  if (exact && days > need && du === u) {
    return bi([`${what.zh}${days}${unitZh(du)}，长于规定的${need}${unitZh(u)}`], [`${what.en} ${days} ${unitEn(du, days)}, longer than the required ${need}`]);
  }
  return bi([`${what.zh}${days}${unitZh(du)}，不少于${need}${unitZh(u)}`], [`${what.en} ${days} ${unitEn(du, days)}, at least ${need}`]);
}

/** Parse an ISO date or date-time as an instant; a date alone is its start (00:00 +08:00). */
function instant(iso: string, endOfDay = false): number {
  if (iso.length > 10) return Date.parse(iso);
  const day = endOfDay ? shiftDate(iso, 1) : iso;
  return Date.parse(`${day}T00:00:00+08:00`);
}

function localDate(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Add `open`/`daysLeft` and the phrase for the reader at capture time. */
function annotateNow(r: CheckedDeadline, start: string | undefined, end: string | undefined, capturedAt: string, phrase: NowPhrase): void {
  const now = Date.parse(capturedAt);
  if (!end || Number.isNaN(now)) return;
  const endAt = instant(end, true);
  const startAt = start ? instant(start) : Number.NEGATIVE_INFINITY;
  if (Number.isNaN(endAt)) return;
  const today = localDate(now);
  const left = calendarDaysBetween(today, datePart(end.length > 10 ? localDate(endAt - 1) : end));
  const n = isUncertain(left) ? 0 : Math.max(0, left.days);
  let zh: string;
  let en: string;
  if (now < startAt) {
    r.open = false;
    r.daysLeft = n;
    zh = '尚未开始';
    en = 'not started yet';
  } else if (now < endAt) {
    r.open = true;
    r.daysLeft = n;
    zh = `${phrase.zh}还剩 ${n} 天`;
    en = `${n} day${n === 1 ? '' : 's'} left ${phrase.en}`;
  } else {
    r.open = false;
    r.daysLeft = 0;
    zh = '已结束';
    en = 'ended';
  }
  const [rzh, ren] = splitReason(r.reason);
  r.reason = bi([...rzh, zh], [...ren, en]);
}

function splitReason(reason: string | undefined): [string[], string[]] {
  if (!reason) return [[], []];
  const i = reason.indexOf(' / ');
  return i < 0 ? [[reason], []] : [[reason.slice(0, i)], [reason.slice(i + 3)]];
}

/** The end a stated period reaches: the range end, or the publication date plus the duration. */
function periodEnd(span: Span): string | undefined {
  if (span.to) return span.to.value;
  const from = span.from?.value;
  if (from && span.days !== undefined) {
    const e = span.daysUnit === 'working' ? addWorkingDays(from, span.days) : addDays(from, span.days);
    return isUncertain(e) ? undefined : e.date;
  }
  return undefined;
}

/** Not in force when the notice was published (rules.md "Facts first"). */
function notInForce(rule: DeadlineRule, publishedAt: string | undefined): CheckedDeadline | undefined {
  if (!publishedAt || datePart(publishedAt) >= rule.since) return undefined;
  return notApplicable(rule, `${rule.source}自${rule.since}起施行，本公告发布时尚未施行`, `${rule.source} in force from ${rule.since}, after this notice was published`);
}

type Dates = Map<string, ReadDate>;

/** What decides whether a rule was in force: the publication date, or else the notice's earliest date. */
interface InForceBasis {
  published?: ReadDate;
  /** The earliest date (YYYY-MM-DD) the notice states with its year. */
  earliest?: string;
}

/**
 * Without a labelled publication date, a notice is taken as published after a rule came into force only
 * when every date it states is this many days past the rule's `since` (a notice is not published a
 * year before the dates of its own procedure).
 */
const IN_FORCE_MARGIN_DAYS = 365;

function inForceBasis(dates: ReadDate[], published: ReadDate | undefined): InForceBasis {
  const basis: InForceBasis = {};
  if (published) basis.published = published;
  for (const x of dates) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(x.value) || x.loose === LOOSE.yearAssumed) continue;
    const day = datePart(x.value);
    if (!basis.earliest || day < basis.earliest) basis.earliest = day;
  }
  return basis;
}

/** Whether the rule is known to have been in force when the notice was published. */
function knownInForce(rule: DeadlineRule, basis: InForceBasis): boolean {
  const pub = basis.published;
  if (pub && !pub.loose && datePart(pub.value) >= rule.since) return true;
  return !!basis.earliest && basis.earliest >= shiftDate(rule.since, IN_FORCE_MARGIN_DAYS);
}

/** A span from `startKey`/`endKey`, or from the duration keys `${days}Days`/`${days}WorkingDays`. */
function spanOf(d: Dates, startKey: string, endKey: string, daysBase: string | undefined, published: ReadDate | undefined): Span {
  const from = d.get(startKey);
  const to = d.get(endKey);
  if (from || to) {
    if (!from && to && published) return { from: published, to, fromPublication: true };
    return { from, to };
  }
  if (daysBase) {
    const w = d.get(`${daysBase}WorkingDays`);
    const c = d.get(`${daysBase}Days`);
    const dur = w ?? c;
    if (dur) {
      return { days: Number(dur.value), daysUnit: w ? 'working' : 'calendar', from: published, extra: [dur], fromPublication: true };
    }
  }
  return {};
}

/**
 * One rule: not_applicable before its `since`; a violation only when the rule is known to have been in
 * force (rules.md "Facts first": without the publication date that is not known).
 */
function run(name: RuleName, basis: InForceBasis, f: (r: DeadlineRule) => CheckedDeadline): CheckedDeadline {
  const rule: DeadlineRule = DEADLINE_RULES[name];
  const na = notInForce(rule, basis.published?.value);
  if (na) return na;
  const r = f(rule);
  if (r.outcome !== 'violation' || knownInForce(rule, basis)) return r;
  return downgrade(r, {
    zh: `未找到标注的公告发布日期，无法确认发布时${rule.source}（${rule.since}起施行）已施行`,
    en: `no labelled publication date, so it cannot be told that ${rule.source} (in force from ${rule.since}) applied when it was published`,
  });
}

function fromPubNote(r: CheckedDeadline, span: Span): CheckedDeadline {
  if (span.fromPublication && span.from && r.outcome !== 'uncertain') {
    const [zh, en] = splitReason(r.reason);
    r.reason = bi([...zh, '起始日按发布日期计'], [...en, 'counted from the publication date']);
  }
  return r;
}

/** A procurement method (政采法 Art.26); `unknown` when the notice does not tell. */
export type ProcurementMethod = 'tender' | 'consultation' | 'negotiation' | 'inquiry' | 'single_source' | 'unknown';
type KnownMethod = Exclude<ProcurementMethod, 'unknown'>;

function methodOfWord(w: string): KnownMethod {
  return /磋商/.test(w) ? 'consultation' : /谈判/.test(w) ? 'negotiation' : /询价/.test(w) ? 'inquiry' : /单一来源/.test(w) ? 'single_source' : 'tender';
}

// In a field or a title any method word counts; in running text 询价 alone is too common (市场询价).
const METHOD_WORDS = '公开招标|邀请招标|竞争性磋商|竞争性谈判|单一来源|询价';
const BODY_METHOD_WORDS = '公开招标|邀请招标|竞争性磋商|竞争性谈判|单一来源|询价(?:采购|公告|通知书|方式)';
// "转为竞争性磋商", "变更为竞争性谈判", "改用询价": the method the procurement moved to.
const MOVED_TO = /(?:转为|转成|转入|转|变更为|更改为|改为|改用|调整为|变更采购方式为)\s*(?:采用)?\s*/;
// "公开招标失败", "公开招标流标": a method that was tried and did not lead to this notice.
const FAILED_AFTER = /^\s*(?:方式)?\s*(?:采购)?\s*(?:[（(][^（）()]{0,10}[）)])?\s*(?:均|都|已|又|再次|两次|二次)?\s*(?:失败|流标|废标|不成功|未成功|终止|未能成交|无效)/;
// "由公开招标…", "原公开招标…", "原采购方式为公开招标": the method left behind.
const LEFT_BEFORE = /(?:由|原|从|原采购方式为?|原为|变更前为?)\s*(?:采用)?\s*$/;

/**
 * The method a text names: the one it moved to (…转为竞争性磋商) if any, else the one method it names
 * once failed and abandoned mentions (公开招标失败, 由公开招标…) are left out; `mixed` when it names
 * several, undefined when none.
 */
function namedMethod(text: string, words = METHOD_WORDS): KnownMethod | 'mixed' | undefined {
  const named = new RegExp(words, 'g');
  const moved = new RegExp(`${MOVED_TO.source}(${words})`, 'g');
  let to: string | undefined;
  for (const m of text.matchAll(moved)) to = m[1];
  if (to) return methodOfWord(to);
  const kept = new Set<KnownMethod>();
  for (const m of text.matchAll(named)) {
    const end = m.index + m[0].length;
    if (FAILED_AFTER.test(text.slice(end, end + 16))) continue;
    if (LEFT_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    kept.add(methodOfWord(m[0]));
  }
  if (kept.size > 1) return 'mixed';
  return [...kept][0];
}

/** The value of the 采购方式 field, in the text ("采购方式：竞争性磋商", a cell per line) or a table row. */
function methodFields(doc: NoticeDoc, body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/采购方式\s*(?:[：:]|为|是)?[ \t]*(?:\n[ \t]*)?([^\n。；;]{0,60})/g)) {
    // 原采购方式：公开招标 is the method left behind.
    if (/(?:原|变更前|原定)\s*$/.test(body.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (m[1]) out.push(m[1]);
  }
  for (const t of doc.tables) {
    for (const row of t.rows) {
      const i = row.findIndex((c) => /^\s*采购方式\s*[：:]?\s*$/.test(c));
      const v = i >= 0 ? row[i + 1] : undefined;
      if (v) out.push(v);
    }
  }
  return out;
}

/**
 * Procurement method of a notice: 87号令's periods apply to 招标 (公开/邀请), not 磋商/谈判/询价. From the
 * 采购方式 field first, then the title, then the opening of the body; a method the text says failed or was
 * changed from ("公开招标失败后转为竞争性磋商" is 磋商) does not count. `unknown` when it cannot be told.
 */
export function procurementMethod(doc: NoticeDoc): ProcurementMethod {
  const body = doc.text || doc.lines.map((l) => l.text).join('\n');
  for (const field of methodFields(doc, body)) {
    const m = namedMethod(field);
    if (m === 'mixed') return 'unknown';
    if (m) return m;
  }
  const title = doc.title ?? '';
  const fromTitle = namedMethod(title);
  if (fromTitle === 'mixed') return 'unknown';
  if (fromTitle) return fromTitle;
  if (/磋商公告|磋商邀请/.test(title)) return 'consultation';
  if (/谈判公告|谈判邀请/.test(title)) return 'negotiation';
  if (/招标公告|资格预审/.test(title)) return 'tender';
  const head = body.slice(0, 3000);
  const fromBody = namedMethod(head, BODY_METHOD_WORDS);
  if (fromBody === 'mixed') return 'unknown';
  if (fromBody) return fromBody;
  // No method named: the documents' names. 招标文件 and 投标文件 without any 响应文件 is a tender.
  const kinds = new Set<KnownMethod>();
  if (/磋商文件/.test(head)) kinds.add('consultation');
  if (/谈判文件/.test(head)) kinds.add('negotiation');
  if (/询价通知书/.test(head)) kinds.add('inquiry');
  if (/招标文件/.test(head) && /投标文件/.test(head) && !/响应文件/.test(head)) kinds.add('tender');
  return kinds.size === 1 ? ([...kinds][0] as KnownMethod) : 'unknown';
}

const METHOD_ZH: Record<string, string> = {
  consultation: '竞争性磋商',
  negotiation: '竞争性谈判',
  inquiry: '询价',
  single_source: '单一来源',
};
const METHOD_EN: Record<string, string> = {
  consultation: 'competitive consultation',
  negotiation: 'competitive negotiation',
  inquiry: 'request for quotations',
  single_source: 'single source',
};

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

function isPrequalification(doc: NoticeDoc, bidDeadline: NoticeDate | undefined): boolean {
  if (/资格预审/.test(doc.title ?? '')) return true;
  return !!bidDeadline && /资格预审/.test(bidDeadline.quote);
}

/** Check the deadlines rules.md gives for the notice type; other types get none. */
export function checkDeadlines(doc: NoticeDoc, noticeType: string, capturedAt: string): DeadlineCheck {
  const capturedYear = Number.parseInt(capturedAt.slice(0, 4), 10);
  const read = readDatesDetailed(doc, Number.isFinite(capturedYear) ? { defaultYear: capturedYear } : {});
  const d: Dates = new Map(read.map((x) => [x.key, x]));
  const published = d.get('publishedAt');
  const pub = published?.value;
  const basis = inForceBasis(read, published);
  const out: CheckedDeadline[] = [];

  switch (noticeType) {
    case 'construction.candidates': {
      const span = spanOf(d, 'periodStart', 'periodEnd', 'period', published);
      out.push(
        run('candidates_period', basis, (rule) => {
          if (!span.from && !span.to && span.days === undefined) {
            return uncertain(rule, '未找到公示期', 'publicity period not found');
          }
          const r = fromPubNote(checkMinimum(rule, { zh: '公示期', en: 'publicity period' }, span), span);
          annotateNow(r, span.from?.value, periodEnd(span), capturedAt, NOW_OBJECT);
          return r;
        }),
      );
      out.push(
        run('candidates_published', basis, (rule) => {
          const ev = d.get('evaluationDate');
          if (!ev) return notApplicable(rule, '公告未显示评标（评标报告）日期', 'the notice does not show the evaluation (report) date');
          // 条例 Art.54 counts from receiving the evaluation report: a date from a sentence ("于…组织的招标")
          // or the day the evaluation took place is not that date.
          if (ev.loose && ev.loose !== LOOSE.yearAssumed) {
            return uncertain(
              rule,
              `公告未载明收到评标报告的日期（评标报告提交日期或评标结束时间）；${ev.loose.zh}`,
              `the notice does not state when the evaluation report was received (report date or end of the evaluation); ${ev.loose.en}`,
              ev,
              published,
            );
          }
          const shown = publicationShown(published, d.get('periodStart'));
          if (!shown) return uncertain(rule, '未找到公示发布日期', 'publication date not found', ev);
          const r = base(rule);
          r.evidence = evidenceOf(ev, shown);
          r.from = ev.value;
          r.to = shown.value;
          const cd = calendarDaysBetween(datePart(ev.value), datePart(shown.value));
          if (isUncertain(cd)) return { ...r, reason: cd.uncertain };
          r.days = cd.days;
          if (cd.days < 0) return { ...r, reason: bi(['公示日期早于评标日期'], ['published before the evaluation date']) };
          if (cd.days <= rule.required) {
            r.outcome = 'ok';
            r.reason = bi([`评标后第${cd.days}日公示，在3日内`], [`published ${cd.days} day${cd.days === 1 ? '' : 's'} after the evaluation, within 3`]);
            return r;
          }
          const due = addDays(datePart(ev.value), rule.required);
          if (isUncertain(due)) return { ...r, reason: due.uncertain };
          if (datePart(shown.value) <= due.date) {
            r.outcome = 'ok';
            r.reason = bi(
              [`评标后第${cd.days}日公示；第3日为休息日，顺延至${due.date}`],
              [`published ${cd.days} days after the evaluation; day 3 was a rest day, so the time ran to ${due.date}`],
            );
            return r;
          }
          return guardLoose(shortfall(rule, r, `评标后第${cd.days}日公示，超过3日`, `published ${cd.days} days after the evaluation, more than 3`), ev, shown);
        }),
      );
      break;
    }
    case 'construction.tender': {
      const access = spanOf(d, 'docAccessStart', 'docAccessEnd', 'docAccess', published);
      out.push(
        run('document_access', basis, (rule) => {
          const r = fromPubNote(checkMinimum(rule, { zh: '招标文件发售期', en: 'document sale period' }, access), access);
          annotateNow(r, access.from?.value, periodEnd(access), capturedAt, NOW_DOCS);
          return r;
        }),
      );
      out.push(run('bid_window', basis, (rule) => bidWindow(rule, doc, d, published, access)));
      break;
    }
    case 'procurement.tender': {
      const method = procurementMethod(doc);
      const other = method !== 'tender' && method !== 'unknown';
      const na = (rule: DeadlineRule) =>
        notApplicable(
          rule,
          `${METHOD_ZH[method] ?? method}公告：${rule.source}适用于招标（公开招标、邀请招标）`,
          `${METHOD_EN[method] ?? method} notice: ${rule.source} applies to tenders`,
        );
      // These periods bind 招标 only: with the method unknown, a shortfall accuses no one.
      const gpRun = (name: RuleName, f: (rule: DeadlineRule) => CheckedDeadline) =>
        run(name, basis, (rule) => {
          if (other) return na(rule);
          const r = f(rule);
          if (method !== 'unknown' || r.outcome !== 'violation') return r;
          return downgrade(r, {
            zh: `未能确定采购方式，${rule.source}仅适用于招标（公开招标、邀请招标）`,
            en: `the procurement method could not be told, and ${rule.source} applies to tenders (open or invited) only`,
          });
        });
      const notice = spanOf(d, 'noticePeriodStart', 'noticePeriodEnd', 'noticePeriod', published);
      out.push(
        gpRun('gp_notice_period', (rule) => {
          if (!notice.from && !notice.to && notice.days === undefined) return uncertain(rule, '未找到公告期限', 'notice period not found');
          const r = fromPubNote(checkMinimum(rule, { zh: '公告期限', en: 'notice period' }, notice, { exact: true }), notice);
          annotateNow(r, notice.from?.value, periodEnd(notice), capturedAt, NOW_NOTICE);
          return r;
        }),
      );
      const access = spanOf(d, 'docAccessStart', 'docAccessEnd', 'docAccess', published);
      out.push(
        gpRun('gp_document_period', (rule) => {
          const r = fromPubNote(checkMinimum(rule, { zh: '招标文件提供期限', en: 'document period' }, access), access);
          annotateNow(r, access.from?.value, periodEnd(access), capturedAt, NOW_DOCS);
          return r;
        }),
      );
      out.push(gpRun('gp_bid_window', (rule) => bidWindow(rule, doc, d, published, access)));
      break;
    }
    case 'procurement.result': {
      const notice = spanOf(d, 'noticePeriodStart', 'noticePeriodEnd', 'noticePeriod', published);
      out.push(
        run('gp_result_period', basis, (rule) => {
          if (!notice.from && !notice.to && notice.days === undefined) return uncertain(rule, '未找到公告期限', 'notice period not found');
          const r = fromPubNote(checkMinimum(rule, { zh: '中标结果公告期限', en: 'result notice period' }, notice, { exact: true }), notice);
          annotateNow(r, notice.from?.value, periodEnd(notice), capturedAt, NOW_NOTICE);
          return r;
        }),
      );
      break;
    }
    case 'procurement.contract': {
      out.push(
        run('gp_contract_publish', basis, (rule) => {
          const signed = d.get('contractSignDate');
          const shown = d.get('contractPublishDate') ?? published;
          if (!signed) return uncertain(rule, '未找到合同签订日期', 'contract signing date not found', shown);
          if (!shown) return uncertain(rule, '未找到合同公告日期', 'contract publication date not found', signed);
          const r = base(rule);
          r.evidence = evidenceOf(signed, shown);
          r.from = signed.value;
          r.to = shown.value;
          const wd = workingDaysBetween(datePart(signed.value), datePart(shown.value));
          if (isUncertain(wd)) return { ...r, reason: wd.uncertain };
          r.days = wd.days;
          if (datePart(shown.value) < datePart(signed.value)) {
            return { ...r, reason: bi(['公告日期早于合同签订日期'], ['published before the signing date']) };
          }
          if (wd.days <= rule.required) {
            r.outcome = 'ok';
            r.reason = bi([`合同签订后第${wd.days}个工作日公告，在2个工作日内`], [`published ${wd.days} working day${wd.days === 1 ? '' : 's'} after signing, within 2`]);
            return r;
          }
          return guardLoose(
            shortfall(rule, r, `合同签订后第${wd.days}个工作日公告，超过2个工作日`, `published ${wd.days} working days after signing, more than 2`),
            signed,
            shown,
          );
        }),
      );
      break;
    }
    case 'land.transfer': {
      const startKey = d.has('listingStart') ? 'listingStart' : d.has('auctionDate') ? 'auctionDate' : 'openingTime';
      const start = d.get(startKey);
      out.push(
        run('land_notice', basis, (rule) =>
          checkMinimum(rule, { zh: '公告发布至出让活动开始', en: 'notice to the start of the sale' }, { from: published, to: start }, { roll: false }),
        ),
      );
      const listing = spanOf(d, 'listingStart', 'listingEnd', 'listing', undefined);
      out.push(
        run('land_listing', basis, (rule) => {
          if (!listing.from && !listing.to && listing.days === undefined) {
            if (d.has('auctionDate')) return notApplicable(rule, '拍卖出让，无挂牌期', 'auction: no listing period');
            return uncertain(rule, '未找到挂牌期', 'listing period not found');
          }
          return checkMinimum(rule, { zh: '挂牌期', en: 'listing period' }, listing);
        }),
      );
      break;
    }
    case 'property.disclosure': {
      out.push(
        run('property_disclosure', basis, (rule) => {
          const kind = `${doc.title ?? ''}\n${doc.text.slice(0, 2000)}`;
          if (!/产权转让|股权转让/.test(kind)) {
            return notApplicable(
              rule,
              '32号令第十三条的20个工作日适用于产权转让正式披露（增资、资产转让、资产招租另有规定）',
              '32号令 Art.13 (20 working days) applies to equity transfers; capital increases, asset transfers and leases differ',
            );
          }
          const span = spanOf(d, 'noticePeriodStart', 'noticePeriodEnd', 'noticePeriod', published);
          return fromPubNote(checkMinimum(rule, { zh: '信息披露期', en: 'disclosure period' }, span), span);
        }),
      );
      break;
    }
    default:
      break;
  }

  const dates: NoticeDate[] = read.map(({ key, value, quote }) => ({ key, value, quote }));
  const result: DeadlineCheck = { dates, deadlines: out };
  if (pub) result.publishedAt = pub;
  return result;
}

/** Documents issued → bid deadline ≥ 20日 (招标投标法 Art.24 / 政采法 Art.35). */
function bidWindow(rule: DeadlineRule, doc: NoticeDoc, d: Dates, published: ReadDate | undefined, access: Span): CheckedDeadline {
  const deadline = d.get('bidDeadline') ?? d.get('openingTime');
  if (isPrequalification(doc, d.get('bidDeadline'))) {
    return notApplicable(rule, '资格预审公告：所示截止时间为资格预审申请文件的提交时间', 'prequalification notice: the deadline shown is for prequalification applications');
  }
  const what = { zh: '招标文件发出至投标截止', en: 'documents issued to bid deadline' };
  if (access.from) {
    const r = checkMinimum(rule, what, { from: access.from, to: deadline, fromPublication: access.fromPublication });
    return mustTenderGuard(rule, doc, fromPubNote(r, access));
  }
  if (!deadline) return uncertain(rule, '未找到投标截止时间', 'bid deadline not found', published);
  if (!published) return uncertain(rule, '未找到招标文件发出日期', 'date the documents were issued not found', deadline);
  // Documents cannot be issued before the notice: a window from publication that is already short is short.
  const r = checkMinimum(rule, what, { from: published, to: deadline });
  if (r.outcome === 'violation') {
    const [zh, en] = splitReason(r.reason);
    r.reason = bi([...zh, '按公告发布日期计（文件发出不早于公告）'], [...en, 'counted from publication (documents are not issued before the notice)']);
    return mustTenderGuard(rule, doc, r);
  }
  return uncertain(rule, '未找到招标文件发出日期', 'date the documents were issued not found', published, deadline);
}

// 发改委令第16号 (from 2018-06-01) Art.5 thresholds of 依法必须招标, in yuan; before it, 计委令第3号 (2000).
const MUST_TENDER_SINCE_2018 = { works: 4_000_000, goods: 2_000_000, services: 1_000_000 };
const MUST_TENDER_2000 = { works: 2_000_000, goods: 1_000_000, services: 500_000 };

/** An amount the notice gives for the contract (预算, 控制价, 最高限价, 估算价), in yuan. */
function statedAmount(text: string): number | undefined {
  const m =
    /(?:预算价|预算金额|预算|招标控制价|控制价|最高投标限价|最高限价|估算价|合同估算价|估算|投资额|总投资)[^。\n\d]{0,10}?([\d,]+(?:\.\d+)?)\s*(万元|万|元)/.exec(text);
  if (!m) return undefined;
  const n = Number((m[1] ?? '').replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  return m[2] === '元' ? n : n * 10_000;
}

/**
 * 招标投标法 Art.24's 20 days binds 依法必须招标 projects only. A shortfall on a notice that says it is a
 * small project (小额工程, 限额以下) or gives an amount under every threshold is not an accusation we can make.
 */
function mustTenderGuard(rule: DeadlineRule, doc: NoticeDoc, r: CheckedDeadline): CheckedDeadline {
  if (r.outcome !== 'violation' || rule.key !== DEADLINE_RULES.bid_window.key) return r;
  const text = `${doc.title ?? ''}\n${doc.text || doc.lines.map((l) => l.text).join('\n')}`;
  const small = /小额工程|小额项目|限额以下|简易招标|简易程序|非依法必须|不属于依法必须/.exec(text)?.[0];
  const amount = statedAmount(text);
  const published = r.from ? datePart(r.from) : '';
  const limits = published && published < '2018-06-01' ? MUST_TENDER_2000 : MUST_TENDER_SINCE_2018;
  const kind = `${doc.title ?? ''}\n${text.slice(0, 600)}`;
  const limit = /监理|设计|勘察|咨询|造价|服务/.test(kind)
    ? limits.services
    : /施工|工程/.test(kind)
      ? limits.works
      : /货物|设备|材料/.test(kind)
        ? limits.goods
        : limits.services;
  const under = amount !== undefined && amount < limit;
  if (!small && !under) return r;
  const why = small ? `“${small}”` : `金额${amount}元低于依法必须招标的标准`;
  const whyEn = small ? `"${small}"` : `amount ${amount} yuan is under the thresholds`;
  const [zh, en] = splitReason(r.reason);
  return {
    ...r,
    outcome: 'uncertain',
    reason: bi([...zh, `可能不属于依法必须招标项目（${why}），第24条不一定适用`], [...en, `may not be a project that must be tendered by law (${whyEn}), so Art.24 may not apply`]),
  };
}
