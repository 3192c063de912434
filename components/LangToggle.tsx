import { t } from '../lib/i18n';

/** The language switch of a page header ("English" / "中文"). */
export function LangToggle({ onToggle }: { onToggle: () => void }) {
  return (
    <button type="button" class="lang" onClick={onToggle} data-testid="lang-toggle">
      {t('switchLanguage')}
    </button>
  );
}
