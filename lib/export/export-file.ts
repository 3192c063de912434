/** An export as offered for download, and the time stamp in export file names. Pure. */
import { toLocalIso } from '../evidence/snapshot';

/** A file ready to download, and what its custody entry will record. */
export interface ExportFile {
  bytes: Uint8Array;
  fileName: string;
  mime: string;
  sha256: string;
  /** The notice, for a per-notice bundle. */
  url?: string;
  /** What was exported, for the custody entry. */
  note: string;
}

/** "20250304-1030": China time, for file names. */
export function stamp(at: Date): string {
  return toLocalIso(at).slice(0, 16).replace(/-/g, '').replace('T', '-').replace(':', '');
}
