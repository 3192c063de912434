import { t } from '../lib/i18n';
import type { NoticeFilter, OutcomeFilter } from '../lib/dashboard/notice-filter';
import { noticeTypeLabel } from './ReportView';

/** The dashboard's filter bar: site, notice type, outcome, capture dates and title text. */
export function NoticeFilters({
  filter,
  hosts,
  types,
  onChange,
}: {
  filter: NoticeFilter;
  hosts: string[];
  types: string[];
  onChange: (filter: NoticeFilter) => void;
}) {
  const set = (patch: Partial<NoticeFilter>) => onChange({ ...filter, ...patch });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <form class="filters" data-testid="filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('filterSite')}
        <select value={filter.host ?? ''} onChange={(e) => set({ host: value(e) })} data-testid="filter-site">
          <option value="">{t('filterAllSites')}</option>
          {hosts.map((h) => (
            <option key={h} value={h}>
              {h || '—'}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterType')}
        <select value={filter.noticeType ?? ''} onChange={(e) => set({ noticeType: value(e) })} data-testid="filter-type">
          <option value="">{t('filterAllTypes')}</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {noticeTypeLabel(type)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterOutcome')}
        <select
          value={filter.outcome ?? 'all'}
          onChange={(e) => set({ outcome: value(e) as OutcomeFilter })}
          data-testid="filter-outcome"
        >
          <option value="all">{t('filterOutcomeAll')}</option>
          <option value="missing">{t('filterOutcomeMissing')}</option>
          <option value="complete">{t('filterOutcomeComplete')}</option>
        </select>
      </label>
      <label>
        {t('filterFrom')}
        <input type="date" value={filter.from ?? ''} onInput={(e) => set({ from: value(e) })} data-testid="filter-from" />
      </label>
      <label>
        {t('filterTo')}
        <input type="date" value={filter.to ?? ''} onInput={(e) => set({ to: value(e) })} data-testid="filter-to" />
      </label>
      <label class="grow">
        {t('filterText')}
        <input type="search" value={filter.text ?? ''} onInput={(e) => set({ text: value(e) })} data-testid="filter-text" />
      </label>
      <button type="button" onClick={() => onChange({ outcome: 'all' })} data-testid="filter-reset">
        {t('filterReset')}
      </button>
    </form>
  );
}
