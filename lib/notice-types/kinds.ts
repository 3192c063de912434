/** Kind words: what kind of notice a title (or a body's signature phrases) names, in either tendering field. */
import { CORRECTION_WORD, OUT_OF_SCOPE_KIND } from '../cues/scope-exclusion';
import type { NoticeKind } from './types';

/** A kind, or a kind rules.md puts out of scope. */
export type KindOrNone = NoticeKind | 'none';

/** Title words of each kind, tried in this order (a 采购合同 is a contract before it is a 采购 notice). */
export const TITLE_KINDS: readonly { kind: KindOrNone; test: (t: string) => boolean }[] = [
  { kind: 'none', test: (t) => OUT_OF_SCOPE_KIND.test(t) && !CORRECTION_WORD.test(t) },
  { kind: 'contract', test: (t) => /合同公告|合同公示|采购合同|合同信息/.test(t) || /合同$/.test(t) },
  { kind: 'correction', test: (t) => /更正|变更公告/.test(t) },
  { kind: 'candidates', test: (t) => /候选人|评标结果公示|评审结果公示/.test(t) },
  { kind: 'result', test: (t) => /中标|成交|结果|预中标/.test(t) },
  {
    kind: 'tender',
    test: (t) => /招标|资格预审|发包|磋商|谈判|询价|采购公告|比选|遴选|邀请/.test(t) && /公告|邀请|公示|通知/.test(t),
  },
];

/** Body signatures of each kind, for a notice whose title names none, tried in this order. */
export const BODY_KINDS: readonly { kind: NoticeKind; test: (b: string) => boolean }[] = [
  { kind: 'correction', test: (b) => /原公告的?(采购)?项目|更正事项|更正内容|更正信息/.test(b) },
  { kind: 'candidates', test: (b) => /中标候选人/.test(b) && /公示(期|时间)|公示如下|予以公示/.test(b) },
  {
    kind: 'tender',
    test: (b) =>
      /潜在投标人应在|(招标|采购|磋商|谈判)文件的?获取|获取(招标|采购|磋商|谈判)文件|投标人资格要求|招标条件/.test(b) &&
      (/(投标|响应|申请)文件.{0,12}(截止|递交|提交)|开标时间/.test(b) || (/招标条件/.test(b) && /投标人资格要求/.test(b))),
  },
  { kind: 'result', test: (b) => /(中标|成交)(供应商|人|单位)(名称)?[:：]|中标[(（]成交[)）](信息|结果)|中标结果[:：]/.test(b) },
];

/** A works "result" with a publicity period that ranks a second candidate is a candidate publicity. */
export const HAS_PUBLICITY_PERIOD = /公示(期|时间)/;
export const RANKS_A_SECOND = /第二(名|中标候选人|候选人)|候选人.{0,12}第二/;
/** Without 结果 in its title, one whose body calls the named party 中标候选人 ("确定中标候选人如下") is one too. */
export const NAMES_CANDIDATES = /(确定|推荐).{0,4}中标候选人(如下|为)|中标候选人(如下|名单|排序)/;
export const RESULT_WORD = /结果/;
/** A works correction that restates the result is read as that result (others are out of scope). */
export const RESTATES_RESULT = /中标结果|中标公告|结果公告/;
/** A 资格预审 title is a works tender (rules.md will route a procurement one to procurement.tender: issue 9). */
export const PREQUALIFICATION = /资格预审/;
