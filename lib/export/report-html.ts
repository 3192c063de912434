/** A readable, printable HTML page for one report (Chinese first, English after), no framework. */
import { countOutcomes } from '../report-counts';
import { noticeTypeMeta, ruleFor } from '../rules/catalog';
import type { DeadlineResult, FlagResult, ItemResult, Outcome, Report } from '../types';

/** Human label of an item, deadline or flag key. */
export interface ItemLabel {
  zh: string;
  en?: string;
}

/** Looks up the label of a key; undefined prints the bare key. */
export type LabelLookup = (key: string) => ItemLabel | undefined;

/** Labels from the rule catalogue (item keys); deadline and flag keys it does not know print bare. */
export const catalogLabels: LabelLookup = (key) => {
  const r = ruleFor(key);
  return r ? { zh: r.labelZh, en: r.labelEn } : undefined;
};

/** The notice type as "中文 English (key)", or the bare key. */
function noticeTypeHtml(key: string): string {
  const t = noticeTypeMeta(key);
  return t ? `${escapeHtml(t.labelZh)} <span class="en">${escapeHtml(t.labelEn)}</span> <code class="key">${escapeHtml(key)}</code>` : escapeHtml(key);
}

/** A file of the bundle shown with its digest on the printed page. */
export interface HashedFile {
  path: string;
  sha256: string;
  size?: number;
}

/** Capture facts the report itself does not carry. */
export interface ReportHtmlMeta {
  capturedAtUtc?: string;
  capturedAtLocal?: string;
  extensionVersion?: string;
  caseName?: string;
  /** Relative path of the screenshot to show, when one was taken. */
  screenshotPath?: string;
  /** Why there is no screenshot (or why it is partial). */
  screenshotNote?: string;
  /** Files of the capture with their SHA-256, printed so a paper copy carries them. */
  files?: HashedFile[];
  /** Normalised notice-text hash. */
  textHash?: string;
}

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** An http(s) link, or plain escaped text for anything else (no javascript: URLs in evidence). */
function link(url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
}

/** Symbol, Chinese and English for an item outcome. */
export const OUTCOME_TEXT: Record<Outcome, { sym: string; zh: string; en: string }> = {
  present: { sym: '✓', zh: '已公示', en: 'present' },
  missing: { sym: '✗', zh: '未公示', en: 'missing' },
  uncertain: { sym: '?', zh: '无法确定', en: 'uncertain' },
  not_applicable: { sym: '—', zh: '不适用', en: 'not applicable' },
};

const DEADLINE_TEXT: Record<DeadlineResult['outcome'], { sym: string; zh: string; en: string }> = {
  ok: { sym: '✓', zh: '符合', en: 'ok' },
  violation: { sym: '✗', zh: '违反', en: 'violation' },
  uncertain: { sym: '?', zh: '无法确定', en: 'uncertain' },
  not_applicable: { sym: '—', zh: '不适用', en: 'not applicable' },
};

function labelHtml(key: string, labels?: LabelLookup): string {
  const l = labels?.(key);
  if (!l) return `<code>${escapeHtml(key)}</code>`;
  const en = l.en ? ` <span class="en">${escapeHtml(l.en)}</span>` : '';
  return `${escapeHtml(l.zh)}${en} <code class="key">${escapeHtml(key)}</code>`;
}

function outcomeCell(o: { sym: string; zh: string; en: string }, cls: string): string {
  return `<td class="outcome ${cls}"><span class="sym">${o.sym}</span> ${o.zh} <span class="en">${o.en}</span></td>`;
}

/** The result cell of an item not yet required at publication: never shown as a missing item. */
const NOT_REQUIRED_THEN_TEXT = { sym: '—', zh: '发布时未要求', en: 'not required then' };

function itemRow(item: ItemResult, labels?: LabelLookup): string {
  const seen = OUTCOME_TEXT[item.outcome] ?? { sym: '?', zh: String(item.outcome), en: '' };
  const o = item.notRequiredThen ? NOT_REQUIRED_THEN_TEXT : seen;
  const cls = item.notRequiredThen ? 'not-required-then' : escapeHtml(item.outcome);
  const notes: string[] = [];
  if (item.evidence) {
    notes.push(`<blockquote>${escapeHtml(item.evidence.text)}</blockquote>`);
    if (item.evidence.path) notes.push(`<div class="path">位置 location: <code>${escapeHtml(item.evidence.path)}</code></div>`);
    if (item.evidence.href) notes.push(`<div class="path">附件 attachment: ${link(item.evidence.href)}</div>`);
  }
  if (item.reason) notes.push(`<div class="reason">说明 reason: ${escapeHtml(item.reason)}</div>`);
  if (item.notRequiredThen) {
    notes.push(
      `<div class="reason">发布时该规定尚未施行（页面上：${seen.zh}） <span class="en">not yet in force at publication (on the page: ${seen.en})</span></div>`,
    );
  }
  if (item.perParty?.length) {
    const li = item.perParty
      .map((p) => {
        const po = OUTCOME_TEXT[p.outcome];
        const ev = p.evidence ? ` — ${escapeHtml(p.evidence)}` : '';
        return `<li>${po?.sym ?? '?'} ${escapeHtml(p.party)}: ${po?.zh ?? escapeHtml(p.outcome)}${ev}</li>`;
      })
      .join('');
    notes.push(`<div>逐个候选人 per party:<ul>${li}</ul></div>`);
  }
  return `<tr class="${cls}">${outcomeCell(o, cls)}<td>${labelHtml(item.key, labels)}</td><td>${notes.join('')}</td></tr>`;
}

function deadlineRow(d: DeadlineResult, labels?: LabelLookup): string {
  const o = DEADLINE_TEXT[d.outcome] ?? { sym: '?', zh: String(d.outcome), en: '' };
  const unit = d.unit === 'working' ? '个工作日 working days' : '日 calendar days';
  const span = d.from || d.to ? `${escapeHtml(d.from ?? '?')} → ${escapeHtml(d.to ?? '?')}` : '';
  const days = d.days === undefined ? '' : `${d.days}`;
  const open =
    d.open === undefined
      ? ''
      : d.open
        ? `<div>尚在期内 <span class="en">still open</span>${d.daysLeft === undefined ? '' : `，剩余 ${d.daysLeft} 日 <span class="en">${d.daysLeft} days left</span>`}</div>`
        : '<div>已届满 <span class="en">closed</span></div>';
  const ev = d.evidence?.length ? d.evidence.map((e) => `<blockquote>${escapeHtml(e)}</blockquote>`).join('') : '';
  const reason = d.reason ? `<div class="reason">说明 reason: ${escapeHtml(d.reason)}</div>` : '';
  return `<tr class="${escapeHtml(d.outcome)}">${outcomeCell(o, escapeHtml(d.outcome))}<td>${labelHtml(d.key, labels)}</td><td>≥ ${d.required} ${unit}</td><td>${days}</td><td>${span}${open}</td><td>${ev}${reason}<div class="source">依据 source: ${escapeHtml(d.source)}</div></td></tr>`;
}

function flagRow(f: FlagResult, labels?: LabelLookup): string {
  const sev = f.severity === 'violation' ? '违规 <span class="en">violation</span>' : '提示 <span class="en">advisory</span>';
  const path = f.path ? `<div class="path">位置 location: <code>${escapeHtml(f.path)}</code></div>` : '';
  return `<tr class="${escapeHtml(f.severity)}"><td>${sev}</td><td>${labelHtml(f.key, labels)}</td><td><blockquote>${escapeHtml(f.text)}</blockquote>${path}<div class="reason">${escapeHtml(f.reason)}</div><div class="source">依据 source: ${escapeHtml(f.source)}</div></td></tr>`;
}

/** Shared page styles, screen and print. */
export const REPORT_CSS = `
body{font:14px/1.6 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#111}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #999}
.en{color:#555;font-size:.9em}code{font-size:.85em;word-break:break-all}code.key{color:#777}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f0f0f0}td.outcome{white-space:nowrap}.sym{font-weight:bold}
tr.missing .sym,tr.violation .sym{color:#b00}tr.present .sym,tr.ok .sym{color:#070}tr.uncertain .sym{color:#a60}
blockquote{margin:.2em 0;padding:.1em .6em;border-left:3px solid #ccc;background:#fafafa;white-space:pre-wrap}
.reason,.path,.source{color:#444;font-size:.9em}.summary span{margin-right:1.2em}
img.shot{max-width:100%;border:1px solid #bbb}footer{margin-top:2em;color:#555;font-size:.85em}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}tr{break-inside:avoid}h2{break-after:avoid}}
`;

/** The printable report page (a reading aid: the evidence itself is page.html, notice.txt and screenshots). */
export function renderReportHtml(report: Report, meta: ReportHtmlMeta = {}, labels: LabelLookup = catalogLabels): string {
  const c = countOutcomes(report.items);
  const title = report.title ?? '（无标题 untitled）';
  const metaRows: [string, string][] = [
    ['标题 <span class="en">Title</span>', escapeHtml(title)],
    ['网址 <span class="en">URL</span>', link(report.url)],
    ['公告类型 <span class="en">Notice type</span>', noticeTypeHtml(report.noticeType)],
  ];
  if (report.projectCode) metaRows.push(['项目编号 <span class="en">Project code</span>', escapeHtml(report.projectCode)]);
  if (report.publishedAt) metaRows.push(['发布时间 <span class="en">Published</span>', escapeHtml(report.publishedAt)]);
  metaRows.push([
    '取证时间 <span class="en">Captured</span>',
    `${escapeHtml(meta.capturedAtLocal ?? report.capturedAt)}${meta.capturedAtUtc ? ` <span class="en">(UTC ${escapeHtml(meta.capturedAtUtc)})</span>` : ''}`,
  ]);
  metaRows.push([
    '正文 <span class="en">Notice body</span>',
    report.bodyFound
      ? `已读取 <span class="en">read</span>${report.bodyIssue ? `；${escapeHtml(report.bodyIssue)}` : ''}`
      : `未找到 <span class="en">not found</span>${report.bodyIssue ? `：${escapeHtml(report.bodyIssue)}` : ''}`,
  ]);
  metaRows.push(['引擎版本 <span class="en">Engine</span>', escapeHtml(report.engineVersion)]);
  if (meta.extensionVersion) metaRows.push(['扩展版本 <span class="en">Extension</span>', escapeHtml(meta.extensionVersion)]);
  if (meta.textHash) metaRows.push(['正文哈希 <span class="en">Text hash (normalised)</span>', `<code>${escapeHtml(meta.textHash)}</code>`]);
  if (meta.caseName) metaRows.push(['案卷 <span class="en">Case</span>', escapeHtml(meta.caseName)]);

  const items = report.items.length
    ? `<table><thead><tr><th>结果 <span class="en">Result</span></th><th>事项 <span class="en">Item</span></th><th>原文 / 说明 <span class="en">Quote / reason</span></th></tr></thead><tbody>${report.items.map((i) => itemRow(i, labels)).join('')}</tbody></table>`
    : '<p>无 <span class="en">none</span></p>';
  const deadlines = report.deadlines.length
    ? `<table><thead><tr><th>结果 <span class="en">Result</span></th><th>期限 <span class="en">Period</span></th><th>要求 <span class="en">Required</span></th><th>实际 <span class="en">Days</span></th><th>起止 <span class="en">From → to</span></th><th>原文 / 依据 <span class="en">Quote / source</span></th></tr></thead><tbody>${report.deadlines.map((d) => deadlineRow(d, labels)).join('')}</tbody></table>`
    : '<p>无 <span class="en">none</span></p>';
  const flags = report.flags.length
    ? `<table><thead><tr><th>类别 <span class="en">Severity</span></th><th>提示 <span class="en">Flag</span></th><th>原文 / 说明 <span class="en">Quote / reason</span></th></tr></thead><tbody>${report.flags.map((f) => flagRow(f, labels)).join('')}</tbody></table>`
    : '<p>无 <span class="en">none</span></p>';
  const dates = report.dates.length
    ? `<table><thead><tr><th>日期 <span class="en">Date</span></th><th>值 <span class="en">Value</span></th><th>原文 <span class="en">Quote</span></th></tr></thead><tbody>${report.dates.map((d) => `<tr><td>${labelHtml(d.key, labels)}</td><td>${escapeHtml(d.value)}</td><td>${escapeHtml(d.quote)}</td></tr>`).join('')}</tbody></table>`
    : '';
  const shot = meta.screenshotPath
    ? `<h2>截图 <span class="en">Screenshot</span></h2><img class="shot" src="${escapeHtml(meta.screenshotPath)}" alt="截图 screenshot">${meta.screenshotNote ? `<p class="reason">${escapeHtml(meta.screenshotNote)}</p>` : ''}`
    : `<h2>截图 <span class="en">Screenshot</span></h2><p>${escapeHtml(meta.screenshotNote ?? '未截图 not captured')}</p>`;
  const files = meta.files?.length
    ? `<h2>文件与哈希 <span class="en">Files and SHA-256</span></h2><table><thead><tr><th>文件 <span class="en">File</span></th><th>SHA-256</th><th>字节 <span class="en">Bytes</span></th></tr></thead><tbody>${meta.files.map((f) => `<tr><td>${escapeHtml(f.path)}</td><td><code>${escapeHtml(f.sha256)}</code></td><td>${f.size ?? ''}</td></tr>`).join('')}</tbody></table>`
    : '';

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>公示核查报告 Disclosure check report — ${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<h1>公示核查报告 <span class="en">Disclosure check report</span></h1>
<table class="meta"><tbody>${metaRows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>
<p class="summary"><span>✓ 已公示 <span class="en">present</span> ${c.present}</span><span>✗ 未公示 <span class="en">missing</span> ${c.missing}</span><span>? 无法确定 <span class="en">uncertain</span> ${c.uncertain}</span><span>— 不适用 <span class="en">n/a</span> ${c.notApplicable}</span>${c.notRequiredThen ? `<span>— 发布时未要求 <span class="en">not required then</span> ${c.notRequiredThen}</span>` : ''}</p>
<h2>应公示事项 <span class="en">Required items</span></h2>
${items}
<h2>期限 <span class="en">Deadlines</span></h2>
${deadlines}
<h2>提示 <span class="en">Flags</span></h2>
${flags}
${dates ? `<h2>公告中的日期 <span class="en">Dates in the notice</span></h2>\n${dates}` : ''}
${shot}
${files}
<footer>由“公示核查 Disclosure Lens”生成。本页仅为阅读辅助；证据为同目录下的 page.html、notice.txt、截图及其 SHA-256（见 SHA256SUMS）。<br>
<span class="en">Generated by Disclosure Lens. This page is a reading aid; the evidence is page.html, notice.txt and the screenshots next to it, with their SHA-256 in SHA256SUMS.</span></footer>
</body>
</html>
`;
}

/** One line of the case index page. */
export interface CaseIndexRow {
  folder: string;
  report: Report;
  capturedAtLocal: string;
}

/** The case overview page of a multi-notice bundle, linking each notice's report.html. */
export function renderCaseIndexHtml(rows: readonly CaseIndexRow[], opts: { caseName?: string; notes?: string; createdAtLocal?: string } = {}): string {
  const body = rows
    .map((r, i) => {
      const c = countOutcomes(r.report.items);
      const viol = r.report.deadlines.filter((d) => d.outcome === 'violation').length;
      return `<tr><td>${i + 1}</td><td>${noticeTypeHtml(r.report.noticeType)}<br><a href="${escapeHtml(r.folder)}/report.html">${escapeHtml(r.report.title ?? r.folder)}</a><div class="path">${escapeHtml(r.report.url)}</div></td><td>${escapeHtml(r.capturedAtLocal)}</td><td>✓ ${c.present} · ✗ ${c.missing} · ? ${c.uncertain}</td><td>${viol}</td><td>${r.report.flags.length}</td></tr>`;
    })
    .join('');
  const title = opts.caseName ? `${escapeHtml(opts.caseName)} — ` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}公示核查证据 Disclosure evidence</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<h1>${title}公示核查证据 <span class="en">Disclosure evidence</span></h1>
${opts.createdAtLocal ? `<p>生成时间 <span class="en">Created</span>: ${escapeHtml(opts.createdAtLocal)}</p>` : ''}
${opts.notes ? `<h2>备注 <span class="en">Notes</span></h2><blockquote>${escapeHtml(opts.notes)}</blockquote>` : ''}
<h2>公告 <span class="en">Notices</span></h2>
<table><thead><tr><th>#</th><th>标题 <span class="en">Title</span></th><th>取证时间 <span class="en">Captured</span></th><th>事项 <span class="en">Items</span></th><th>期限违规 <span class="en">Deadline violations</span></th><th>提示 <span class="en">Flags</span></th></tr></thead><tbody>${body}</tbody></table>
<footer>核验方法见 README.txt。<span class="en">See README.txt for how to verify.</span></footer>
</body>
</html>
`;
}
