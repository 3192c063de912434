/**
 * UI strings. The UI is Chinese unless the user switches to English (a setting). `t(key, subs)` reads the
 * browser's locale files through browser.i18n when the browser resolved them to the chosen language, and the
 * bundled messages of that language otherwise (browser.i18n follows the browser's UI language and cannot
 * switch, and a browser without Chinese UI resources resolves to English).
 */
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';
import zh from '../public/_locales/zh_CN/messages.json';
import type { Lang } from './messages';

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Record<string, MessageEntry>;

/** A key of the locale files. */
export type MessageKey = keyof typeof zh;

const BUNDLED: Record<'zh' | 'en', Messages> = { zh, en };

let chosen: Lang = 'zh';

/** Set the language strings are shown in. */
export function setLang(lang: Lang): void {
  chosen = lang;
}

/** The language strings are shown in now. */
export function currentLang(): Lang {
  return chosen;
}

function browserMessage(key: string, subs?: string[]): string {
  try {
    // biome-ignore lint/suspicious/noExplicitAny: keys are checked by MessageKey at the call site
    return (browser.i18n.getMessage as any)(key, subs) ?? '';
  } catch {
    return '';
  }
}

/** Chrome's substitution rules: $NAME$ → its placeholder content, then $1…$9 → subs, $$ → $. */
export function format(entry: MessageEntry, subs: string[] = []): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? ph.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** The UI string for a key in the current language, with substitutions. */
export function t(key: MessageKey, subs?: string | number | (string | number)[]): string {
  const list = subs === undefined ? [] : (Array.isArray(subs) ? subs : [subs]).map(String);
  if (browserMessage('langCode') === chosen) {
    const s = browserMessage(key, list);
    if (s) return s;
  }
  const entry = BUNDLED[chosen][key] ?? BUNDLED.zh[key];
  return entry ? format(entry, list) : key;
}

/** Pick the label of the current language from a zh/en pair (rule and notice-type metadata). */
export function pick(labels: { labelZh: string; labelEn: string }): string {
  return currentLang() === 'en' ? labels.labelEn : labels.labelZh;
}
