/** Named finders for the candidate items that data alone cannot express (ranking, names, certificate cells, durations). */
import { CERTIFICATE_HEADER } from '../cues/certificate';
import { PUBLICITY_OR_CHALLENGE } from '../cues/objection';
import { type CheckContext, type Finding, firstCue, labelWithValue, matching } from './context';
import { partiesOf } from './parties';
import { partyLabel, perPartyColumn } from './per-party';
import { certificateIn, clauseOf, dateOrDurationIn, durationIn, type Span } from './values';

/** Candidates are not ranked ("排名不分先后", 评定分离). */
const UNRANKED = /排名不分先后|排序不分先后|不分先后|不排序/;
/** A candidate named after its label. */
const NAMED_CANDIDATE = /(中标人|中标候选人(名称)?)[:：]?\s*[\u4e00-\u9fa5（）()]{2,40}?(公司|院|所|中心|集团)/;
const SECOND_CANDIDATE = /第[二2](名|中标候选人|候选人)/;
const RANK_WORD = /第[二2三3]|排序|排名/;
/** Rank phrases in text, tried in order. */
const RANK_CUES = [/第[一二三1-3](名|中标候选人|候选人|中标排序)/, /(中标候选人|候选人)(排序|排名|名次)/, /排名第[一二三1-3]/, /排序|排名|名次/];

/** A name pattern from a party's name: brackets of either width match each other. */
function nameRe(name: string): RegExp {
  return new RegExp(name.replace(/[()（）]/g, '.'));
}

/** candidates.ranking: the ranked list, or not applicable for one candidate or an unranked list. */
export function candidateRanking(ctx: CheckContext): Finding | undefined {
  const unranked = ctx.find(UNRANKED);
  if (unranked) {
    return { outcome: 'not_applicable', evidence: ctx.evidence(unranked), reason: '候选人不排序（评定分离） / candidates are not ranked' };
  }
  const list = partiesOf(ctx);
  const namedOnce = ctx.findAll(NAMED_CANDIDATE).length === 1;
  const single = list ? list.parties.length === 1 : namedOnce && !ctx.find(SECOND_CANDIDATE);
  if (single && !ctx.find(RANK_WORD)) {
    return { outcome: 'not_applicable', reason: '只有一名候选人，无需排序 / a single candidate, nothing to rank' };
  }
  const ranked = list?.parties.find((p) => p.rank);
  if (ranked?.rankAt !== undefined && ranked.index !== undefined) {
    const span = ranked.index + ranked.name.length - ranked.rankAt;
    return { evidence: ctx.evidence({ index: ranked.rankAt, end: ranked.rankAt + span, text: '' }, span) };
  }
  if (ranked) {
    const hit = ctx.find(nameRe(ranked.name));
    return { evidence: hit ? ctx.lineEvidence(hit.index) : { text: partyLabel(ranked), path: list?.table?.path } };
  }
  return firstCue(ctx, RANK_CUES);
}

/** candidates.name: every candidate of the list, else a candidate named after its label. */
export function candidateNames(ctx: CheckContext): Finding | undefined {
  const list = partiesOf(ctx);
  const first = list?.parties[0];
  if (first) {
    const hit = ctx.find(nameRe(first.name));
    return {
      evidence: hit ? ctx.evidence(hit, first.name.length) : { text: first.name },
      perParty: list.parties.map((p) => ({ party: partyLabel(p), outcome: 'present' as const, evidence: p.name })),
    };
  }
  return labelWithValue(
    ctx,
    /(中标候选人|候选人|中标人|投标人|牵头人|投标单位|单位名称)(名称)?/,
    matching(/^[\s:：为是]{0,3}[\u4e00-\u9fa5（）()]{2,40}?(公司|院|所|中心|集团)/),
    60,
  );
}

/** The lead's certificate from a certificate column: the cell must hold a certificate's name or number. */
export function certificateColumn(ctx: CheckContext): Finding | undefined {
  const found = perPartyColumn(ctx, CERTIFICATE_HEADER);
  if (!found || found.outcome === 'uncertain') return found;
  return found.evidence && certificateIn(found.evidence.text) ? found : undefined;
}

/**
 * A duration after its label: in the label's clause; a table read as text puts the figure rows below, so a bare
 * length further on counts too, but never one from the publicity or objection text.
 */
export function durationValueIn(w: string): Span {
  return (
    dateOrDurationIn(clauseOf(w)) ??
    matching(/达到|符合|满足|按招标文件/)(clauseOf(w)) ??
    durationIn((w.split(PUBLICITY_OR_CHALLENGE)[0] ?? '').replace(/[^\n]*$/, '')) ??
    // A header that carries the unit ("工期（日历天）") leaves bare figures in the rows.
    (/^[\s(（]*(日历天|天|日|个月|月)[)）]/.test(w) ? matching(/(?<![\d.年月\-/])\d{1,4}(?![\d.年月日\-/:%])/)(w.slice(0, 160)) : undefined)
  );
}
