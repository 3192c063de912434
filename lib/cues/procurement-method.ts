/** Procurement method: 公开招标, 邀请招标, 竞争性磋商, 竞争性谈判, 询价, 单一来源 (政采法 Art.26). */
import { anyOf } from './words';

/** Each method's full name and the short word a title may use ("磋商公告"). */
export const PROCUREMENT_METHODS = [
  { key: 'open_tender', word: '公开招标', short: '公开招标' },
  { key: 'invited_tender', word: '邀请招标', short: '邀请招标' },
  { key: 'consultation', word: '竞争性磋商', short: '磋商' },
  { key: 'negotiation', word: '竞争性谈判', short: '谈判' },
  { key: 'inquiry', word: '询价', short: '询价' },
  { key: 'single_source', word: '单一来源', short: '单一来源' },
] as const;

/** A method's key. */
export type ProcurementMethodKey = (typeof PROCUREMENT_METHODS)[number]['key'];

const NON_TENDER = PROCUREMENT_METHODS.filter((m) => !m.key.endsWith('_tender'));

/** The full names of the methods other than 招标 (only procurement uses them). */
export const NON_TENDER_METHOD_WORDS = anyOf(NON_TENDER.map((m) => m.word));

/** Their short names, as titles use them: only procurement uses them either. */
export const NON_TENDER_METHOD_SHORT = anyOf(NON_TENDER.map((m) => m.short));

/** Every method a text names, by its full name, in order of appearance. */
export function methodsNamed(text: string): ProcurementMethodKey[] {
  const re = new RegExp(PROCUREMENT_METHODS.map((m) => m.word).join('|'), 'g');
  return [...text.matchAll(re)].map((m) => PROCUREMENT_METHODS.find((p) => p.word === m[0])?.key as ProcurementMethodKey);
}
