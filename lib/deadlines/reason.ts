/**
 * Deadline reasons in both languages, kept as parts ({ zh, en }) while a check adds to them, and turned
 * into the report's "中文；… / English; …" string once, at the boundary (renderReason).
 */

/** One phrase in both languages. */
export interface Words {
  zh: string;
  en: string;
}

/** A reason under construction: its Chinese parts and its English parts, in order. */
export interface Reason {
  zh: string[];
  en: string[];
}

/** A reason of one part. */
export function reasonOf(w: Words): Reason {
  return { zh: [w.zh], en: [w.en] };
}

/** The reason with one more part (none yet: a reason of one part). */
export function addPart(r: Reason | undefined, w: Words): Reason {
  return { zh: [...(r?.zh ?? []), w.zh], en: [...(r?.en ?? []), w.en] };
}

/** The report's string: Chinese parts joined by "；", English parts by "; ", the two by " / ". */
export function renderReason(r: Reason): string {
  return `${r.zh.join('；')} / ${r.en.join('; ')}`;
}

/** 日 or 个工作日, after a number. */
export function unitZh(u: 'calendar' | 'working'): string {
  return u === 'working' ? '个工作日' : '日';
}

/** "day(s)" or "working day(s)" after the number `n`. */
export function unitEn(u: 'calendar' | 'working', n: number): string {
  return u === 'working' ? `working day${n === 1 ? '' : 's'}` : `day${n === 1 ? '' : 's'}`;
}
