/**
 * Notice type from the title first, then the body (rules.md "Notice types"). The words live in the specs
 * (lib/notice-types): topic words in topics.ts, kind words in kinds.ts and each spec's `recognise`; this file is
 * only the order in which they are asked.
 */
import { allSpecs, type NoticeType } from './notice-types';
import {
  BODY_KINDS,
  HAS_PUBLICITY_PERIOD,
  type KindOrNone,
  NAMES_CANDIDATES,
  PREQUALIFICATION,
  RANKS_A_SECOND,
  RESTATES_RESULT,
  RESULT_WORD,
  TITLE_KINDS,
} from './notice-types/kinds';
import { PROCUREMENT_TITLE, PROCUREMENT_WORDS, TOPIC_ORDER, WORKS_TITLE, WORKS_WORDS } from './notice-types/topics';
import type { NoticeKind, TenderingField } from './notice-types/types';
import type { NoticeDoc } from './page/doc';
import { compact } from './page/normalize';

function count(re: RegExp, s: string): number {
  return (s.match(re) ?? []).length;
}

/** Government procurement rather than construction tendering, judged by the title's words, then the body's. */
function fieldOf(title: string, body: string): TenderingField {
  if (PROCUREMENT_TITLE.test(title)) return 'procurement';
  const gp = count(PROCUREMENT_WORDS, body);
  const works = count(WORKS_WORDS, body);
  const procurement = WORKS_TITLE.test(title) ? gp > 3 * Math.max(1, works) : gp > works;
  return procurement ? 'procurement' : 'works';
}

/** The kind of notice a title (or a notice's opening words) names. */
function kindOf(t: string): KindOrNone | undefined {
  return TITLE_KINDS.find((k) => k.test(t))?.kind;
}

/** The type of a notice on a topic of its own (land, mining right, housing, property), by the specs' words. */
function topicType(t: string): NoticeType | undefined {
  for (const topic of TOPIC_ORDER) {
    if (!topic.words.test(t) || topic.unless?.test(t)) continue;
    if (topic.outOfScope?.test(t)) return 'none';
    const specs = allSpecs()
      .flatMap((s) => ('topic' in s.recognise && s.recognise.topic === topic ? [{ key: s.key, r: s.recognise }] : []))
      .sort((a, b) => (a.r.rank ?? 0) - (b.r.rank ?? 0));
    for (const { key, r } of specs) {
      if (!r.kind || (r.kind.test(t) && !r.unless?.test(t))) return key;
    }
  }
  return undefined;
}

/** The spec recognised by a kind in a field. */
function typeOfKind(kind: NoticeKind, field: TenderingField): NoticeType {
  for (const s of allSpecs()) {
    const r = s.recognise;
    if ('kinds' in r && r.kinds.includes(kind) && (r.field === field || r.field === 'any')) return s.key;
  }
  return 'none';
}

/** The type of a kind of notice, after the tie-breaks rules.md asks for. */
function typeFor(kind: KindOrNone, title: string, body: string): NoticeType {
  if (kind === 'none') return 'none';
  const field = fieldOf(title, body);
  if (field === 'works') {
    // A construction correction that restates the result is read as that result; others are out of scope.
    if (kind === 'correction') return RESTATES_RESULT.test(title) ? typeOfKind('result', 'works') : 'none';
    // A "result" with a publicity period that ranks a second candidate (or names 中标候选人) is a candidate publicity.
    const ranksCandidates = RANKS_A_SECOND.test(body) || (!RESULT_WORD.test(title) && NAMES_CANDIDATES.test(body));
    if (kind === 'result' && HAS_PUBLICITY_PERIOD.test(body) && ranksCandidates) return typeOfKind('candidates', 'works');
  }
  if (kind === 'tender' && PREQUALIFICATION.test(title)) return typeOfKind('tender', 'works');
  return typeOfKind(kind, field);
}

/** What the body says it is when no title does: the template's signature phrases. */
function kindFromBody(body: string): NoticeKind | undefined {
  return BODY_KINDS.find((k) => k.test(body))?.kind;
}

/** The notice type key (rules.md) of a read notice; 'none' for pages we do not check. */
export function classify(doc: NoticeDoc): NoticeType {
  if (!doc.bodyFound) return 'none';
  const title = compact(doc.title ?? '');
  const body = compact(doc.text);
  const head = compact(doc.lines.slice(0, 3).map((l) => l.text).join(' ')).slice(0, 120);
  for (const t of [title, head]) {
    if (!t) continue;
    const topical = topicType(t);
    if (topical) return topical;
    const kind = kindOf(t);
    if (kind) return typeFor(kind, t, body);
  }
  const topical = topicType(body.slice(0, 300));
  if (topical) return topical;
  const kind = kindFromBody(body);
  return kind ? typeFor(kind, title || head, body) : 'none';
}
