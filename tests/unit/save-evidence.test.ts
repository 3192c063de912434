import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LensDB, useDb } from '../../lib/store/db';

/** The browser as the background sees it: one notice tab, in front or not, screenshots allowed or not. */
const tab = { active: true, captureError: undefined as string | undefined, htmlLength: undefined as number | undefined };
const PNG_BYTES = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const html = readFileSync(join(import.meta.dirname, '../fixtures/candidates-no-price.html'), 'utf8');
const URL_A = 'http://lens-test.ggzy.gov.cn/notice/a.html';

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getManifest: () => ({ version: '1.2.3' }) },
    scripting: {
      executeScript: async () => [
        { result: { html, url: URL_A, width: 1000, height: 3000, ...(tab.htmlLength ? { htmlLength: tab.htmlLength } : {}) } },
      ],
    },
    tabs: {
      get: async (id: number) => ({ id, windowId: 1, active: tab.active }),
      captureVisibleTab: async () => {
        if (tab.captureError) throw new Error(tab.captureError);
        return `data:image/png;base64,${Buffer.from(PNG_BYTES).toString('base64')}`;
      },
    },
  },
}));

const { saveEvidenceFromTab } = await import('../../lib/capture/save-evidence');
const { requestPersistence, storagePersisted } = await import('../../lib/store/persist');

/** navigator.storage as a browser gives it: persisted() and, in a window context, persist(). */
function stubStorage(state: { persisted: boolean; grant?: boolean | 'throw' | 'hang'; windowContext?: boolean }) {
  const persist = vi.fn(async () => {
    if (state.grant === 'throw') throw new Error('denied');
    if (state.grant === 'hang') return new Promise<boolean>(() => undefined);
    state.persisted = Boolean(state.grant);
    return state.persisted;
  });
  const storage = { persisted: async () => state.persisted, ...(state.windowContext === false ? {} : { persist }) };
  vi.stubGlobal('navigator', { storage });
  return persist;
}

let n = 0;
let current: LensDB;
beforeEach(() => {
  tab.active = true;
  tab.captureError = undefined;
  tab.htmlLength = undefined;
  current = new LensDB(`save-evidence-${++n}`);
  useDb(current);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  current.close();
  await Dexie.delete(current.name);
});

describe('saveEvidenceFromTab', () => {
  it('stores the page, the text, the report and the visible-area PNG with their hashes', async () => {
    const { result, snapshot } = await saveEvidenceFromTab(7);
    expect(result).toMatchObject({ ok: true, seq: 1, kind: 'capture', url: URL_A, screenshot: true, noticeType: 'construction.candidates' });
    expect(result.ok && result.note).toBe('full-page capture not available in this browser');
    const row = await current.evidence.get(result.ok ? result.id : -1);
    expect(row?.extensionVersion).toBe('1.2.3');
    expect(row?.screenshotPng && [...row.screenshotPng]).toEqual(PNG_BYTES);
    expect(row?.html).toBe(html);
    expect(row?.noticeText).toBe(snapshot?.noticeText);
    expect(Object.keys(row?.partsHashes ?? {}).sort()).toEqual(['notice.txt', 'page.html', 'report.json', 'screenshot.png']);
  });

  it('keeps no screenshot of another tab, and says why', async () => {
    tab.active = false;
    const { result } = await saveEvidenceFromTab(7);
    expect(result).toMatchObject({ ok: true, screenshot: false });
    expect(result.ok && result.note).toMatch(/^visible-area screenshot not captured: the tab was not in front; full-page/);
    tab.active = true;
    tab.captureError = "Either the '<all_urls>' or 'activeTab' permission is required.";
    const again = await saveEvidenceFromTab(7);
    expect(again.result).toMatchObject({ ok: true, kind: 'recapture', screenshot: false });
    expect(again.result.ok && again.result.note).toContain('activeTab');
  });

  it('answers "quota" and stores nothing when the disk is full', async () => {
    const full = new LensDB(`save-evidence-full-${++n}`);
    full.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name: string) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req: DBCoreMutateRequest) =>
              name === 'custody' ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req),
          };
        },
      }),
    });
    useDb(full);
    try {
      const { result } = await saveEvidenceFromTab(7);
      expect(result).toMatchObject({ ok: false, error: 'quota' });
      expect(await full.evidence.count()).toBe(0);
    } finally {
      full.close();
      await Dexie.delete(full.name);
    }
  });

  it('asks for persistent storage once evidence is saved, and not again once granted', async () => {
    const persist = stubStorage({ persisted: false, grant: true });
    expect((await saveEvidenceFromTab(7)).result.ok).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await storagePersisted()).toBe(true);
    await saveEvidenceFromTab(7);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('notes a page whose HTML was cut at the 5 MB cap', async () => {
    tab.htmlLength = 6_000_000;
    const { result } = await saveEvidenceFromTab(7);
    expect(result.ok && result.note).toContain('page HTML cut at 5242880 of 6000000 characters');
  });
});

describe('persistent storage', () => {
  it('says what the browser says, and never throws or waits long', async () => {
    vi.stubGlobal('navigator', undefined);
    expect(await requestPersistence()).toBeUndefined();
    expect(await storagePersisted()).toBeUndefined();
    // Chrome's service worker: persisted() only.
    const noPersist = stubStorage({ persisted: false, windowContext: false });
    expect(await requestPersistence()).toBe(false);
    expect(noPersist).not.toHaveBeenCalled();
    stubStorage({ persisted: false, grant: false });
    expect(await requestPersistence()).toBe(false);
    stubStorage({ persisted: false, grant: 'throw' });
    expect(await requestPersistence()).toBe(false);
    vi.useFakeTimers();
    stubStorage({ persisted: false, grant: 'hang' });
    const pending = requestPersistence();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await pending).toBe(false);
  });
});
