import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotFromPage } from '../../lib/capture/page-snapshot';
import { pageSaysRemoved, removalSignal } from '../../lib/capture/removal';
import { verifyChain } from '../../lib/evidence/chain';
import { noticeTextHash } from '../../lib/evidence/hash';
import { hashSnapshot } from '../../lib/evidence/snapshot';
import { verifyBundle } from '../../lib/evidence/verify';
import { caseExport, noticeExport, reportsCsvExport } from '../../lib/export/evidence-export';
import { createCase, listCases, updateCase } from '../../lib/store/cases';
import { LensDB, SCHEMA, useDb } from '../../lib/store/db';
import { isQuotaError } from '../../lib/errors';
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

  it('calls one unreadable visit "not read this time", never gone, and stores nothing for an unknown page', async () => {
    const firewall = { noticeType: 'none', bodyFound: false, title: '访问过于频繁' };
    expect((await visit('2025-03-04T02:00:00Z', '访问过于频繁', { ...firewall, url: 'http://lens-test.ggzy.gov.cn/other' })).recorded).toBe(false);
    expect(await current.visits.where('url').equals('http://lens-test.ggzy.gov.cn/other').count()).toBe(0);
    await visit('2025-03-04T02:00:00Z', V1);
    expect(await visit('2025-03-06T02:00:00Z', '您的访问过于频繁，请稍后再试', firewall)).toMatchObject({ recorded: true, unread: true, wantText: false });
    expect(await pageStatus(URL_A)).toEqual({ unread: { at: '2025-03-06T02:00:00.000Z', removed: false, lastSeen: '2025-03-04T02:00:00.000Z' } });
    // A firewall page on every later visit is still no removal.
    await visit('2025-03-07T02:00:00Z', '您的访问过于频繁，请稍后再试', firewall);
    await visit('2025-03-08T02:00:00Z', '503 Service Unavailable', { ...firewall, title: '503' });
    expect((await pageStatus(URL_A)).gone).toBeUndefined();
    // Still a notice page, but its body not drawn yet (script-rendered content): not read, not gone.
    expect(await visit('2025-03-09T02:00:00Z', '中标候选人公示', { bodyFound: false })).toMatchObject({ unread: true, wantText: false });
    expect(await pageStatus(URL_A)).toMatchObject({ unread: { removed: false, lastSeen: '2025-03-04T02:00:00.000Z' } });
    // It is read again: nothing to say.
    await visit('2025-03-10T02:00:00Z', V1);
    expect(await pageStatus(URL_A)).toEqual({});
  });

  it('calls a notice gone only when a removal page is seen on two visits, apart', async () => {
    const notFound = { noticeType: 'none', bodyFound: false, title: '404', removed: true };
    await visit('2025-03-04T02:00:00Z', V1);
    await visit('2025-03-06T02:00:00Z', '404 页面不存在', notFound);
    expect(await pageStatus(URL_A)).toEqual({ unread: { at: '2025-03-06T02:00:00.000Z', removed: true, lastSeen: '2025-03-04T02:00:00.000Z' } });
    // A reload a minute later is the same visit (even with another text on the page).
    expect((await visit('2025-03-06T02:01:00Z', '404 页面不存在 2', notFound)).recorded).toBe(false);
    expect((await pageStatus(URL_A)).gone).toBeUndefined();
    await visit('2025-03-07T02:00:00Z', '404 页面不存在', notFound);
    expect(await pageStatus(URL_A)).toEqual({ gone: { since: '2025-03-06T02:00:00.000Z', visits: 2, lastSeen: '2025-03-04T02:00:00.000Z' } });
    // It comes back: no longer gone; removal pages before it no longer count.
    await visit('2025-03-08T02:00:00Z', V1);
    expect(await pageStatus(URL_A)).toEqual({});
    await visit('2025-03-09T02:00:00Z', '404 页面不存在', notFound);
    expect(await pageStatus(URL_A)).toMatchObject({ unread: { removed: true, lastSeen: '2025-03-08T02:00:00.000Z' } });
  });

  it('tells removal pages from firewall, error and empty pages', () => {
    expect(removalSignal({ title: '404', text: '404 页面不存在\n您访问的页面不存在或已被删除。' })).toBe(true);
    expect(removalSignal({ title: '中国政府采购网', text: '首页政策公告\n该信息已撤销' })).toBe(true);
    expect(removalSignal({ title: 'Not Found', text: 'The requested URL was not found on this server.' })).toBe(true);
    expect(removalSignal({ title: '提示', text: '对不起，您要访问的公告已删除' })).toBe(true);
    expect(removalSignal({ title: 'HTTP 410', text: '' })).toBe(true);
    expect(removalSignal({ title: '访问过于频繁', text: '您的访问过于频繁，请稍后再试。' })).toBe(false);
    expect(removalSignal({ title: '503 Service Unavailable', text: '系统繁忙，请稍后再试' })).toBe(false);
    expect(removalSignal({ title: '', text: '' })).toBe(false);
    expect(removalSignal({ title: '系统维护', text: '联系电话：0571-404-1234；服务时间 8:00-17:00' })).toBe(false);
    // Only the start of the page is read.
    expect(removalSignal({ title: '首页', text: `${'栏目 '.repeat(2000)}页面不存在` })).toBe(false);
    // A page whose notice body was read is never a removal, whatever it mentions.
    expect(pageSaysRemoved({ bodyFound: true, noticeType: 'construction.candidates' }, { title: '候选人公示', text: '原公告已删除，以本公告为准' })).toBe(false);
    expect(pageSaysRemoved({ bodyFound: false, noticeType: 'none' }, { title: '404', text: '页面不存在' })).toBe(true);
  });

  it('compares texts only between visits read by the same engine version', async () => {
    const V1_NEW_READER = `${V1}\n（新版阅读器多读了一行）`;
    await visit('2025-03-04T02:00:00Z', V1, { engineVersion: '0.1.0' });
    // An upgrade whose reader hashes the unchanged page differently: a new baseline, no alert.
    expect((await visit('2025-03-04T02:01:00Z', V1_NEW_READER, { engineVersion: '0.2.0' })).recorded).toBe(true);
    expect(await pageStatus(URL_A)).toEqual({});
    await visit('2025-03-05T02:00:00Z', V1_NEW_READER, { engineVersion: '0.2.0' });
    expect(await pageStatus(URL_A)).toEqual({});
    expect((await current.visits.toArray()).map((v) => v.engineVersion)).toEqual(['0.1.0', '0.2.0', '0.2.0']);
    // A real edit read by the new engine is compared with the new engine's visits.
    const V2_NEW_READER = V1_NEW_READER.replace('甲公司', '乙公司');
    await visit('2025-03-06T02:00:00Z', V2_NEW_READER, { engineVersion: '0.2.0' });
    const { change } = await pageStatus(URL_A);
    expect(change).toMatchObject({ since: '2025-03-05T02:00:00.000Z', previousHash: await noticeTextHash(V1_NEW_READER) });
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

  it('keeps every v2 row when the v3 database opens; a v2 "gone" visit becomes "not read"', async () => {
    const name = `evidence-upgrade-${++n}`;
    const v2 = new Dexie(name);
    for (const v of SCHEMA.filter((x) => x.version <= 2)) v2.version(v.version).stores(v.stores);
    const s = snapshot('2025-03-04T02:00:00.000Z');
    const report = {
      ...s.report,
      items: [
        { key: 'a', outcome: 'missing' as const },
        { key: 'b', outcome: 'uncertain' as const },
        { key: 'c', outcome: 'uncertain' as const, notRequiredThen: true },
      ],
    };
    // v2 counted an uncertain item not yet required at publication; v3's countOutcomes does not.
    await v2.table('notices').add({ url: URL_A, host: 'lens-test.ggzy.gov.cn', capturedAt: report.capturedAt, noticeType: report.noticeType, textHash: report.textHash, missing: 1, uncertain: 2, report });
    await v2.table('settings').put({ key: 'lang', value: 'en' });
    const evidenceRow = { url: URL_A, capturedAt: s.capturedAtUtc, capturedAtLocal: s.capturedAtLocal, noticeType: report.noticeType, textHash: report.textHash, extensionVersion: s.extensionVersion, engineVersion: s.engineVersion, html: s.html, noticeText: s.noticeText, report: s.report, screenshotPng: PNG, partsHashes: await hashSnapshot(s), custodySeq: 1 };
    await v2.table('evidence').add(evidenceRow);
    await v2.table('custody').add({ seq: 1, kind: 'capture', at: s.capturedAtUtc, url: URL_A, partsHashes: evidenceRow.partsHashes, prev: '', hash: 'h1' });
    await v2.table('cases').add({ name: '案卷', notes: '备注', createdAt: s.capturedAtUtc });
    const seen = { url: URL_A, textHash: report.textHash, capturedAt: '2025-03-04T02:00:00.000Z', noticeType: report.noticeType, bodyFound: true };
    await v2.table('visits').bulkAdd([seen, { ...seen, textHash: 'sha256:x', capturedAt: '2025-03-05T02:00:00.000Z', noticeType: 'none', bodyFound: false, gone: true }]);
    await v2.table('noticeTexts').add({ textHash: report.textHash, text: s.noticeText });
    const before: Record<string, number> = {};
    for (const t of v2.tables) before[t.name] = await t.count();
    v2.close();

    const v3 = new LensDB(name);
    useDb(v3);
    try {
      await v3.open();
      expect(v3.verno).toBe(3);
      for (const t of v3.tables) expect(await t.count(), t.name).toBe(before[t.name] ?? 0);
      expect(await v3.notices.toArray()).toMatchObject([{ url: URL_A, missing: 1, uncertain: 1, report }]);
      expect(await v3.settings.get('lang')).toEqual({ key: 'lang', value: 'en' });
      const [ev] = await v3.evidence.toArray();
      expect(ev && (await captureIntact(ev))).toBe(true);
      expect(await v3.cases.toArray()).toMatchObject([{ name: '案卷', notes: '备注' }]);
      expect((await v3.custody.toArray()).map((e) => e.seq)).toEqual([1]);
      const visits = await v3.visits.toArray();
      expect(visits[0]).toEqual({ ...seen, id: 1 });
      expect(visits[1]).toMatchObject({ unread: true });
      expect(visits[1]?.gone).toBeUndefined();
      // What v2 called gone on any unreadable page is now only "not read this time".
      expect(await pageStatus(URL_A)).toEqual({ unread: { at: '2025-03-05T02:00:00.000Z', removed: false, lastSeen: '2025-03-04T02:00:00.000Z' } });
      // v2 visits carry no engine version: the first v3 visit is a new baseline, not a change.
      await recordVisit({ ...seen, textHash: 'sha256:new-reader', capturedAt: '2025-03-06T02:00:00.000Z', engineVersion: '9.0.0' });
      expect(await pageStatus(URL_A)).toEqual({});
    } finally {
      v3.close();
      await Dexie.delete(name);
    }
  });

  it('never changes what v1 declared', () => {
    expect(SCHEMA[0]).toEqual({
      version: 1,
      stores: { notices: '++id, url, capturedAt, noticeType, textHash, host, [url+capturedAt]', settings: 'key' },
    });
  });

  it('never changes what v2 declared', () => {
    expect(SCHEMA[1]).toEqual({
      version: 2,
      stores: {
        evidence: '++id, url, capturedAt, caseId, textHash, [url+capturedAt]',
        custody: 'seq, kind, at, url',
        cases: '++id, name, createdAt',
        visits: '++id, url, textHash, capturedAt, noticeType, [url+capturedAt]',
        noticeTexts: 'textHash',
      },
    });
  });
});
