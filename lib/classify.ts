/** Notice type from the title first, then the body (rules.md "Notice types"). */
import type { NoticeDoc } from './page/doc';
import { compact } from './page/normalize';

type Kind = 'tender' | 'candidates' | 'result' | 'contract' | 'correction' | 'none';

/** A "result" that ranks a second candidate, with a publicity period, is a candidate publicity. */
const RANKS_A_SECOND = /第二(名|中标候选人|候选人)|候选人.{0,12}第二/;
/** Without 结果 in its title, one whose body calls the named party 中标候选人 ("确定中标候选人如下") is one too. */
const NAMES_CANDIDATES = /(确定|推荐).{0,4}中标候选人(如下|为)|中标候选人(如下|名单|排序)/;

/** Kinds rules.md puts out of scope: opening records, clarifications, plans, failed tenders, enterprise purchases. */
const OUT_OF_SCOPE =
  /开标记录|开标情况|开标结果公示|答疑|澄清|补充通知|补遗|招标计划|采购计划公告|采购意向|供地计划|供应计划|废标|流标|终止公告|终止公示|失败公告|暂停公告|中止公告|阳光采购|企业自筹/;
const GP_WORDS =
  /政府采购|采购人|采购代理机构|竞争性磋商|竞争性谈判|询价|单一来源|供应商|采购项目|预算金额|采购需求|采购计划编号|中标[(（]成交[)）]|成交供应商|政采/g;
const WORKS_WORDS = /招标人|施工|监理|勘察|工程建设|建造师|项目经理|标段|招标条件|总承包|中标候选人/g;

function count(re: RegExp, s: string): number {
  return (s.match(re) ?? []).length;
}

/** Government procurement rather than construction tendering, judged by the title's words, then the body's. */
function isProcurement(title: string, body: string): boolean {
  if (/政府采购|磋商|谈判|询价|单一来源|采购公告|采购结果|框架协议|协议供货|中标[(（]成交[)）]/.test(title)) return true;
  const worksTitle = /工程|施工|监理|勘察|设计|EPC|总承包|候选人|资格预审/.test(title);
  const gp = count(GP_WORDS, body);
  const works = count(WORKS_WORDS, body);
  return worksTitle ? gp > 3 * Math.max(1, works) : gp > works;
}

/** The kind of notice a title (or a notice's opening words) names. */
function kindOf(t: string): Kind | undefined {
  if (OUT_OF_SCOPE.test(t) && !/更正|变更/.test(t)) return 'none';
  if (/合同公告|合同公示|采购合同|合同信息/.test(t) || /合同$/.test(t)) return 'contract';
  if (/更正|变更公告/.test(t)) return 'correction';
  if (/候选人|评标结果公示|评审结果公示/.test(t)) return 'candidates';
  if (/中标|成交|结果|预中标/.test(t)) return 'result';
  if (/招标|资格预审|发包|磋商|谈判|询价|采购公告|比选|遴选|邀请/.test(t) && /公告|邀请|公示|通知/.test(t)) return 'tender';
  return undefined;
}

/** Land, mineral, property and housing notices, by their own vocabulary. */
function otherField(t: string): string | undefined {
  if (/国有建设用地|土地使用权|宗地|供地|土地出让/.test(t)) {
    if (/计划/.test(t)) return 'none';
    if (/结果|成交|公布/.test(t)) return 'land.result';
    if (/出让|挂牌|拍卖|招标/.test(t)) return 'land.transfer';
  }
  if (/矿业权|采矿权|探矿权/.test(t)) return /结果|成交/.test(t) ? 'mineral.result' : 'mineral.transfer';
  if (/保障性住房|保障性安居工程|棚户区改造|公租房|公共租赁住房|廉租房|人才房|安置房|保障房/.test(t)) {
    return /建设|开工|竣工|计划/.test(t) && !/分配|配租|摇号|审核/.test(t) ? 'housing.construction' : 'housing.allocation';
  }
  if (/产权|股权|增资|资产转让|招租|租赁权|资产处置|资产出租/.test(t) && !/采购/.test(t)) {
    return /结果|成交/.test(t) ? 'property.result' : 'property.disclosure';
  }
  return undefined;
}

function typeFor(kind: Kind, title: string, body: string): string {
  if (kind === 'none') return 'none';
  const gp = isProcurement(title, body);
  switch (kind) {
    case 'contract':
      return 'procurement.contract';
    case 'correction':
      // A construction correction that restates the result is read as that result; others are out of scope.
      if (gp) return 'procurement.correction';
      return /中标结果|中标公告|结果公告/.test(title) ? 'construction.result' : 'none';
    case 'candidates':
      return gp ? 'procurement.result' : 'construction.candidates';
    case 'result':
      if (gp) return 'procurement.result';
      if (/公示(期|时间)/.test(body) && (RANKS_A_SECOND.test(body) || (!/结果/.test(title) && NAMES_CANDIDATES.test(body)))) {
        return 'construction.candidates';
      }
      return 'construction.result';
    case 'tender':
      if (/资格预审/.test(title)) return 'construction.tender';
      return gp ? 'procurement.tender' : 'construction.tender';
  }
}

/** What the body says it is when no title does: the opening line, then the template's signature phrases. */
function kindFromBody(body: string): Kind | undefined {
  if (/原公告的?(采购)?项目|更正事项|更正内容|更正信息/.test(body)) return 'correction';
  if (/中标候选人/.test(body) && /公示(期|时间)|公示如下|予以公示/.test(body)) return 'candidates';
  if (/潜在投标人应在|(招标|采购|磋商|谈判)文件的?获取|获取(招标|采购|磋商|谈判)文件|投标人资格要求|招标条件/.test(body)) {
    if (/(投标|响应|申请)文件.{0,12}(截止|递交|提交)|开标时间/.test(body)) return 'tender';
    if (/招标条件/.test(body) && /投标人资格要求/.test(body)) return 'tender';
  }
  if (/(中标|成交)(供应商|人|单位)(名称)?[:：]|中标[(（]成交[)）](信息|结果)|中标结果[:：]/.test(body)) return 'result';
  return undefined;
}

/** The notice type key (rules.md) of a read notice; 'none' for pages we do not check. */
export function classify(doc: NoticeDoc): string {
  if (!doc.bodyFound) return 'none';
  const title = compact(doc.title ?? '');
  const body = compact(doc.text);
  const head = compact(doc.lines.slice(0, 3).map((l) => l.text).join(' ')).slice(0, 120);
  for (const t of [title, head]) {
    if (!t) continue;
    const field = otherField(t);
    if (field) return field;
    const kind = kindOf(t);
    if (kind) return typeFor(kind, t, body);
  }
  const field = otherField(body.slice(0, 300));
  if (field) return field;
  const kind = kindFromBody(body);
  return kind ? typeFor(kind, title || head, body) : 'none';
}
