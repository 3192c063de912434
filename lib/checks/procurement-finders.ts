/** Named finders and value detectors for government-procurement items that data alone cannot express. */
import { findProjectCodes } from '../extract/project-code';
import { type CheckContext, type Finding, matching } from './context';
import { personIn, phoneIn, type Span } from './values';

/** A project code as lib/extract/project-code reads it (labelled 项目编号, 采购计划编号, 招标编号…). */
export function projectCode(ctx: CheckContext): Finding | undefined {
  const code = findProjectCodes(ctx.flat)[0];
  if (!code) return undefined;
  const hit = ctx.find(new RegExp(code.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return { evidence: hit ? ctx.evidence({ ...hit }, code.code.length) : { text: code.text } };
}

/** A code's value: letters, digits and the marks codes use. */
export const CODE_VALUE = /[A-Za-z0-9][A-Za-z0-9\-_[\]【】〔〕()（）号/.]{3,}/;

/** Three or more people named in a row ("张三（组长）、李四、王五", or table cells); a deferred list is left to labelWithValue. */
export function namesListIn(w: string): Span {
  const clause = w.split(/[。]/)[0] ?? w;
  // Each name stands alone between separators (not a piece of a longer phrase such as "现将结果公告如下").
  const name = '(?<![\\u4e00-\\u9fa5])[\\u4e00-\\u9fa5]{2,4}(?:[（(][^)）]{1,10}[)）])?(?![\\u4e00-\\u9fa5])';
  const list = new RegExp(`${name}[\\s、，,;；]+${name}[\\s、，,;；]+${name}`);
  const m = list.exec(clause.replace(/^[^:：\n]{0,12}[:：]/, (p) => ' '.repeat(p.length)));
  return m ? { index: m.index, length: m[0].length } : undefined;
}

/** A contact person's name, only when a phone is given with it. */
export function personWithPhoneIn(w: string): Span {
  return personIn(w) && phoneIn(w) ? personIn(w) : undefined;
}

/** The 格式规范2020 template has no 更正原因 field: a reason stated inside 更正内容 ("…上传错误") counts. */
export function correctionReasonIn(w: string): Span {
  return matching(/错误|有误|笔误|遗漏|由于|因为|原因|需要调整|调整为/)(w.split(/\d+[、.．]\s*更正日期|更正日期/)[0] ?? w);
}
