/** The candidates (parties) of a candidate notice, from tables in any orientation or from free text. */
import type { Table } from '../page/doc';
import { compact } from '../page/normalize';
import type { CheckContext } from './context';
import { ORG_EXACT, ORG_SOURCE } from './org';

/** One candidate as the notice lists it. */
export interface Party {
  rank?: number;
  name: string;
  /** Column (or row) header → this candidate's cell, when read from a table. */
  fields?: Map<string, string>;
  /** Offset of the candidate's name in the flat text, when read from text. */
  index?: number;
  /** Offset of the rank phrase before the name ("第一名"), when read from text. */
  rankAt?: number;
}

export interface PartyList {
  parties: Party[];
  /** Where the list was read from, for evidence. */
  source: 'table' | 'text';
  table?: Table;
}

const ORG = ORG_SOURCE;
const RANK_WORD: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NAME_HEADER = /(中标候选人|候选人|投标人|投标单位|单位|企业|供应商|公司)(名称)?$|^名称$|^(中标候选人|投标人)$/;
const RANK_HEADER = /排序|排名|名次|序号|顺序/;
const RANK_CELL = /^(?:第)?([一二三四五六七八九十]|\d{1,2})(?:名|中标候选人|候选人|中标排序单位)?$/;
const COLUMN_RANK = /^第([一二三四五六七八九十]|\d{1,2})(?:名|中标候选人|候选人|中标人|成交候选人)$|^(?:中标)?候选人([一二三四五]|\d)$/;

function rankOf(s: string): number | undefined {
  const m = RANK_CELL.exec(compact(s)) ?? COLUMN_RANK.exec(compact(s));
  const g = m?.[1] ?? m?.[2];
  if (!g) return undefined;
  return RANK_WORD[g] ?? Number(g);
}

function isOrg(s: string): boolean {
  return ORG_EXACT.test(compact(s));
}

/** A table with one candidate per row under a header row naming a name column. */
function rowTable(table: Table): PartyList | undefined {
  for (let h = 0; h < Math.min(table.rows.length, 6); h++) {
    const header = (table.rows[h] ?? []).map(compact);
    const nameCol = header.findIndex((c) => NAME_HEADER.test(c));
    if (nameCol < 0) continue;
    const rankCol = header.findIndex((c) => RANK_HEADER.test(c));
    const parties: Party[] = [];
    for (const row of table.rows.slice(h + 1)) {
      const name = compact(row[nameCol] ?? '');
      if (!isOrg(name)) continue;
      const fields = new Map<string, string>();
      header.forEach((label, i) => {
        if (label) fields.set(label, row[i] ?? '');
      });
      const rank = rankCol >= 0 ? rankOf(row[rankCol] ?? '') : undefined;
      parties.push({ name, fields, ...(rank ? { rank } : {}) });
    }
    if (parties.length > 0) return { parties, source: 'table', table };
  }
  return undefined;
}

/** A table with candidates as columns (第一名 / 第二名 / 第三名) and fields as rows. */
function columnTable(table: Table): PartyList | undefined {
  for (let h = 0; h < Math.min(table.rows.length, 6); h++) {
    const header = (table.rows[h] ?? []).map(compact);
    const cols = header.map((c, i) => ({ i, rank: COLUMN_RANK.test(c) ? rankOf(c) : undefined })).filter((c) => c.rank);
    if (cols.length < 2) continue;
    const parties: Party[] = cols.map((c) => ({ rank: c.rank, name: '', fields: new Map<string, string>() }));
    const firstCol = (cols[0] as { i: number }).i;
    for (const row of table.rows.slice(h + 1)) {
      // Label cells are those before the first candidate column (merged groups such as "项目经理 | 姓名").
      const label = [...new Set(row.slice(0, firstCol).map(compact).filter(Boolean))].join('');
      if (!label) continue;
      cols.forEach((c, k) => {
        const value = row[c.i] ?? '';
        const party = parties[k] as Party;
        party.fields?.set(label, row.slice(0, firstCol).includes(value) ? '' : value);
        if (!party.name && (NAME_HEADER.test(label) || /名称/.test(label)) && isOrg(value)) party.name = compact(value);
      });
    }
    const named = parties.filter((p) => p.name);
    if (named.length > 0) return { parties: named, source: 'table', table };
  }
  return undefined;
}

const TEXT_PARTY = new RegExp(
  `(?:第([一二三四五1-5])(?:名|中标候选人|候选人|成交候选人|中标排序单位)(?:单位)?(?:名称)?|排名第([一二三1-3])|(?:中标)?候选人([一二三1-3])|(?:^|\\n)([1-5])(?=[\\s.．、]))[\\s:：为是.．、|]*(?:牵头人[:：]?)?(${ORG})`,
  'g',
);

/** Candidates named in free text or in one-cell-per-line text: "第一名 X公司", "第一中标候选人：X公司". */
function textParties(ctx: CheckContext): PartyList | undefined {
  const seen = new Set<string>();
  const parties: Party[] = [];
  for (const hit of ctx.findAll(TEXT_PARTY)) {
    const m = new RegExp(TEXT_PARTY.source).exec(hit.text);
    if (!m) continue;
    const name = compact(m[5] ?? '');
    const g = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const rank = RANK_WORD[g] ?? Number(g);
    const key = `${rank}:${name}`;
    if (seen.has(key) || parties.some((p) => p.rank === rank)) continue;
    seen.add(key);
    const rankAt = hit.index + (hit.text.startsWith('\n') ? 1 : 0);
    parties.push({ rank, name, index: hit.index + hit.text.length - (m[5] ?? '').length, rankAt });
  }
  return parties.length > 0 ? { parties, source: 'text' } : undefined;
}

/** The candidate list of a notice, preferring tables; undefined when none can be read. */
export function findParties(ctx: CheckContext): PartyList | undefined {
  for (const table of ctx.doc.tables) {
    const list = columnTable(table) ?? rowTable(table);
    if (list) return list;
  }
  return textParties(ctx);
}

const cache = new WeakMap<CheckContext, PartyList | null>();

/** findParties, once per notice: several items read the same candidate list. */
export function partiesOf(ctx: CheckContext): PartyList | undefined {
  if (!cache.has(ctx)) cache.set(ctx, findParties(ctx) ?? null);
  return cache.get(ctx) ?? undefined;
}

/** The party's value for the first field whose label matches, or undefined when there is no such field. */
export function fieldOf(party: Party, label: RegExp): { label: string; value: string } | undefined {
  if (!party.fields) return undefined;
  for (const [k, v] of party.fields) if (label.test(k)) return { label: k, value: compact(v) };
  return undefined;
}

/** A cell that states nothing: empty, a dash, a slash, 无. */
export function isBlank(value: string): boolean {
  return /^[-—–/／\\无空]*$/.test(compact(value));
}
