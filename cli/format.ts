/** Readable terminal output of a Report (Chinese label first, then English). */
import { countOutcomes } from '../lib/report-counts';
import { noticeTypeMeta, ruleFor } from '../lib/rules/catalog';
import type { Report } from '../lib/types';

const MARK: Record<string, string> = { present: '✓', missing: '✗', uncertain: '?', not_applicable: '–' };
const DEADLINE_MARK: Record<string, string> = { ok: '✓', violation: '✗', uncertain: '?', not_applicable: '–' };

/** The report as a readable table. */
export function formatReport(report: Report): string {
  const type = noticeTypeMeta(report.noticeType);
  const out: string[] = [];
  out.push(`${report.title ?? '(无标题 / untitled)'}`);
  out.push(`类型 Type: ${type ? `${type.labelZh} / ${type.labelEn}` : report.noticeType} (${report.noticeType})`);
  out.push(`网址 URL: ${report.url}   时间 Captured: ${report.capturedAt}`);
  if (report.projectCode) out.push(`项目编号 Code: ${report.projectCode}`);
  if (report.publishedAt) out.push(`发布 Published: ${report.publishedAt}`);
  if (!report.bodyFound || report.bodyIssue) out.push(`正文 Body: ${report.bodyIssue ?? '未找到 / not found'}`);
  if (report.items.length > 0) {
    out.push('', '事项 Items:');
    for (const item of report.items) {
      const rule = ruleFor(item.key);
      const label = rule ? `${rule.labelZh} / ${rule.labelEn}` : item.key;
      const note = item.notRequiredThen ? ' [发布时尚未要求 / not required then]' : '';
      out.push(`  ${MARK[item.outcome] ?? '?'} ${label}  [${item.key}]${note}`);
      if (item.evidence?.text) out.push(`      「${item.evidence.text}」${item.evidence.path ? ` @ ${item.evidence.path}` : ''}`);
      if (item.reason && item.outcome !== 'present') out.push(`      ${item.reason}`);
      for (const p of item.perParty ?? []) if (p.outcome !== 'present') out.push(`      ${MARK[p.outcome]} ${p.party}`);
      if (rule) out.push(`      依据 Source: ${rule.source} (${rule.severity})`);
    }
  }
  if (report.deadlines.length > 0) {
    out.push('', '时限 Deadlines:');
    for (const d of report.deadlines) {
      const span = d.days !== undefined ? ` ${d.days}${d.unit === 'working' ? '个工作日' : '日'} / required ${d.required}` : '';
      out.push(`  ${DEADLINE_MARK[d.outcome] ?? '?'} ${d.key}${span}  依据 ${d.source}`);
      if (d.from || d.to) out.push(`      ${d.from ?? '?'} → ${d.to ?? '?'}`);
      for (const q of d.evidence ?? []) out.push(`      「${q}」`);
      if (d.reason) out.push(`      ${d.reason}`);
    }
  }
  if (report.flags.length > 0) {
    out.push('', '提示 Flags (advisory):');
    for (const f of report.flags) out.push(`  ! ${f.reason}`, `      「${f.text}」 依据 ${f.source}`);
  }
  const { missing, uncertain } = countOutcomes(report.items);
  out.push('', `缺失 missing: ${missing}   不确定 uncertain: ${uncertain}   引擎 engine: ${report.engineVersion}`);
  return out.join('\n');
}
