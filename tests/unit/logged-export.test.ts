import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../lib/base64';
import { snapshotFromPage } from '../../lib/capture/page-snapshot';
import { sha256Hex } from '../../lib/evidence/hash';
import { loggedEvidenceExport } from '../../lib/export/logged-export';
import { db, LensDB, useDb } from '../../lib/store/db';
import { custodyLog, saveCapture } from '../../lib/store/evidence';

const html = readFileSync(join(import.meta.dirname, '../fixtures/candidates-no-price.html'), 'utf8');
const URL_A = 'https://www.ggzy.gov.cn/a/1.html';

let n = 0;
beforeEach(() => {
  useDb(new LensDB(`logged-export-${++n}`));
});
afterEach(async () => {
  db().close();
  await db().delete();
});

describe('an evidence export built in the background for the evidence page', () => {
  it('hands over the file as base64 only after logging it with the hash of those very bytes', async () => {
    await saveCapture(snapshotFromPage({ html, url: URL_A, capturedAt: '2025-03-04T02:00:00Z', extensionVersion: 'test' }));
    const res = await loggedEvidenceExport({ kind: 'notice', url: URL_A }, new Date('2025-03-05T02:00:00Z'));
    if (!res.ok) throw new Error(res.message);
    const bytes = base64ToBytes(res.value.base64);
    expect(res.value.sha256).toBe(await sha256Hex(bytes));
    expect(Object.keys(unzipSync(bytes)).length).toBeGreaterThan(3);
    const last = (await custodyLog()).at(-1);
    expect(last).toMatchObject({ kind: 'export', seq: res.value.seq, url: URL_A, partsHashes: { [res.value.fileName]: res.value.sha256 } });
  });

  it('says why nothing was exported, and logs nothing', async () => {
    const res = await loggedEvidenceExport({ kind: 'case', id: 42 });
    expect(res).toMatchObject({ ok: false, error: 'export' });
    expect(await custodyLog()).toEqual([]);
  });

  it('refuses a capture altered in storage, naming it', async () => {
    const saved = await saveCapture(snapshotFromPage({ html, url: URL_A, capturedAt: '2025-03-04T02:00:00Z', extensionVersion: 'test' }));
    await db().evidence.update(saved.id, { noticeText: 'altered' });
    const res = await loggedEvidenceExport({ kind: 'notice', url: URL_A });
    expect(res).toMatchObject({ ok: false, error: 'altered', captureId: saved.id });
  });
});
