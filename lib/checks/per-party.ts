/** Candidate items judged per party: from the candidate table's column, or from the text between names. */
import { DEFERRED_CELL } from '../cues/deferral';
import type { PartyOutcome } from '../types';
import type { CheckContext, Finding } from './context';
import { fieldOf, isBlank, type Party, partiesOf } from './parties';
import type { Span } from './values';

/** How a candidate is named in a per-party finding: "第1名 X公司". */
export function partyLabel(p: Party): string {
  return p.rank ? `第${p.rank}名 ${p.name}` : p.name;
}

/**
 * Judge a candidate item per party from the candidate table's column (or row) whose header matches.
 * Present when the first-ranked candidate has it; the per-party list names any candidate that lacks it.
 */
export function perPartyColumn(ctx: CheckContext, header: RegExp): Finding | undefined {
  const list = partiesOf(ctx);
  if (list?.source !== 'table') return undefined;
  const rows = list.parties.map((p) => ({ p, f: fieldOf(p, header) }));
  if (rows.every((r) => !r.f)) return undefined;
  const perParty: PartyOutcome[] = rows.map(({ p, f }) => ({
    party: partyLabel(p),
    outcome: f && !isBlank(f.value) ? 'present' : 'missing',
    ...(f && !isBlank(f.value) ? { evidence: `${f.label}: ${f.value}` } : {}),
  }));
  const first = rows.find((r) => r.f && !isBlank(r.f.value));
  if (!first?.f) return undefined; // the column exists but is empty: let text cues decide
  if (DEFERRED_CELL.test(first.f.value)) {
    return {
      outcome: 'uncertain',
      evidence: { text: `${first.f.label}: ${first.f.value}`, path: list.table?.path },
      reason: '表中此项见其他文件，未能读取 / the table defers this item to another document',
    };
  }
  const label = first.f.label;
  return {
    evidence: { text: `${label}: ${first.f.value} (${partyLabel(first.p)})`, path: list.table?.path },
    perParty,
  };
}

/** Per-party sub-findings from text: the value must appear between a candidate's name and the next one's. */
export function perPartyText(ctx: CheckContext, value: (w: string) => Span): PartyOutcome[] | undefined {
  const list = partiesOf(ctx);
  if (list?.source !== 'text' || list.parties.length < 2) return undefined;
  const parties = list.parties;
  return parties.map((p, i) => {
    const start = (p.index ?? 0) + p.name.length;
    const end = parties[i + 1]?.index ?? Math.min(ctx.flat.length, start + 300);
    const seg = ctx.flat.slice(start, Math.max(start, end));
    const v = value(seg);
    return { party: partyLabel(p), outcome: v ? 'present' : 'missing', ...(v ? { evidence: seg.substr(v.index, v.length) } : {}) };
  });
}

/** A finding with its per-party list, unless no party has the value. */
export function withPerParty(found: Finding | undefined, perParty: PartyOutcome[] | undefined): Finding | undefined {
  if (!found || !perParty || perParty.every((p) => p.outcome === 'missing')) return found;
  return { ...found, perParty };
}
