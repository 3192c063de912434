/**
 * The extension's IndexedDB (Dexie), in the extension origin. Writes go through the background only.
 *
 * Every schema version lives in SCHEMA below, oldest first. To change the schema, append a version:
 * list only the tables it adds or changes (Dexie keeps the rest), give it an `upgrade` when existing rows
 * must be rewritten, and add an upgrade test. Never edit a version that has shipped.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
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
];

/** The database name used by the extension. */
export const DB_NAME = 'disclosure-lens';

/** Typed Dexie database: one property per table of the latest version. */
export class LensDB extends Dexie {
  notices!: EntityTable<NoticeRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

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
