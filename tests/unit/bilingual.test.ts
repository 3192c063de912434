import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { pickLanguage, showInLanguage, splitBilingual } from '../../lib/ui/bilingual';

/** [engine string, Chinese shown in the Chinese UI, English shown in the English UI] — strings the engine writes. */
const BILINGUAL: [string, string, string][] = [
  // Item reasons (lib/analyze.ts, lib/checks).
  ['正文已读，未见此项 / body read, item not found', '正文已读，未见此项', 'body read, item not found'],
  ['检查出错 / check failed', '检查出错', 'check failed'],
  ['未设最高限价 / no price cap stated', '未设最高限价', 'no price cap stated'],
  ['候选人不排序（评定分离） / candidates are not ranked', '候选人不排序（评定分离）', 'candidates are not ranked'],
  ['只有一名候选人，无需排序 / a single candidate, nothing to rank', '只有一名候选人，无需排序', 'a single candidate, nothing to rank'],
  [
    '几乎所有事项都未找到，页面可能未被正确读取 / almost no item was found; the page may not have been read correctly',
    '几乎所有事项都未找到，页面可能未被正确读取',
    'almost no item was found; the page may not have been read correctly',
  ],
  // Templates with their values filled in: a file name in Chinese on the English side.
  [
    '正文内容见附件，未能读取 / content is in an attachment that was not read: 中标候选人公示.pdf',
    '正文内容见附件，未能读取',
    'content is in an attachment that was not read: 中标候选人公示.pdf',
  ],
  [
    '正文未见此项，公告附件「评标结果公示附件（项目经理业绩及资格能力条件）.pdf」未读取 / not in the page text; the notice\'s attachment was not read',
    '正文未见此项，公告附件「评标结果公示附件（项目经理业绩及资格能力条件）.pdf」未读取',
    "not in the page text; the notice's attachment was not read",
  ],
  [
    '正文未见此项，应在附件「附件2 中标候选人信息表.xlsx」中，未读取 / not on the page; it belongs in the unread attachment',
    '正文未见此项，应在附件「附件2 中标候选人信息表.xlsx」中，未读取',
    'not on the page; it belongs in the unread attachment',
  ],
  // A quote of the notice on the Chinese side: a URL with " / ", a URL without spaces, a "；" inside 「」.
  [
    '公告称详细内容见其他文件：「详见 http://www.ggzy.gov.cn/information / deal/html/a.html」 / the notice refers details to another document',
    '公告称详细内容见其他文件：「详见 http://www.ggzy.gov.cn/information / deal/html/a.html」',
    'the notice refers details to another document',
  ],
  [
    '公告称详细内容见其他文件：「详见http://www.ccgp.gov.cn/cggg/dfgg/gkzb/202506/t20250603_1.htm」 / the notice refers details to another document',
    '公告称详细内容见其他文件：「详见http://www.ccgp.gov.cn/cggg/dfgg/gkzb/202506/t20250603_1.htm」',
    'the notice refers details to another document',
  ],
  [
    '公告称详细内容见其他文件：「详见招标文件；请于交易平台下载」 / the notice refers details to another document',
    '公告称详细内容见其他文件：「详见招标文件；请于交易平台下载」',
    'the notice refers details to another document',
  ],
  [
    '公告称详细内容见其他文件：「见 a / b」 / the notice refers details to another document',
    '公告称详细内容见其他文件：「见 a / b」',
    'the notice refers details to another document',
  ],
  // A file name with " / " on the English side.
  [
    '正文内容见附件，未能读取 / content is in an attachment that was not read: 附件 / Annex.pdf',
    '正文内容见附件，未能读取',
    'content is in an attachment that was not read: 附件 / Annex.pdf',
  ],
  // A reason with a note joined by "；" (lib/analyze.ts markNotRequiredThen), and the note alone.
  [
    '正文已读，未见此项 / body read, item not found；发布日期不详，无法判断发布时是否已要求（2021-01-01起） / publication date unknown: required only from 2021-01-01',
    '正文已读，未见此项；发布日期不详，无法判断发布时是否已要求（2021-01-01起）',
    'body read, item not found; publication date unknown: required only from 2021-01-01',
  ],
  [
    '；发布日期不详，无法判断发布时是否已要求（2021-01-01起） / publication date unknown: required only from 2021-01-01',
    '发布日期不详，无法判断发布时是否已要求（2021-01-01起）',
    'publication date unknown: required only from 2021-01-01',
  ],
  // Body issues (lib/page/read.ts).
  ['部分内容为图片，未能读取 / part of the content is an image that was not read', '部分内容为图片，未能读取', 'part of the content is an image that was not read'],
  ['页面过大，只读取了部分内容 / page too large; only part of it was read', '页面过大，只读取了部分内容', 'page too large; only part of it was read'],
  ['正文在框架中，未能读取 / notice body is inside a frame and was not read', '正文在框架中，未能读取', 'notice body is inside a frame and was not read'],
  ['分析出错 / analysis failed: Cannot read properties of undefined (reading \'text\')', '分析出错', "analysis failed: Cannot read properties of undefined (reading 'text')"],
  // Deadline reasons (lib/deadlines/checks.ts): Chinese parts joined by "；", English parts by "; ".
  ['公示期2日，少于3日 / publicity period 2 days, less than 3', '公示期2日，少于3日', 'publicity period 2 days, less than 3'],
  [
    '公示期2日，少于3日；起始日不计入；尚未开始 / publicity period 2 days, less than 3; the start day is not counted; not started yet',
    '公示期2日，少于3日；起始日不计入；尚未开始',
    'publicity period 2 days, less than 3; the start day is not counted; not started yet',
  ],
  [
    '公示期3日，不少于3日；异议截止还剩 3 天 / publicity period 3 days, at least 3; 3 days left to object',
    '公示期3日，不少于3日；异议截止还剩 3 天',
    'publicity period 3 days, at least 3; 3 days left to object',
  ],
  [
    '中标结果公告期限1个工作日，不少于1个工作日；起始日按发布日期计；已结束 / result notice period 1 working day, at least 1; counted from the publication date; ended',
    '中标结果公告期限1个工作日，不少于1个工作日；起始日按发布日期计；已结束',
    'result notice period 1 working day, at least 1; counted from the publication date; ended',
  ],
  [
    '公示期3日，但第3日（2025-04-26）为休息日，按期间末日顺延规则应至2025-04-27；已结束 / publicity period 3 days, but day 3 (2025-04-26) is a rest day; with the rest-day rule it runs to 2025-04-27; ended',
    '公示期3日，但第3日（2025-04-26）为休息日，按期间末日顺延规则应至2025-04-27；已结束',
    'publicity period 3 days, but day 3 (2025-04-26) is a rest day; with the rest-day rule it runs to 2025-04-27; ended',
  ],
  [
    '评标后第4日公示；第3日为休息日，顺延至2025-06-09 / published 4 days after the evaluation; day 3 was a rest day, so the time ran to 2025-06-09',
    '评标后第4日公示；第3日为休息日，顺延至2025-06-09',
    'published 4 days after the evaluation; day 3 was a rest day, so the time ran to 2025-06-09',
  ],
  [
    '询价公告：政采法 Art.35适用于招标（公开招标、邀请招标） / request for quotations notice: 政采法 Art.35 applies to tenders',
    '询价公告：政采法 Art.35适用于招标（公开招标、邀请招标）',
    'request for quotations notice: 政采法 Art.35 applies to tenders',
  ],
  [
    '87号令 Art.16自2017-10-01起施行，本公告发布时尚未施行 / 87号令 Art.16 in force from 2017-10-01, after this notice was published',
    '87号令 Art.16自2017-10-01起施行，本公告发布时尚未施行',
    '87号令 Art.16 in force from 2017-10-01, after this notice was published',
  ],
  [
    '提示（依据为二手文本，待核实）：挂牌期8日，少于10日 / advisory (source not yet verified): listing period 8 days, less than 10',
    '提示（依据为二手文本，待核实）：挂牌期8日，少于10日',
    'advisory (source not yet verified): listing period 8 days, less than 10',
  ],
  [
    '公示期2日，少于3日；未找到标注的发布日期，以公示开始日期代替，不作违规认定 / publicity period 2 days, less than 3; no labelled publication date; the start of the publicity period stands in for it, so this is not reported as a violation',
    '公示期2日，少于3日；未找到标注的发布日期，以公示开始日期代替，不作违规认定',
    'publicity period 2 days, less than 3; no labelled publication date; the start of the publicity period stands in for it, so this is not reported as a violation',
  ],
  [
    '招标文件发出至投标截止15日，少于20日；可能不属于依法必须招标项目（“小额零星工程”），第24条不一定适用 / documents issued to bid deadline 15 days, less than 20; may not be a project that must be tendered by law ("小额零星工程"), so Art.24 may not apply',
    '招标文件发出至投标截止15日，少于20日；可能不属于依法必须招标项目（“小额零星工程”），第24条不一定适用',
    'documents issued to bid deadline 15 days, less than 20; may not be a project that must be tendered by law ("小额零星工程"), so Art.24 may not apply',
  ],
  ['尚未发布2026年节假日安排 / calendar for 2026 not published', '尚未发布2026年节假日安排', 'calendar for 2026 not published'],
  // Flag reasons (lib/checks/flags.ts, lib/crosscheck.ts): a "/" without spaces on both sides, a ’.
  [
    '要求本地注册、设立分支机构或在本地纳税/缴纳社保 / requires local registration, a local branch, or local tax/social insurance',
    '要求本地注册、设立分支机构或在本地纳税/缴纳社保',
    'requires local registration, a local branch, or local tax/social insurance',
  ],
  [
    '中标价与该候选人的投标报价不一致 / the award price differs from that candidate’s bid',
    '中标价与该候选人的投标报价不一致',
    'the award price differs from that candidate’s bid',
  ],
];

/** Strings that are not "中文 / English": quotes, names, notes of one language. Shown as they are. */
const UNCHANGED: string[] = [
  '',
  '公示期：2021年9月15日—',
  '青禾建工集团有限公司',
  '投标报价（元）: 3,210,987.65',
  '证书名称及编号: 一级注册建造师（建筑工程）浙1332019000000002',
  '第一名 / 第二名 / 第三名',
  '单价 / 元',
  '规格 / mm',
  'HTML / CSS',
  'Art.24 / 政采法 Art.35',
  'full-page capture not available in this browser',
  '详见 http://www.ggzy.gov.cn/a/b.html',
  '施工 / 监理 / 设计',
];

describe('pickLanguage: the engine\'s "中文 / English" in the UI language', () => {
  it.each(BILINGUAL)('%s', (text, zh, en) => {
    expect(splitBilingual(text)).toEqual({ zh, en });
    expect(pickLanguage(text, 'zh')).toBe(zh);
    expect(pickLanguage(text, 'en')).toBe(en);
    // The other language is kept for a hover: nothing is lost.
    expect(showInLanguage(text, 'zh')).toEqual({ shown: zh, other: en });
    expect(showInLanguage(text, 'en')).toEqual({ shown: en, other: zh });
  });

  it.each(UNCHANGED)('leaves %j as it is, with nothing to hover', (text) => {
    expect(splitBilingual(text)).toBeUndefined();
    expect(pickLanguage(text, 'zh')).toBe(text);
    expect(pickLanguage(text, 'en')).toBe(text);
    expect(showInLanguage(text, 'en')).toEqual({ shown: text });
  });

  it('keeps Chinese pieces after the last English in both languages', () => {
    const text = '正文内容见附件，未能读取 / content is in an attachment that was not read: 附件1；附件2.pdf';
    expect(splitBilingual(text)).toEqual({
      zh: '正文内容见附件，未能读取；附件2.pdf',
      en: 'content is in an attachment that was not read: 附件1; 附件2.pdf',
    });
  });
});

describe('every reason the engine gives on the fixtures reads in both languages', () => {
  const dir = join(__dirname, '../fixtures');
  const files = readdirSync(dir).filter((f) => ['.html', '.txt'].includes(extname(f)));

  it.each(files)('%s', (file) => {
    const content = readFileSync(join(dir, file), 'utf8');
    const input = { url: `https://www.ggzy.gov.cn/${file}`, capturedAt: '2025-06-03T18:00:00+08:00' };
    const report = analyze(extname(file) === '.txt' ? { ...input, text: content } : { ...input, html: content });
    const texts = [
      report.bodyIssue,
      ...report.items.map((i) => i.reason),
      ...report.deadlines.map((d) => d.reason),
      ...report.flags.map((f) => f.reason),
    ].filter((s): s is string => Boolean(s));
    for (const text of texts) {
      const both = splitBilingual(text);
      expect(both, text).toBeDefined();
      expect(both?.zh, text).toMatch(/[\u4e00-\u9fff]/);
      expect(both?.en, text).toMatch(/[A-Za-z]{2,}.*[A-Za-z]{2,}/);
      expect(both?.zh, text).not.toContain(' / ');
    }
  });
});
