import { currentLang, pick, t } from '../lib/i18n';
import { countOutcomes } from '../lib/report-counts';
import { noticeTypeMeta } from '../lib/rules/catalog';
import type { Report } from '../lib/types';
import { showInLanguage } from '../lib/ui/bilingual';
import { DeadlineList } from './DeadlineList';
import { FlagList } from './FlagList';
import { formatNoticeDate, formatTime } from './format';
import { ItemList, type RuleHref } from './ItemList';

/** The label of a notice type key in the current language. */
export function noticeTypeLabel(key: string): string {
  const meta = noticeTypeMeta(key);
  return meta ? pick(meta) : key;
}

/** Why the body could not be read fully, in the UI language (the engine's other language on hover). */
function BodyIssue({ issue }: { issue: string }) {
  const { shown, other } = showInLanguage(issue, currentLang());
  return (
    <p class="warn" title={other} data-testid="body-issue">
      {t('bodyIssue', shown)}
    </p>
  );
}

/** One notice's findings: type, summary, items, deadlines and flags; `ruleHref` links item keys to their rules. */
export function ReportView({ report, ruleHref }: { report: Report; ruleHref?: RuleHref }) {
  const { missing, uncertain } = countOutcomes(report.items);
  // A notice type without a rule set (e.g. housing.construction): nothing was checked, so no verdict.
  const noRules = report.items.length === 0;
  return (
    <section class="report" data-notice-type={report.noticeType}>
      <div class="notice-type">
        <span class="muted">{t('labelNoticeType')}{t('colon')}</span>
        <strong>{noticeTypeLabel(report.noticeType)}</strong>
      </div>
      {report.title && <h2 class="title">{report.title}</h2>}
      <dl class="meta">
        {report.projectCode && (
          <>
            <dt>{t('labelProjectCode')}</dt>
            <dd>{report.projectCode}</dd>
          </>
        )}
        {report.publishedAt && (
          <>
            <dt>{t('labelPublished')}</dt>
            <dd>{formatNoticeDate(report.publishedAt)}</dd>
          </>
        )}
        <dt>{t('labelCheckedAt')}</dt>
        <dd>{formatTime(report.capturedAt)}</dd>
      </dl>
      {noRules ? (
        <p class="summary summary-none" data-testid="no-rules">
          {t('noRulesForType')}
        </p>
      ) : (
        <p class={`summary ${missing > 0 ? 'summary-bad' : uncertain > 0 ? 'summary-unsure' : 'summary-good'}`}>
          {missing === 0 && uncertain === 0 ? t('summaryAllPresent') : t('summaryCounts', [missing, uncertain])}
        </p>
      )}
      {!report.bodyFound && <p class="warn">{t('bodyNotFound')}</p>}
      {report.bodyIssue && <BodyIssue issue={report.bodyIssue} />}

      {!noRules && (
        <>
          <h3>{t('sectionItems')}</h3>
          <ItemList items={report.items} ruleHref={ruleHref} />
        </>
      )}
      {report.deadlines.length > 0 && (
        <>
          <h3>{t('sectionDeadlines')}</h3>
          <DeadlineList deadlines={report.deadlines} />
        </>
      )}
      {report.flags.length > 0 && (
        <>
          <h3>{t('sectionFlags')}</h3>
          <FlagList flags={report.flags} />
        </>
      )}
    </section>
  );
}
