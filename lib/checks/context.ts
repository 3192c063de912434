/** What every item check sees: the read notice, a flat text with offsets mapped back to lines. */
import { DEFERS_AFTER_LABEL, DEFERS_IN_CLAUSE } from '../cues/deferral';
import type { NoticeDoc } from '../page/doc';
import type { Evidence, PartyOutcome } from '../types';

/** What a check reports when it finds the item (or decides it does not apply). */
export interface Finding {
  outcome?: 'present' | 'not_applicable' | 'uncertain' | 'missing';
  evidence?: Evidence;
  reason?: string;
  perParty?: PartyOutcome[];
  /** A not_applicable inferred from the item's absence (no e-bidding seen): only sound when the body was read. */
  fromAbsence?: boolean;
}

/** A regex hit in the flat text. */
export interface Hit {
  index: number;
  end: number;
  text: string;
}

const EVIDENCE_MAX = 160;

/** Flat view of the body: lines joined by "\n", with a map from offsets to line paths. */
export class CheckContext {
  readonly flat: string;
  private readonly starts: number[] = [];

  constructor(readonly doc: NoticeDoc) {
    let at = 0;
    for (const line of doc.lines) {
      this.starts.push(at);
      at += line.text.length + 1;
    }
    this.flat = doc.lines.map((l) => l.text).join('\n');
  }

  /** First match of a pattern in the body (pattern flags other than i/g are ignored). */
  find(re: RegExp, from = 0): Hit | undefined {
    const g = new RegExp(re.source, re.flags.includes('i') ? 'gi' : 'g');
    g.lastIndex = from;
    const m = g.exec(this.flat);
    return m ? { index: m.index, end: m.index + m[0].length, text: m[0] } : undefined;
  }

  /** Every match of a pattern, bounded. */
  findAll(re: RegExp, limit = 200): Hit[] {
    const g = new RegExp(re.source, re.flags.includes('i') ? 'gi' : 'g');
    const hits: Hit[] = [];
    for (let m = g.exec(this.flat); m && hits.length < limit; m = g.exec(this.flat)) {
      hits.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
      if (m[0].length === 0) g.lastIndex++;
    }
    return hits;
  }

  /** Text following a hit, across line breaks (plain-text notices put one table cell per line). */
  after(hit: Hit, chars: number): string {
    return this.flat.slice(hit.end, hit.end + chars);
  }

  /** The line path holding an offset. */
  pathAt(index: number): string | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return this.doc.lines[lo]?.path;
  }

  /** Evidence quoting the whole line that holds an offset (a table row reads best whole). */
  lineEvidence(index: number): Evidence {
    const start = this.flat.lastIndexOf('\n', index) + 1;
    const endAt = this.flat.indexOf('\n', index);
    const text = this.flat.slice(start, endAt < 0 ? undefined : endAt).slice(0, EVIDENCE_MAX);
    const path = this.pathAt(index);
    return path ? { text, path } : { text };
  }

  /** Evidence quoting the body from a hit to `span` chars on, lines joined by a space as a reader quotes them. */
  evidence(hit: Hit, span = 60): Evidence {
    const raw = this.flat.slice(hit.index, Math.max(hit.end, Math.min(this.flat.length, hit.index + span)));
    const flat = raw.replace(/\n/g, ' ').trim();
    // A long quote keeps its label and its value: the middle is elided, never the value at the end.
    const text = flat.length <= EVIDENCE_MAX ? flat : `${flat.slice(0, 60)} … ${flat.slice(-(EVIDENCE_MAX - 63))}`;
    const path = this.pathAt(hit.index);
    return path ? { text, path } : { text };
  }
}

/** Find a label and require a value near it (e.g. a phone, an amount); evidence spans label to value. */
export function labelWithValue(
  ctx: CheckContext,
  label: RegExp,
  value: (window: string) => { index: number; length: number } | undefined,
  windowChars = 80,
): Finding | undefined {
  let deferred: Finding | undefined;
  for (const hit of ctx.findAll(label)) {
    const win = untilNextSection(ctx.after(hit, windowChars));
    const v = value(win);
    if (v) return { evidence: ctx.evidence(hit, hit.end - hit.index + v.index + v.length) };
    deferred ??= deferral(ctx, hit);
  }
  return deferred;
}

/** A top-level heading ("五、") starts another section; numbered sub-items ("1.时间：") often hold the value. */
export const NEXT_SECTION = /\n\s*[一二三四五六七八九十]{1,3}\s*[、.．]/;

/** A label's value never lies in the next section: cut the window there. */
function untilNextSection(win: string): string {
  const m = NEXT_SECTION.exec(win.slice(2));
  return m ? win.slice(0, m.index + 2) : win;
}

/** An uncertain finding when the text after a hit defers the value to another document ("详见附件" right after a label). */
export function deferral(ctx: CheckContext, hit: Hit): Finding | undefined {
  if (!DEFERS_AFTER_LABEL.test(ctx.after(hit, 60))) return undefined;
  return {
    outcome: 'uncertain',
    evidence: ctx.evidence(hit, 40),
    reason: '此项内容见其他文件（附件），未能读取 / the value is deferred to another document that was not read',
  };
}

/** "工期、质量、项目负责人请查看附件": an item named in a clause that defers to another document is uncertain. */
export function deferredMention(ctx: CheckContext, mention: RegExp): Finding | undefined {
  for (const hit of ctx.findAll(mention, 20)) {
    const start = Math.max(ctx.flat.lastIndexOf('。', hit.index), ctx.flat.lastIndexOf('\n', hit.index)) + 1;
    const rest = ctx.flat.slice(start, start + 80).split(/[。；;\n]/)[0] ?? '';
    if (DEFERS_IN_CLAUSE.test(rest)) {
      return {
        outcome: 'uncertain',
        evidence: ctx.evidence({ index: start, end: start + rest.length, text: rest }, rest.length),
        reason: '此项内容见其他文件（附件），未能读取 / the value is deferred to another document that was not read',
      };
    }
  }
  return undefined;
}

/** A present finding for the first hit of any pattern (uncertain when every hit defers to another document). */
export function firstCue(ctx: CheckContext, patterns: RegExp[], span = 60): Finding | undefined {
  let deferred: Finding | undefined;
  for (const re of patterns) {
    for (const hit of ctx.findAll(re, 20)) {
      const d = deferral(ctx, hit);
      if (!d) return { evidence: ctx.evidence(hit, span) };
      deferred ??= d;
    }
  }
  return deferred;
}

/** A regex-based value matcher for labelWithValue. */
export function matching(re: RegExp): (window: string) => { index: number; length: number } | undefined {
  return (w) => {
    const m = re.exec(w);
    return m ? { index: m.index, length: m[0].length } : undefined;
  };
}
