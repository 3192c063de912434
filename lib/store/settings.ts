/** User settings as the pages see them, kept in the settings table. */
import type { Lang, Settings } from '../messages';
import { getSetting, setSetting } from './queries';

const LANGS: readonly Lang[] = ['zh', 'en'];

/** The settings, with defaults for what is unset or unreadable. */
export async function readSettings(): Promise<Settings> {
  const lang = await getSetting<Lang>('lang', 'zh');
  return { lang: LANGS.includes(lang) ? lang : 'zh' };
}

/** Change settings (unknown values are ignored); returns the settings now. */
export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  if (patch.lang && LANGS.includes(patch.lang)) await setSetting('lang', patch.lang);
  return readSettings();
}
