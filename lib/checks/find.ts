/** "How to find it" as data: the finder kinds an item spec may use, and the one function that runs them. */
import type { CheckContext, Finding } from './context';
import { firstCue, labelWithValue, matching } from './context';
import { perPartyColumn, perPartyText, withPerParty } from './per-party';
import { clauseOf, type Span, VALUE_KINDS, type ValueKind } from './values';

/** A named finder function, for an item that cannot be found by data alone. */
export type Check = (ctx: CheckContext) => Finding | undefined;

/** A value detector: a known kind, a pattern, or a named function over the window after a label. */
export type ValueSpec = ValueKind | RegExp | ((window: string) => Span);

/** How an item is found. Data wherever it can be; a named, tested function only where it must be. */
export type Finder =
  | Check
  /** The first hit of any cue, in order (uncertain when every hit defers to another document). */
  | { readonly cues: readonly RegExp[]; readonly span?: number }
  /** A label with a value of a known kind within `window` characters (the first value spec that finds one). */
  | {
      readonly label: RegExp;
      readonly value: ValueSpec | readonly ValueSpec[];
      readonly window: number;
      /** The value must be in the label's own clause (up to 。 or ；). */
      readonly inClause?: boolean;
      /** Also judge each candidate read from free text by the same value. */
      readonly perPartyText?: boolean;
    }
  /** The candidate table's column (or row) whose header matches, judged per candidate. */
  | { readonly column: RegExp }
  /** The first finder that finds something. */
  | { readonly firstOf: readonly Finder[] }
  /** Every finder must find something; the last one's finding is given. */
  | { readonly allOf: readonly Finder[] }
  /** A finder that only runs when the body has a word (e.g. an organisation named before its phone). */
  | { readonly onlyIf: RegExp; readonly find: Finder }
  /** not_applicable, quoting the words that show why (a framework call-off has no panel). */
  | { readonly notApplicableIf: RegExp; readonly reason: string; readonly span?: number }
  /** A fixed finding when nothing before it found the item (e.g. no e-bidding seen: not applicable). */
  | { readonly otherwise: Finding }
  /** A sentence that names the item (subject) and states its core some way. */
  | { readonly sentence: RegExp; readonly core: RegExp };

function valueFn(spec: ValueSpec): (w: string) => Span {
  if (typeof spec === 'string') return VALUE_KINDS[spec];
  if (spec instanceof RegExp) return matching(spec);
  return spec;
}

/** One detector from a value spec or a list of them (the first that finds a value). */
export function valueDetector(spec: ValueSpec | readonly ValueSpec[], inClause = false): (w: string) => Span {
  const fns = (Array.isArray(spec) ? spec : [spec]).map((one: ValueSpec) => valueFn(one));
  return (w) => {
    const text = inClause ? clauseOf(w) : w;
    for (const f of fns) {
      const v = f(text);
      if (v) return v;
    }
    return undefined;
  };
}

/** A sentence that names the item (e.g. 下载招标文件) and states its core some way (e.g. 自发布之日起至…止). */
function sentenceWith(ctx: CheckContext, subject: RegExp, core: RegExp): Finding | undefined {
  for (const hit of ctx.findAll(subject, 20)) {
    const start = Math.max(0, ctx.flat.lastIndexOf('。', hit.index) + 1, hit.index - 120);
    const end = Math.min(ctx.flat.length, hit.end + 120);
    const m = core.exec(ctx.flat.slice(start, end));
    if (m) return { evidence: ctx.evidence({ index: start + m.index, end: hit.end, text: m[0] }, hit.end - start - m.index) };
  }
  return undefined;
}

/** Run a finder on a notice. */
export function runFinder(finder: Finder, ctx: CheckContext): Finding | undefined {
  if (typeof finder === 'function') return finder(ctx);
  if ('cues' in finder) return firstCue(ctx, [...finder.cues], finder.span);
  if ('label' in finder) {
    const value = valueDetector(finder.value, finder.inClause);
    const found = labelWithValue(ctx, finder.label, value, finder.window);
    return finder.perPartyText ? withPerParty(found, perPartyText(ctx, value)) : found;
  }
  if ('column' in finder) return perPartyColumn(ctx, finder.column);
  if ('firstOf' in finder) {
    for (const f of finder.firstOf) {
      const found = runFinder(f, ctx);
      if (found) return found;
    }
    return undefined;
  }
  if ('allOf' in finder) {
    let found: Finding | undefined;
    for (const f of finder.allOf) {
      found = runFinder(f, ctx);
      if (!found) return undefined;
    }
    return found;
  }
  if ('onlyIf' in finder) return ctx.find(finder.onlyIf) ? runFinder(finder.find, ctx) : undefined;
  if ('notApplicableIf' in finder) {
    const hit = ctx.find(finder.notApplicableIf);
    return hit ? { outcome: 'not_applicable', evidence: ctx.evidence(hit, finder.span ?? 30), reason: finder.reason } : undefined;
  }
  if ('otherwise' in finder) return { ...finder.otherwise };
  return sentenceWith(ctx, finder.sentence, finder.core);
}
