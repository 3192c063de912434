/** The UI language of an extension page (popup, evidence page, dashboard): one helper for all of them. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { currentLang, type MessageKey, setLang, t } from '../i18n';
import { type Lang, sendMessage } from '../messages';

/** What a page does with its language. */
export interface PageLang {
  /** Read the saved language (getSettings) and show the page in it; the current one when unreadable. */
  loadLang(): Promise<void>;
  /** Switch Chinese ⇄ English, show the page in it and save the choice. */
  toggleLang(): Promise<void>;
}

/**
 * Keep a page in the chosen language: re-renders on a change and sets <html lang> and the document title
 * (the message `titleKey`) on every render.
 */
export function usePageLang(titleKey: MessageKey): PageLang {
  const [, setTick] = useState(0);
  useEffect(() => {
    document.documentElement.lang = currentLang() === 'en' ? 'en' : 'zh-CN';
    document.title = t(titleKey);
  });
  const show = useCallback((lang: Lang) => {
    setLang(lang);
    setTick((n) => n + 1);
  }, []);
  const loadLang = useCallback(async () => {
    const settings = await sendMessage('getSettings', undefined).catch(() => undefined);
    show(settings?.lang ?? currentLang());
  }, [show]);
  const toggleLang = useCallback(async () => {
    const next: Lang = currentLang() === 'zh' ? 'en' : 'zh';
    show(next);
    await sendMessage('setSettings', { lang: next }).catch(() => undefined);
  }, [show]);
  return { loadLang, toggleLang };
}
