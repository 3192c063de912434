/** Objection: the channel for challenging a notice (异议, and the broader 投诉/质疑). 「无异议」 is none of these. */
import { anyOf } from './words';

/** 无异议 ("确定无异议后") states there was none: the lookbehind keeps it out. */
const NOT_NONE = '(?<!无)';

/** An objection (异议) being raised, as 1117号 and 令10 name it. */
export const OBJECTION = new RegExp(`${NOT_NONE}异议`);

/** The words of a challenge: 异议, 投诉, 质疑, 疑义. */
export const CHALLENGE_WORDS = ['异议', '投诉', '质疑', '疑义'] as const;

/** Any challenge being raised (a candidate publicity may name 投诉 or 质疑 for it). */
export const CHALLENGE = new RegExp(`${NOT_NONE}${anyOf(CHALLENGE_WORDS)}`);

/** A challenge, or a report line (举报, 监督电话), as housing notices give it. */
export const CHALLENGE_OR_REPORT = new RegExp(`${NOT_NONE}${anyOf([...CHALLENGE_WORDS, '举报', '监督电话'])}`);

/** A manner or channel of objecting, in the objection's own sentence. */
export const OBJECTION_MANNER = /书面|实名|真实姓名|提出|提交|平台|系统|在线|网上|邮箱|地址|联系人|递交|受理|反映/;

/** How a housing notice says to object (in writing, by letter or visit). */
export const HOUSING_OBJECTION_MANNER = /书面|提出|反映|来信|来访/;

/** Text after these words no longer concerns the item being read (publicity and objection clauses). */
export const PUBLICITY_OR_CHALLENGE = /公示|异议|投诉/;
