/**
 * The engine writes its reasons and notes as "中文 / English" (one string, so the Report, the CSV and the
 * report.html carry both). The extension's pages show the part of the UI language and keep the other for a
 * hover (title). Pure: no DOM, no state.
 *
 * Forms read (from lib/analyze.ts, lib/checks, lib/deadlines, lib/page):
 * - "正文已读，未见此项 / body read, item not found"
 * - "A；B；C / a; b; c" — deadline reasons: Chinese parts joined by "；", English parts by "; "
 * - "X / x；Y / y" — a reason with a note appended ("…；发布日期不详… / publication date unknown…")
 * - a Chinese part that quotes the notice (「…」: may hold "；", " / " or a URL) and an English part that names
 *   a file or a law in Chinese ("… not read: 中标候选人公示.pdf", "政采法 Art.35 applies to tenders").
 * Anything else (a quote, a name, plain Chinese) is left as it is.
 */
import type { Lang } from '../messages';

/** The two languages of an engine string. */
export interface Bilingual {
  zh: string;
  en: string;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;
const WORD = /[A-Za-z]{2,}/g;
const SEPARATOR = ' / ';

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

/** English enough to be the English half: two words at least, more Latin letters than Han characters. */
function englishLike(s: string): boolean {
  return count(s, WORD) >= 2 && count(s, LATIN) > count(s, HAN);
}

/** Split one "中文 / English" piece at the last " / " that fits; undefined when none does. */
function splitPair(piece: string): Bilingual | undefined {
  let fallback: Bilingual | undefined;
  for (let at = piece.lastIndexOf(SEPARATOR); at > 0; at = piece.lastIndexOf(SEPARATOR, at - 1)) {
    const zh = piece.slice(0, at).trim();
    const en = piece.slice(at + SEPARATOR.length).trim();
    if (!englishLike(en) || count(zh, HAN) === 0) continue;
    // Prefer a Chinese half that is mostly Chinese: an English half naming "附件 / Annex.pdf" must not be cut.
    if (count(zh, HAN) >= count(zh, LATIN)) return { zh, en };
    fallback ??= { zh, en }; // a Chinese half quoting a URL or English words: the last fitting " / "
  }
  return fallback;
}

/**
 * The Chinese and English of an engine string, or undefined when it is not of the form "中文 / English".
 * Pieces joined by "；" are read one by one: a piece without its own English belongs to the next one that has
 * it ("A；B / a; b"); pieces after the last English are kept in both languages.
 */
export function splitBilingual(text: string): Bilingual | undefined {
  const zh: string[] = [];
  const en: string[] = [];
  let pending: string[] = [];
  for (const piece of text.split('；')) {
    const pair = piece.includes(SEPARATOR) ? splitPair(piece) : undefined;
    if (!pair) {
      if (piece.trim()) pending.push(piece);
      continue;
    }
    zh.push([...pending, pair.zh].join('；'));
    en.push(pair.en);
    pending = [];
  }
  if (zh.length === 0) return undefined;
  return {
    zh: [...zh, ...pending].join('；'),
    en: [...en, ...pending].join('; '),
  };
}

/** What a page shows of an engine string: the part in `lang`, and the other language for a hover. */
export function showInLanguage(text: string, lang: Lang): { shown: string; other?: string } {
  const both = splitBilingual(text);
  if (!both) return { shown: text };
  return lang === 'en' ? { shown: both.en, other: both.zh } : { shown: both.zh, other: both.en };
}

/** The part of a "中文 / English" engine string in `lang`; the text itself when it has no such form. */
export function pickLanguage(text: string, lang: Lang): string {
  return showInLanguage(text, lang).shown;
}
