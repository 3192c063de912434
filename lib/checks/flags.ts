/** Discriminatory clauses in bidder requirements (条例 Art.32; 1117号): advisory, a human judges. */
import type { FlagResult } from '../types';
import type { CheckContext } from './context';

interface ClauseRule {
  key: string;
  pattern: RegExp;
  reasonZh: string;
  reasonEn: string;
}

const LOCAL = '(本市|本省|本县|本区|本地|当地|市内|省内|县内|区内|辖区内)';
const CLAUSES: ClauseRule[] = [
  {
    key: 'flag.local_presence',
    pattern: new RegExp(`${LOCAL}[^。；;\\n]{0,15}(注册|设立|设有|分公司|分支机构|办事处|纳税|缴纳社保|社会保险|社保)`),
    reasonZh: '要求本地注册、设立分支机构或在本地纳税/缴纳社保',
    reasonEn: 'requires local registration, a local branch, or local tax/social insurance',
  },
  {
    key: 'flag.local_record',
    pattern: new RegExp(`${LOCAL}[^。；;\\n]{0,15}(业绩|奖项|获奖|优质工程|荣誉|表彰)|(须|必须|应)(获得|具有)[^。；;\\n]{0,20}(奖|荣誉称号)`),
    reasonZh: '以特定地区或行业的业绩、奖项作为条件',
    reasonEn: 'requires region- or industry-specific record or awards',
  },
  {
    key: 'flag.ownership',
    pattern: /(须|必须|仅限|限于)[^。；;\n]{0,8}(国有企业|国有控股|央企|国企)|所有制形式/,
    reasonZh: '限定所有制形式',
    reasonEn: 'restricts ownership form',
  },
  {
    key: 'flag.named_brand',
    pattern: /指定品牌|(须|必须)(为|使用|采用)[^。；;\n]{0,10}品牌|原厂授权|专利产品/,
    reasonZh: '指定品牌、专利或供应商',
    reasonEn: 'names a brand, patent or supplier',
  },
  {
    key: 'flag.size_threshold',
    pattern: /(注册资本(金)?|营业收入|营业额|资产总额|成立(年限|时间))[^。；;\n]{0,12}(不低于|不少于|以上|达到|≥|满)/,
    reasonZh: '设定注册资本、营业收入或成立年限门槛',
    reasonEn: 'sets a registered-capital, revenue or years-in-business threshold',
  },
  {
    key: 'flag.registration_first',
    pattern: /(须|必须|应)?先?(报名|登记)[^。；;\n]{0,20}(方可|才能|后方|后再)[^。；;\n]{0,10}(获取|领取|购买|下载)/,
    reasonZh: '以投标报名作为获取招标文件的前提',
    reasonEn: 'requires registration before the documents can be obtained',
  },
];

/** The sentence around an offset, for quoting a clause. */
function sentenceAt(flat: string, index: number, end: number): string {
  const stops = /[。；;\n]/;
  let s = index;
  while (s > 0 && !stops.test(flat[s - 1] ?? '') && index - s < 120) s--;
  let e = end;
  while (e < flat.length && !stops.test(flat[e] ?? '') && e - end < 120) e++;
  return flat.slice(s, e + 1).trim();
}

/** Advisory flags for discriminatory clauses, each with the clause quoted. */
export function discriminatoryClauses(ctx: CheckContext): FlagResult[] {
  const flags: FlagResult[] = [];
  for (const rule of CLAUSES) {
    const hit = ctx.find(rule.pattern);
    if (!hit) continue;
    const path = ctx.pathAt(hit.index);
    flags.push({
      key: rule.key,
      severity: 'advisory',
      text: sentenceAt(ctx.flat, hit.index, hit.end),
      reason: `${rule.reasonZh} / ${rule.reasonEn}`,
      source: '条例 Art.32; 1117号',
      ...(path ? { path } : {}),
    });
  }
  return flags;
}
