import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotFromPage } from '../../lib/capture/page-snapshot';
import { verifyChain } from '../../lib/evidence/chain';
import { noticeTextHash } from '../../lib/evidence/hash';
import { hashSnapshot } from '../../lib/evidence/snapshot';
import { verifyBundle } from '../../lib/evidence/verify';
import { caseExport, noticeExport, reportsCsvExport } from '../../lib/export/evidence-export';
import { createCase, listCases, updateCase } from '../../lib/store/cases';
import { LensDB, SCHEMA, useDb } from '../../lib/store/db';
import { isQuotaError } from '../../lib/store/errors';
import {
  appendCustody,
  captureIntact,
  custodyLog,
  evidenceCountFor,
  listCaptures,
  moveCapture,
  saveCapture,
} from '../../lib/store/evidence';
import { saveReport } from '../../lib/store/queries';
import { isCorrection, pageStatus, recordVisit, storeNoticeText, type VisitInput } from '../../lib/store/visits';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const URL_A = 'http://lens-test.ggzy.gov.cn/notice/a.html';
const html = readFileSync(join(FIXTURES, 'candidates-no-price.html'), 'utf8');
/** Not a real image: the store keeps and hashes bytes, it does not decode them. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function snapshot(at: string, over: { html?: string; url?: string } = {}) {
  return snapshotFromPage({
    html: over.html ?? html,
    url: over.url ?? URL_A,
    capturedAt: at,
    extensionVersion: '9.9.9',
    screenshotPng: PNG,
    screenshotNote: 'full-page capture not available in this browser',
  });
}

let n = 0;
let current: LensDB;
beforeEach(() => {
  current = new LensDB(`evidence-test-${++n}`);
  useDb(current);
});
afterEach(async () => {
  current.close();
  await Dexie.delete(current.name);
});

describe('evidence capture', () => {
  it('keeps the notice text the engine read, its report and both times', () => {
    const s = snapshot('2025-03-04T02:00:00.000Z');
    expect(s.report.noticeType).toBe('construction.candidates');
    expect(s.capturedAtLocal).toBe('2025-03-04T10:00:00+08:00');
    expect(s.engineVersion).toBe(s.report.engineVersion);
    expect(s.noticeText.length).toBeGreaterThan(50);
    return expect(noticeTextHash(s.noticeText)).resolves.toBe(s.report.textHash);
  });

  it('stores every part with its hashes and a custody entry chained to the one before', async () => {
    const first = await saveCapture(snapshot('2025-03-04T02:00:00.000Z'));
    const second = await saveCapture(snapshot('2025-03-05T02:00:00.000Z'));
    expect([first.kind, second.kind]).toEqual(['capture', 'recapture']);

    const row = await current.evidence.get(second.id);
    expect(row).toBeDefined();
    if (!row) return;
    expect(row.partsHashes).toEqual(await hashSnapshot(snapshot('2025-03-05T02:00:00.000Z')));
    expect(Object.keys(row.partsHashes).sort()).toEqual(['notice.txt', 'page.html', 'report.json', 'screenshot.png']);
    expect(row.screenshotPng && [...row.screenshotPng]).toEqual([...PNG]);
    expect(row.capturedAtLocal).toBe('2025-03-05T10:00:00+08:00');
    expect(row.extensionVersion).toBe('9.9.9');
    expect(await captureIntact(row)).toBe(true);

    const log = await custodyLog();
    expect(log.map((e) => [e.seq, e.kind, e.url])).toEqual([
      [1, 'capture', URL_A],
      [2, 'recapture', URL_A],
    ]);
    expect(log[1]?.prevHash).toBe(log[0]?.entryHash);
    expect(log[1]?.partsHashes).toEqual(row.partsHashes);
    expect(row.custodySeq).toBe(2);
    expect(await verifyChain(log)).toEqual({ ok: true });
    expect(await evidenceCountFor(URL_A)).toEqual({ count: 2, lastAt: '2025-03-05T02:00:00.000Z' });
  });

  it('notices a stored capture altered after the fact', async () => {
    const { id } = await saveCapture(snapshot('2025-03-04T02:00:00.000Z'));
    await current.evidence.update(id, { html: `${html}<!-- edited -->` });
    const row = await current.evidence.get(id);
    expect(row && (await captureIntact(row))).toBe(false);
    await expect(noticeExport(URL_A)).rejects.toThrow(/no longer matches/);
  });

  it('files captures in cases, logging each move, and the chain still verifies', async () => {
    const caseId = await createCase('  某某道路工程  ', '投诉材料');
    expect(caseId).toBeDefined();
    expect(await createCase('   ')).toBeUndefined();
    const { id } = await saveCapture(snapshot('2025-03-04T02:00:00.000Z'));
    expect(await moveCapture(id, caseId)).toBe(true);
    expect(await moveCapture(id, 999)).toBe(false);
    expect(await updateCase(caseId as number, { name: '某某道路工程（改名）' })).toBe(true);
    expect(await updateCase(caseId as number, { name: ' ' })).toBe(false);
    expect(await listCases()).toMatchObject([{ id: caseId, name: '某某道路工程（改名）', notes: '投诉材料', captures: 1 }]);
    expect((await listCaptures())[0]?.caseId).toBe(caseId);
    const log = await custodyLog();
    expect(log.map((e) => e.kind)).toEqual(['capture', 'note']);
    expect(await verifyChain(log)).toEqual({ ok: true });
    expect(await moveCapture(id, undefined)).toBe(true);
    expect((await listCaptures())[0]?.caseId).toBeUndefined();
  });

  it('exports a notice bundle and a case bundle that verify, and a CSV', async () => {
    const other = 'http://lens-test.ggzy.gov.cn/notice/b.html';
    const a = await saveCapture(snapshot('2025-03-04T02:00:00.000Z'));
    const b = await saveCapture(snapshot('2025-03-04T03:00:00.000Z', { url: other }));
    const caseId = (await createCase('案件一')) as number;
    await moveCapture(a.id, caseId);
    await moveCapture(b.id, caseId);

    const single = await noticeExport(URL_A, new Date('2025-03-06T00:00:00Z'));
    expect(single.fileName).toBe('evidence-lens-test.ggzy.gov.cn-20250306-0800.zip');
    expect(await verifyBundle(single.bytes)).toMatchObject({ ok: true, problems: [] });
    const manifest = JSON.parse(strFromU8(unzipSync(single.bytes)['manifest.json'] as Uint8Array));
    expect(manifest.notices[0]).toMatchObject({ url: URL_A, custodySeq: a.seq, screenshot: 'screenshot.png' });
    expect(manifest.notices[0].screenshotNote).toBe('full-page capture not available in this browser');

    const both = await caseExport(caseId);
    expect(await verifyBundle(both.bytes)).toMatchObject({ ok: true });
    const files = Object.keys(unzipSync(both.bytes));
    expect(files).toContain('chain.json');
    expect(files.some((f) => f.startsWith('02-') && f.endsWith('/page.html'))).toBe(true);
    const entry = await appendCustody({ kind: 'export', at: new Date().toISOString(), partsHashes: { [both.fileName]: both.sha256 } });
    expect(entry.kind).toBe('export');
    expect(await verifyChain(await custodyLog())).toEqual({ ok: true });

    await saveReport(snapshot('2025-03-04T02:00:00.000Z').report);
    const csv = strFromU8((await reportsCsvExport()).bytes);
    expect(csv.split('\r\n')[1]).toContain(URL_A);
  });
});

describe('a full disk', () => {
  /** A store whose custody table refuses every add, the way a full IndexedDB does. */
  function fullDiskDb(): LensDB {
    const db = new LensDB(`evidence-full-${++n}`);
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name: string) => {
          const table = down.table(name);
          if (name !== 'custody') return table;
          return {
            ...table,
            mutate: (req: DBCoreMutateRequest) =>
              req.type === 'add' ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req),
          };
        },
      }),
    });
    return db;
  }

  it('leaves nothing half-written and says the storage is full', async () => {
    const db = fullDiskDb();
    useDb(db);
    try {
      const err = await saveCapture(snapshot('2025-03-04T02:00:00.000Z')).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeDefined();
      expect(isQuotaError(err)).toBe(true);
      expect(await db.evidence.count()).toBe(0);
      expect(await db.custody.count()).toBe(0);
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  });

  it('recognises the quota error however Dexie wraps it', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe(true);
    expect(isQuotaError(new Dexie.ConstraintError('dup'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('silent edits', () => {
  async function visit(at: string, text: string, over: Partial<VisitInput> = {}) {
    const textHash = await noticeTextHash(text);
    const v: VisitInput = { url: URL_A, capturedAt: at, noticeType: 'construction.candidates', title: '中标候选人公示', textHash, bodyFound: true, ...over };
    const outcome = await recordVisit(v);
    if (outcome.wantText) expect(await storeNoticeText(textHash, text)).toBe(true);
    return outcome;
  }
  const V1 = '某某道路工程中标候选人公示\n第一中标候选人：甲公司\n投标报价：5000000元\n公示期：2025年3月4日至2025年3月7日';
  const V2 = '某某道路工程中标候选人公示\n第一中标候选人：乙公司\n投标报价：5000000元\n公示期：2025年3月4日至2025年3月7日';

  it('shows a changed text as changed since the last visit of the old one, with a diff', async () => {
    expect((await visit('2025-03-04T02:00:00Z', V1)).wantText).toBe(true);
    await visit('2025-03-04T05:00:00Z', V1);
    expect(await pageStatus(URL_A)).toEqual({});
    await visit('2025-03-05T02:00:00Z', V2);
    const { change, gone } = await pageStatus(URL_A);
    expect(gone).toBeUndefined();
    expect(change?.since).toBe('2025-03-04T05:00:00.000Z');
    expect(change?.diff?.changed).toBe(true);
    expect(change?.diff).toMatchObject({ added: 1, removed: 1 });
    const del = change?.diff?.hunks.find((h) => h.type === 'del');
    expect(del?.text).toBe('第一中标候选人：甲公司');
    expect(del?.inline?.some((p) => p.type === 'add' && p.text === '乙')).toBe(true);
  });

  it('takes the same wording with other spacing as unchanged', async () => {
    await visit('2025-03-04T02:00:00Z', V1);
    const spaced = `  ${V1.replace('甲公司', '甲 公 司').replace(/\n/g, '\n\n ')}  `;
    expect((await visit('2025-03-05T02:00:00Z', spaced)).wantText).toBe(false);
    expect(await pageStatus(URL_A)).toEqual({});
  });

  it('does not call a correction notice a silent edit', async () => {
    expect(isCorrection('procurement.correction')).toBe(true);
    expect(isCorrection('construction.tender', '某某工程招标公告（变更）')).toBe(true);
    await visit('2025-03-04T02:00:00Z', V1);
    await visit('2025-03-05T02:00:00Z', V2, { title: '某某道路工程更正公告' });
    expect(await pageStatus(URL_A)).toEqual({});
  });

  it('records a known notice that turned into a 404 page as gone, and nothing for an unknown page', async () => {
    const none = { noticeType: 'none', bodyFound: false, title: '404 页面不存在' };
    expect((await visit('2025-03-04T02:00:00Z', '页面不存在', { ...none, url: 'http://lens-test.ggzy.gov.cn/other' })).recorded).toBe(false);
    await visit('2025-03-04T02:00:00Z', V1);
    const out = await visit('2025-03-06T02:00:00Z', '页面不存在', none);
    expect(out).toMatchObject({ recorded: true, gone: true });
    expect(await pageStatus(URL_A)).toEqual({ gone: { since: '2025-03-06T02:00:00.000Z', lastSeen: '2025-03-04T02:00:00.000Z' } });
    expect(await current.visits.where('url').equals('http://lens-test.ggzy.gov.cn/other').count()).toBe(0);
    // It comes back: no longer gone.
    await visit('2025-03-07T02:00:00Z', V1);
    expect(await pageStatus(URL_A)).toEqual({});
    // Still a notice page, but its body is no longer there.
    expect(await visit('2025-03-08T02:00:00Z', '中标候选人公示', { bodyFound: false })).toMatchObject({ gone: true, wantText: false });
    expect((await pageStatus(URL_A)).gone?.lastSeen).toBe('2025-03-07T02:00:00.000Z');
  });

  it('refuses a text filed under a hash that is not its own', async () => {
    expect(await storeNoticeText(await noticeTextHash(V1), V2)).toBe(false);
    expect(await current.noticeTexts.count()).toBe(0);
  });
});

describe('schema upgrade', () => {
  it('keeps every v1 row when the v2 database opens', async () => {
    const name = `evidence-upgrade-${++n}`;
    const v1 = new Dexie(name);
    const first = SCHEMA[0];
    if (!first) throw new Error('no v1');
    v1.version(first.version).stores(first.stores);
    const report = snapshot('2025-03-04T02:00:00.000Z').report;
    await v1.table('notices').add({ url: URL_A, host: 'lens-test.ggzy.gov.cn', capturedAt: report.capturedAt, noticeType: report.noticeType, textHash: report.textHash, missing: 1, uncertain: 0, report });
    await v1.table('settings').put({ key: 'lang', value: 'en' });
    v1.close();

    const v2 = new LensDB(name);
    try {
      await v2.open();
      expect(v2.verno).toBe(SCHEMA.at(-1)?.version);
      expect(await v2.notices.toArray()).toMatchObject([{ url: URL_A, report: { textHash: report.textHash } }]);
      expect(await v2.settings.get('lang')).toEqual({ key: 'lang', value: 'en' });
      expect(v2.tables.map((t) => t.name).sort()).toEqual(['cases', 'custody', 'evidence', 'noticeTexts', 'notices', 'settings', 'visits']);
      expect(await v2.evidence.count()).toBe(0);
    } finally {
      v2.close();
      await Dexie.delete(name);
    }
  });

  it('never changes what v1 declared', () => {
    expect(SCHEMA[0]).toEqual({
      version: 1,
      stores: { notices: '++id, url, capturedAt, noticeType, textHash, host, [url+capturedAt]', settings: 'key' },
    });
  });
});
