/** Walk a parsed DOM into lines and tables without recursion (10,000-deep nesting must not overflow). */
import type { AnyNode, Element } from 'domhandler';
import type { Line, Table } from './doc';
import { normalizeLine } from './normalize';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br', 'caption', 'option',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'select', 'button', 'input', 'textarea', 'svg']);

/** Upper bounds that keep the work linear and bounded on hostile pages. */
const MAX_NODES = 400_000;
const MAX_TABLE_ROWS = 2_000;
const MAX_TABLE_COLS = 60;

// Whitespace between inline tags ("<font>4.2抽</font> <font>签时间</font>") is markup, not text: between two CJK
// characters or CJK punctuation it is dropped; elsewhere collapsed to one space. An ideographic space or a
// no-break space is the author's own separator (「项目联系人：王女士　电话：…」): it stays one space, so a name is
// not glued to the next label — except when it letter-spaces a label (「公　示　期」), where it is dropped too.
const CJK = '[\\u3001-\\u303f\\u4e00-\\u9fff\\uff00-\\uff0f\\uff1a-\\uff20]';
const SPACE_BETWEEN_CJK = new RegExp(`(${CJK})[^\\S\\u3000\\u00a0]+(?=${CJK})`, 'g');
const AUTHOR_SPACE = new RegExp(`(${CJK})[\\s\\u3000\\u00a0]*[\\u3000\\u00a0][\\s\\u3000\\u00a0]*(?=${CJK})`, 'g');
const LETTER_SPACED = new RegExp(`(?:^|(?<=[^\\u4e00-\\u9fff]))[\\u4e00-\\u9fff](?:[\\s\\u3000\\u00a0]+[\\u4e00-\\u9fff](?![\\u4e00-\\u9fff]))+`, 'g');

/** HTML text as a reader sees it: whitespace collapsed, none left between Chinese characters but the author's. */
export function collapseHtmlSpace(s: string): string {
  return s
    .replace(LETTER_SPACED, (m) => m.replace(/[\s\u3000\u00a0]+/g, ''))
    .replace(SPACE_BETWEEN_CJK, '$1')
    .replace(AUTHOR_SPACE, '$1 ')
    .replace(/\s+/g, ' ');
}

function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** Plain text of a subtree, iteratively; block boundaries become spaces. */
export function textOf(root: AnyNode): string {
  const out: string[] = [];
  const stack: AnyNode[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_NODES) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') {
      out.push((n as unknown as { data: string }).data);
    } else if (n.type === 'root') {
      for (const c of (n as unknown as { children: AnyNode[] }).children) stack.push(c);
    } else if (isElement(n)) {
      if (SKIP.has(n.name)) continue;
      if (BLOCK.has(n.name)) out.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode);
    }
  }
  return normalizeLine(collapseHtmlSpace(out.join('')));
}

function directRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (!isElement(c)) continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'tbody' || c.name === 'thead' || c.name === 'tfoot') {
      for (const r of c.children) if (isElement(r) && r.name === 'tr') rows.push(r);
    }
  }
  return rows;
}

function hasNestedTable(table: Element): boolean {
  const stack: AnyNode[] = [...table.children];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_NODES) {
    const n = stack.pop() as AnyNode;
    if (!isElement(n)) continue;
    if (n.name === 'table') return true;
    for (const c of n.children) stack.push(c as AnyNode);
  }
  return false;
}

function span(el: Element, attr: string): number {
  const v = Number.parseInt(el.attribs[attr] ?? '1', 10);
  return Number.isFinite(v) && v > 0 ? Math.min(v, MAX_TABLE_COLS) : 1;
}

/** Expand a data table into a full grid: rowspan/colspan cells repeat their text in every slot they cover. */
export function tableGrid(table: Element): string[][] {
  const grid: string[][] = [];
  const rows = directRows(table).slice(0, MAX_TABLE_ROWS);
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of tr.children) {
      if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      const row = grid[r] as string[];
      while (row[c] !== undefined) c++;
      if (c >= MAX_TABLE_COLS) break;
      const text = textOf(cell);
      const rs = Math.min(span(cell, 'rowspan'), rows.length - r);
      const cs = span(cell, 'colspan');
      for (let dr = 0; dr < rs; dr++) {
        grid[r + dr] ??= [];
        const target = grid[r + dr] as string[];
        for (let dc = 0; dc < cs && c + dc < MAX_TABLE_COLS; dc++) target[c + dc] = text;
      }
      c += cs;
    }
  });
  return grid.map((row) => Array.from(row, (v) => v ?? ''));
}

/** Lines and data tables of a subtree, in reading order. */
export function linesAndTables(root: Element): { lines: Line[]; tables: Table[]; cut: boolean } {
  const lines: Line[] = [];
  const tables: Table[] = [];
  let buf: string[] = [];
  let blockCount = 0;
  const flush = () => {
    if (buf.length === 0) return;
    const text = normalizeLine(collapseHtmlSpace(buf.join('')));
    buf = [];
    if (text) lines.push({ text, path: `block ${blockCount}` });
  };
  type Frame = { node: AnyNode; exit?: boolean };
  const stack: Frame[] = [{ node: root }];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_NODES) {
    const { node, exit } = stack.pop() as Frame;
    if (exit) {
      flush();
      continue;
    }
    if (node.type === 'text') {
      buf.push((node as unknown as { data: string }).data);
      continue;
    }
    if (node.type === 'root') {
      const kids = (node as unknown as { children: AnyNode[] }).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as AnyNode });
      continue;
    }
    if (!isElement(node) || SKIP.has(node.name)) continue;
    const block = BLOCK.has(node.name);
    if (block) {
      flush();
      blockCount++;
    }
    if (node.name === 'table' && !hasNestedTable(node)) {
      const rows = tableGrid(node);
      const path = `table ${tables.length + 1}`;
      tables.push({ path, rows });
      rows.forEach((row, i) => {
        const cells: string[] = [];
        for (const cell of row) if (cell && cells[cells.length - 1] !== cell) cells.push(cell);
        if (cells.length > 0) lines.push({ text: cells.join(' '), path: `${path} row ${i + 1}` });
      });
      continue;
    }
    if (block) stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as AnyNode });
  }
  flush();
  // The work bounds were hit: what lies beyond was not read, so nothing may be called missing from it.
  const cut = stack.length > 0 || tables.some((t) => t.rows.length >= MAX_TABLE_ROWS);
  return { lines, tables, cut };
}

/** Elements with a tag name under a root, in document order, bounded (cheerio's find() is quadratic on huge pages). */
export function elementsNamed(root: Element, name: string, limit: number): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [root];
  let seen = 0;
  while (stack.length > 0 && found.length < limit && seen++ < MAX_NODES) {
    const n = stack.pop() as AnyNode;
    if (!isElement(n)) continue;
    if (n.name === name) found.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode);
  }
  return found;
}
