import { currentLang } from '../lib/i18n';
import { showInLanguage } from '../lib/ui/bilingual';

/**
 * A reason or note the engine wrote as "中文 / English", in the UI language; the other language on hover.
 * Text of another form (a quote, a name) is shown as it is.
 */
export function EngineText({ text }: { text: string }) {
  const { shown, other } = showInLanguage(text, currentLang());
  return (
    <span class="engine-text" title={other}>
      {shown}
    </span>
  );
}
