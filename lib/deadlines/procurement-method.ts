/**
 * The procurement method of a government procurement notice (政采法 Art.26): 公开招标/邀请招标 (tender),
 * 竞争性磋商, 竞争性谈判, 询价, 单一来源. 87号令's periods bind 招标 only, so the checks need to know.
 */
import type { NoticeDoc } from '../page/doc';
import type { Words } from './reason';

/** A procurement method (政采法 Art.26); `unknown` when the notice does not tell. */
export type ProcurementMethod = 'tender' | 'consultation' | 'negotiation' | 'inquiry' | 'single_source' | 'unknown';
type KnownMethod = Exclude<ProcurementMethod, 'unknown'>;

function methodOfWord(w: string): KnownMethod {
  return /磋商/.test(w) ? 'consultation' : /谈判/.test(w) ? 'negotiation' : /询价/.test(w) ? 'inquiry' : /单一来源/.test(w) ? 'single_source' : 'tender';
}

// In a field or a title any method word counts; in running text 询价 alone is too common (市场询价).
const METHOD_WORDS = '公开招标|邀请招标|竞争性磋商|竞争性谈判|单一来源|询价';
const BODY_METHOD_WORDS = '公开招标|邀请招标|竞争性磋商|竞争性谈判|单一来源|询价(?:采购|公告|通知书|方式)';
// "转为竞争性磋商", "变更为竞争性谈判", "改用询价": the method the procurement moved to.
const MOVED_TO = /(?:转为|转成|转入|转|变更为|更改为|改为|改用|调整为|变更采购方式为)\s*(?:采用)?\s*/;
// "公开招标失败", "公开招标流标": a method that was tried and did not lead to this notice.
const FAILED_AFTER = /^\s*(?:方式)?\s*(?:采购)?\s*(?:[（(][^（）()]{0,10}[）)])?\s*(?:均|都|已|又|再次|两次|二次)?\s*(?:失败|流标|废标|不成功|未成功|终止|未能成交|无效)/;
// "由公开招标…", "原公开招标…", "原采购方式为公开招标": the method left behind.
const LEFT_BEFORE = /(?:由|原|从|原采购方式为?|原为|变更前为?)\s*(?:采用)?\s*$/;

/**
 * The method a text names: the one it moved to (…转为竞争性磋商) if any, else the one method it names
 * once failed and abandoned mentions (公开招标失败, 由公开招标…) are left out; `mixed` when it names
 * several, undefined when none.
 */
function namedMethod(text: string, words = METHOD_WORDS): KnownMethod | 'mixed' | undefined {
  const named = new RegExp(words, 'g');
  const moved = new RegExp(`${MOVED_TO.source}(${words})`, 'g');
  let to: string | undefined;
  for (const m of text.matchAll(moved)) to = m[1];
  if (to) return methodOfWord(to);
  const kept = new Set<KnownMethod>();
  for (const m of text.matchAll(named)) {
    const end = m.index + m[0].length;
    if (FAILED_AFTER.test(text.slice(end, end + 16))) continue;
    if (LEFT_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    kept.add(methodOfWord(m[0]));
  }
  if (kept.size > 1) return 'mixed';
  return [...kept][0];
}

/** The value of the 采购方式 field, in the text ("采购方式：竞争性磋商", a cell per line) or a table row. */
function methodFields(doc: NoticeDoc, body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/采购方式\s*(?:[：:]|为|是)?[ \t]*(?:\n[ \t]*)?([^\n。；;]{0,60})/g)) {
    // 原采购方式：公开招标 is the method left behind.
    if (/(?:原|变更前|原定)\s*$/.test(body.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (m[1]) out.push(m[1]);
  }
  for (const t of doc.tables) {
    for (const row of t.rows) {
      const i = row.findIndex((c) => /^\s*采购方式\s*[：:]?\s*$/.test(c));
      const v = i >= 0 ? row[i + 1] : undefined;
      if (v) out.push(v);
    }
  }
  return out;
}

/**
 * Procurement method of a notice: 87号令's periods apply to 招标 (公开/邀请), not 磋商/谈判/询价. From the
 * 采购方式 field first, then the title, then the opening of the body; a method the text says failed or was
 * changed from ("公开招标失败后转为竞争性磋商" is 磋商) does not count. `unknown` when it cannot be told.
 */
export function procurementMethod(doc: NoticeDoc): ProcurementMethod {
  const body = doc.text || doc.lines.map((l) => l.text).join('\n');
  for (const field of methodFields(doc, body)) {
    const m = namedMethod(field);
    if (m === 'mixed') return 'unknown';
    if (m) return m;
  }
  const title = doc.title ?? '';
  const fromTitle = namedMethod(title);
  if (fromTitle === 'mixed') return 'unknown';
  if (fromTitle) return fromTitle;
  if (/磋商公告|磋商邀请/.test(title)) return 'consultation';
  if (/谈判公告|谈判邀请/.test(title)) return 'negotiation';
  if (/招标公告|资格预审/.test(title)) return 'tender';
  const head = body.slice(0, 3000);
  const fromBody = namedMethod(head, BODY_METHOD_WORDS);
  if (fromBody === 'mixed') return 'unknown';
  if (fromBody) return fromBody;
  // No method named: the documents' names. 招标文件 and 投标文件 without any 响应文件 is a tender.
  const kinds = new Set<KnownMethod>();
  if (/磋商文件/.test(head)) kinds.add('consultation');
  if (/谈判文件/.test(head)) kinds.add('negotiation');
  if (/询价通知书/.test(head)) kinds.add('inquiry');
  if (/招标文件/.test(head) && /投标文件/.test(head) && !/响应文件/.test(head)) kinds.add('tender');
  return kinds.size === 1 ? ([...kinds][0] as KnownMethod) : 'unknown';
}

const METHOD_WORDS_OF: Record<KnownMethod, Words> = {
  tender: { zh: 'tender', en: 'tender' },
  consultation: { zh: '竞争性磋商', en: 'competitive consultation' },
  negotiation: { zh: '竞争性谈判', en: 'competitive negotiation' },
  inquiry: { zh: '询价', en: 'request for quotations' },
  single_source: { zh: '单一来源', en: 'single source' },
};

/** The method's name in both languages (a tender or unknown method is named by its key). */
export function methodName(method: ProcurementMethod): Words {
  return method === 'unknown' ? { zh: method, en: method } : METHOD_WORDS_OF[method];
}
