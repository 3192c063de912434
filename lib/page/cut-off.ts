/**
 * Was the page cut short? A slow platform stops sending, a frame is still loading, the size cap is hit, a crawler
 * saved half a page. A cut page must not accuse: items after the cut would read as missing. Recognised from what
 * is there: markup that stops inside an element or a table, a full page whose </html> never comes, text that stops
 * mid-sentence or on an empty label, and a notice without its closing block (落款: the party, a date, contacts).
 */

/** The reason every item not found becomes `uncertain` on a page that may be cut off. */
export const CUT_OFF_REASON = '页面可能不完整 / the page may be cut off';

/**
 * What a notice's closing block holds: contact words, a seal, the closing formula, a phone number standing alone
 * (not a run of a longer number such as a certificate's), or a date on a line of its own (the 落款 date).
 */
const CLOSING_WORDS = /联系人|联系电话|联系方式|电\s*话|特此(公告|公示|通知)|盖章|[（(]\s*章\s*[)）]|邮\s*箱|传\s*真|地\s*址/;
const PHONE = /(?<![\d.])(0\d{2,3}\s*[-－—]\s*\d{7,8}|0\d{9,11}|1[3-9]\d{9})(?![\d.])/;
const DATE_LINE = /^[^\d]{0,8}\d{4}\s*(年|[-/.])\s*\d{1,2}\s*(月|[-/.])\s*\d{1,2}\s*日?[^\d]{0,4}$/;

function hasClosingBlock(lines: readonly string[]): boolean {
  return lines.some((l) => CLOSING_WORDS.test(l) || PHONE.test(l) || DATE_LINE.test(l)) || DATE_LINE.test(lines.slice(-4).join(''));
}

/**
 * A line that ends where nothing can end: an open bracket or quote, a comma or 、. (An empty label 「电子邮件：」
 * is not one: forms end on empty fields.)
 */
const OPEN_END = /[，,、（(《“"‘]$/;
/** An attachment's file name ends a notice as well as a full stop does. */
const FILE_NAME_END = /\.(pdf|docx?|xlsx?|zip|rar|7z|wps|ofd|jpe?g|png)$/i;
/** Sentence and value ends: punctuation, a closing bracket, a digit, a unit or a date/number word. */
const CLOSED_END = /[。．.；;！!？?）)」』》”"’】\]\d%％元号日月年天时分止整]$/;
/** A long line of prose (a comma or a full stop in it, or no label) without a closing mark stops mid-sentence. */
const MID_SENTENCE_CHARS = 24;
const PROSE = /[，。,]/;
/** A notice that ends on a full sentence ended there: a cut rarely falls just after a full stop. */
const SENTENCE_END = /[。！!？?]$/;
/** How much of the end a closing block must be found in: the last lines, and at least this many characters. */
const TAIL_LINES = 8;
const TAIL_CHARS = 200;

/** Does notice text (body lines in reading order) end as a whole notice does? Returns why not, or undefined. */
export function textCutOff(lines: readonly string[]): string | undefined {
  // Crawled text separates table cells with 「 | 」: a cell's end is where its text ends.
  const kept = lines.map((l) => l.replace(/[\s|｜]+$/, '').trim()).filter((l) => /[\p{L}\p{N}]/u.test(l));
  const last = kept[kept.length - 1];
  if (!last) return undefined;
  if (FILE_NAME_END.test(last)) return undefined;
  if (OPEN_END.test(last)) return 'ends on an open clause';
  const prose = PROSE.test(last) || !/[：:]/.test(last);
  if (last.length >= MID_SENTENCE_CHARS && prose && !CLOSED_END.test(last)) return 'ends mid-sentence';
  let start = Math.max(0, kept.length - TAIL_LINES);
  while (start > 0 && kept.slice(start).join('').length < TAIL_CHARS) start--;
  // Table cells come one per line: a date split over cells (「2026年」「3月」「16日」) is still a date.
  if (!SENTENCE_END.test(last) && !hasClosingBlock(kept.slice(start))) return 'no closing block (party, date, contacts) at the end';
  return undefined;
}

const FULL_PAGE = /<(html|body)\b/i;
const PAGE_END = /<\/(html|body)>/i;

/** Does markup stop inside a tag, an element or a table? Returns why, or undefined. */
export function htmlCutOff(html: string): string | undefined {
  const tail = html.trimEnd();
  if (tail.lastIndexOf('<') > tail.lastIndexOf('>')) return 'ends inside a tag';
  if (FULL_PAGE.test(tail.slice(0, 4096)) && !PAGE_END.test(tail.slice(-4096))) return 'the page never closes (</body>, </html>)';
  const afterLastTag = tail.slice(tail.lastIndexOf('>') + 1);
  if (/[\u4e00-\u9fff]/.test(afterLastTag)) return 'ends inside an element';
  const opens = (tail.match(/<table\b/gi) ?? []).length;
  const closes = (tail.match(/<\/table>/gi) ?? []).length;
  if (opens > closes && !/<\/html>\s*$/i.test(tail)) return 'ends inside a table';
  // A fragment's wrapper that never closes: the article body stopped before its end.
  const divOpens = (tail.match(/<div\b/gi) ?? []).length;
  const divCloses = (tail.match(/<\/div>/gi) ?? []).length;
  if (divOpens > divCloses && !PAGE_END.test(tail.slice(-4096))) return 'ends inside an element';
  return undefined;
}
