import { currentLang } from '../lib/i18n';

/** A stored ISO time in the reader's local time, short. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(currentLang() === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A date or date-time the notice gave (ISO, +08:00), as the notice's local wall time: 2025-08-04 09:00. */
export function formatNoticeDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?/.exec(iso);
  if (!m) return iso;
  return m[2] && m[2] !== '00:00' ? `${m[1]} ${m[2]}` : (m[1] ?? iso);
}
