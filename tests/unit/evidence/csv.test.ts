import { describe, expect, it } from 'vitest';
import { csvCell, reportsToCsv } from '../../../lib/export/csv';
import { sampleReport } from './fixture';

/** Minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('csv', () => {
  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
  });

  it('exports reports with a BOM, bilingual header and one row each', () => {
    const r1 = sampleReport();
    const r2 = sampleReport({ title: '标题，含逗号和"引号"\n换行', url: 'https://b.example/2', items: [] });
    const csv = reportsToCsv([{ report: r1, savedAt: '2024-05-01T03:00:00Z', note: '已截图' }, { report: r2 }], {
      labels: (k) => (k === 'objection.channel' ? { zh: '异议渠道', en: 'Objection channel' } : undefined),
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    const [header, a, b] = rows as [string[], string[], string[]];
    expect(header[0]).toContain('取证时间');
    expect(header.every((h) => /[\u4e00-\u9fff]/.test(h) && /[A-Za-z]/.test(h))).toBe(true);
    const col = (name: string) => header.findIndex((h) => h.includes(name));
    expect(a[col('Captured')]).toBe('2024-05-01T10:30:00+08:00');
    expect(a[col('Missing items')]).toBe('异议渠道');
    expect(a[col('Uncertain items')]).toBe('candidates.performance');
    expect(a[col('Missing')]).toBe('1');
    expect(a[col('Deadline violations')]).toBe('deadline.candidates_period');
    expect(a[col('Evidence saved')]).toBe('2024-05-01T11:00:00+08:00');
    expect(a[col('Note')]).toBe('已截图');
    expect(b[col('Title')]).toBe('标题，含逗号和"引号"\n换行');
    expect(b[col('Present')]).toBe('0');
  });

  it('counts and lists an item not yet required at publication apart from the missing ones', () => {
    const base = sampleReport();
    const report = sampleReport({ items: [...base.items, { key: 'candidates.quality', outcome: 'missing', notRequiredThen: true }] });
    const [header, row] = parseCsv(reportsToCsv([{ report }]).slice(1)) as [string[], string[]];
    const col = (name: string) => header.findIndex((h) => h.includes(name));
    expect(row[col('Missing')]).toBe('1');
    expect(row[col('Not required then')]).toBe('1');
    expect(row[col('Missing items')]).not.toContain('candidates.quality');
  });
});
