/**
 * The extension's IndexedDB (Dexie), in the extension origin. Writes go through the background only.
 *
 * Every schema version lives in SCHEMA below, oldest first. To change the schema, append a version:
 * list only the tables it adds or changes (Dexie keeps the rest), give it an `upgrade` when existing rows
 * must be rewritten, and add an upgrade test. Never edit a version that has shipped.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { CustodyEntry } from '../evidence/chain';
import type { EvidenceSnapshot } from '../evidence/snapshot';
import { countOutcomes } from '../report-counts';
import type { Report } from '../types';

/** One row per visit of a notice page: the whole Report plus the fields we query by. */
export interface NoticeRow {
  id?: number;
  url: string;
  host: string;
  /** UTC ISO string of report.capturedAt, so that the index sorts by time whatever the report's offset. */
  capturedAt: string;
  noticeType: string;
  textHash: string;
  /** Counts kept beside the report for lists and badges. */
  missing: number;
  uncertain: number;
  /** The tab the report came from, when it came from a tab (ids are only meaningful in that session). */
  tabId?: number;
  /** The report exactly as analyze() returned it. */
  report: Report;
}

/**
 * One saved capture ("保存证据"): the snapshot's fields exactly as hashed at capture (capturedAtUtc is
 * stored as capturedAt, the indexed name), so that lib/evidence/snapshot snapshotParts() gives back the
 * same bytes. Append-only: only caseId ever changes.
 */
export interface EvidenceRow extends Omit<EvidenceSnapshot, 'capturedAtUtc'> {
  id?: number;
  /** UTC ISO string of the capture instant (the snapshot's capturedAtUtc). */
  capturedAt: string;
  /** The case the capture belongs to, if the user filed it in one. */
  caseId?: number;
  noticeType: string;
  title?: string;
  /** report.textHash: SHA-256 of the normalised notice text. */
  textHash: string;
  /** SHA-256 of each part (lib/evidence/snapshot hashSnapshot), taken at capture. */
  partsHashes: Record<string, string>;
  /** seq of the custody entry written in the same transaction. */
  custodySeq: number;
}

/** A case (案件): a named folder of captures with free notes. */
export interface CaseRow {
  id?: number;
  name: string;
  notes: string;
  /** UTC ISO string. */
  createdAt: string;
}

/** One analysed visit of a notice URL: which text it showed, for telling silent edits and removals. */
export interface VisitRow {
  id?: number;
  url: string;
  /** SHA-256 of the normalised notice text (report.textHash); the text itself is in noticeTexts. */
  textHash: string;
  /** UTC ISO string. */
  capturedAt: string;
  noticeType: string;
  title?: string;
  /** The notice body was found and read (only such visits are compared for edits). */
  bodyFound: boolean;
  /** The page read as a correction (更正/变更): a changed text is then expected, not a silent edit. */
  correction?: boolean;
  /**
   * v3: report.engineVersion, the reader that produced textHash. Texts are compared only between visits
   * read by the same engine (another reader may hash an unchanged page differently). Absent on v2 rows.
   */
  engineVersion?: string;
  /**
   * v3: a known notice URL whose notice was not read on this visit (not a notice page, or no body): a
   * firewall or "访问过于频繁" page, a server error, content the page's scripts had not drawn yet, or a
   * removal. Alone it is "本次未能读取 / not read this time", never "gone".
   */
  unread?: boolean;
  /**
   * v3: this unread visit showed a removal page (页面不存在, 404, 已删除, Not Found, 信息已撤销…) and no
   * notice body: the only signal counted towards "公告已不可见 / notice gone".
   */
  removed?: boolean;
  /**
   * v2 only: any unreadable visit of a known notice URL. The v3 upgrade rewrites it to `unread` (it was
   * set on evidence too weak to call the notice gone); no v3 code writes it.
   */
  gone?: boolean;
}

/** One distinct notice text, stored once per hash, so that two versions can be compared later. */
export interface NoticeTextRow {
  textHash: string;
  text: string;
}

/** A user setting (e.g. the UI language). */
export interface SettingRow {
  key: string;
  value: unknown;
}

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown> | undefined;
}

/** The schema history. Index strings: first the primary key, then indexed fields (not every stored field). */
export const SCHEMA: readonly SchemaVersion[] = [
  // v1 (0.1.0): notices, one row per URL visit holding the whole report; settings as key/value rows.
  {
    version: 1,
    stores: {
      notices: '++id, url, capturedAt, noticeType, textHash, host, [url+capturedAt]',
      settings: 'key',
    },
  },
  // v2 (evidence): captures, the custody chain (keyed by seq, so a second entry with the same seq
  // fails instead of forking the chain), cases, visits and the distinct notice texts for silent edits.
  // Only new tables: v1 rows are kept as they are.
  {
    version: 2,
    stores: {
      evidence: '++id, url, capturedAt, caseId, textHash, [url+capturedAt]',
      custody: 'seq, kind, at, url',
      cases: '++id, name, createdAt',
      visits: '++id, url, textHash, capturedAt, noticeType, [url+capturedAt]',
      noticeTexts: 'textHash',
    },
  },
  // v3 (engine version, unread visits): visits record engineVersion (compare texts only between visits of
  // the same reader) and split v2's `gone` into `unread` and `removed` (a removal page). Indexes unchanged.
  // Upgrade: a v2 `gone` visit becomes `unread` (v2 set it on any unreadable visit, removal page or not),
  // and each notices row's missing/uncertain counts are recomputed with lib/report-counts (items not
  // required at publication count in neither). No row is added or deleted.
  {
    version: 3,
    stores: {
      visits: '++id, url, textHash, capturedAt, noticeType, [url+capturedAt]',
    },
    upgrade: async (tx) => {
      await tx
        .table<VisitRow>('visits')
        .filter((v) => v.gone !== undefined)
        .modify((v) => {
          if (v.gone) v.unread = true;
          delete v.gone;
        });
      await tx.table<NoticeRow>('notices').toCollection().modify((row) => {
        try {
          const { missing, uncertain } = countOutcomes(row.report.items);
          row.missing = missing;
          row.uncertain = uncertain;
        } catch {
          // A row without readable items keeps the counts it was stored with.
        }
      });
    },
  },
];

/** The database name used by the extension. */
export const DB_NAME = 'disclosure-lens';

/** Typed Dexie database: one property per table of the latest version. */
export class LensDB extends Dexie {
  notices!: EntityTable<NoticeRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  evidence!: EntityTable<EvidenceRow, 'id'>;
  custody!: EntityTable<CustodyEntry, 'seq'>;
  cases!: EntityTable<CaseRow, 'id'>;
  visits!: EntityTable<VisitRow, 'id'>;
  noticeTexts!: EntityTable<NoticeTextRow, 'textHash'>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const v of SCHEMA) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

let shared: LensDB | undefined;

/** The shared database instance of this context (opened lazily). */
export function db(): LensDB {
  shared ??= new LensDB();
  return shared;
}

/** Replace the shared instance (tests use a fresh name per test). */
export function useDb(instance: LensDB): void {
  shared = instance;
}
