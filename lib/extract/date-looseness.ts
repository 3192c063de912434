/** How loosely a date was read: the looseness kinds and the dated fact that carries one. */
import type { NoticeDate } from '../types';

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
