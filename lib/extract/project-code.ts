/** Project, tender and procurement codes after their labels (项目编号, 招标编号, 采购项目编号 …). */

import { normalizeLine } from '../page/normalize';

/** One code: the label it followed (spaces removed), the code itself, the text from label to code and where it starts. */
export interface ProjectCode {
  label: string;
  code: string;
  text: string;
  index: number;
}

// Labels, longest first so "招标项目编号" wins over "项目编号" at the same start. Some pages space the label out
// ("项 目 编 号"), so every character may be followed by one space.
const LABELS = [
  '政府采购计划编号',
  '招标项目编号',
  '采购项目编号',
  '政府采购编号',
  '采购计划编号',
  '采购代理编号',
  '委托代理编号',
  '招标公告编号',
  '投资项目代码',
  '标段(包)编号',
  '标段编号',
  '招标编号',
  '项目编号',
  '采购编号',
  '项目代码',
  '交易编号',
  '招标序号',
  '合同编号',
];

/** A label as a pattern: optional single spaces between characters, either bracket width around 包. */
function labelPattern(label: string): string {
  return [...label]
    .map((ch) => (ch === '(' ? '[(（]' : ch === ')' ? '[)）]' : ch))
    .join(' ?');
}

const LABEL = new RegExp(`(?:${LABELS.map(labelPattern).join('|')})`, 'g');

// Between label and code: colon, spaces, a table bar or a line break, or "为" ("项目编号为…").
const SEPARATOR = String.raw`[\s:：|]{0,12}(?:[为是][:：]? ?)?`;

// A code is a run of segments: ASCII letters/digits with - _ / . #; a bracketed year or serial ("[2018]", "【2025】",
// "（2021）"); Chinese characters only when more code follows them ("湘财采计[2018]011839号", "永财公开招标采购-2026-8",
// "赣建区招字【2025】第35号"), so a following "项目名称：" or prose ends the code. A trailing 号 belongs to it.
const CJK_RUN = String.raw`[\u4e00-\u9fa5]{1,10}(?: (?=[\[【(（〔])|(?=[A-Za-z0-9\[【(（〔-]))`;
const BRACKET = String.raw`[\[【(（〔] ?[A-Za-z0-9]{1,12} ?[\]】)）〕]`;
const ALNUM = String.raw`[A-Za-z0-9_\-/.#]+`;
const CODE = `(?:${CJK_RUN}|${BRACKET}|${ALNUM})+号?`;

const AFTER_LABEL = new RegExp(`${SEPARATOR}(?<code>${CODE})`, 'y');
// "项目编号：永财公开招标采购-2026-8；永建招标[2026]003号；永工程【2026】004号" lists several codes under one label.
const NEXT_CODE = new RegExp(`[；;、] ?(?<code>${CODE})`, 'y');

/** The code cleaned of trailing joiners and inner spaces, or undefined when it cannot be a code (no digit, a date). */
function clean(raw: string): string | undefined {
  const code = raw.replace(/[-_/.#]+$/, '').replace(/\s+/g, '');
  if (code.length < 4 || !/\d/.test(code)) return undefined;
  // "2021年3月5日" after a label is a date the page put in the wrong cell.
  if (/^\d{4}年/.test(code)) return undefined;
  return code;
}

/** Every labelled code in the text, in order: "招标编号：LYDH-2021-007", "项目编号：[2018]123号", "项目代码：2503-411481-04-01-225421". */
export function findProjectCodes(text: string): ProjectCode[] {
  const s = normalizeLine(text);
  const out: ProjectCode[] = [];
  for (const m of s.matchAll(LABEL)) {
    const index = m.index ?? 0;
    const label = m[0].replace(/\s+/g, '');
    AFTER_LABEL.lastIndex = index + m[0].length;
    const first = AFTER_LABEL.exec(s);
    if (!first) continue;
    const code = clean(first.groups?.code ?? '');
    if (code === undefined) continue;
    let end = AFTER_LABEL.lastIndex;
    out.push({ label, code, text: s.slice(index, end).replace(/[-_/.#]+$/, ''), index });
    for (;;) {
      NEXT_CODE.lastIndex = end;
      const next = NEXT_CODE.exec(s);
      const more = next ? clean(next.groups?.code ?? '') : undefined;
      if (!next || more === undefined) break;
      const start = end + next[0].length - (next.groups?.code ?? '').length;
      end = NEXT_CODE.lastIndex;
      out.push({ label, code: more, text: s.slice(start, end).replace(/[-_/.#]+$/, ''), index: start });
    }
  }
  return out;
}
