/** The notice as the engine reads it: what lib/page produces and every finder consumes. */

/** One visible line of the notice body, with where it came from. */
export interface Line {
  text: string;
  /** A short locator, e.g. "body > p:nth(12)" or "table#1 r3". */
  path: string;
}

/** A table with rowspan/colspan expanded into a full grid of normalised cell texts. */
export interface Table {
  path: string;
  rows: string[][];
}

/** A link to an attachment (PDF, Word, ZIP…) found in the body. */
export interface Attachment {
  text: string;
  href: string;
}

export interface NoticeDoc {
  title?: string;
  /** Body lines in reading order, normalised (lib/page/normalize.ts). */
  lines: Line[];
  /** lines joined with "\n". */
  text: string;
  tables: Table[];
  attachments: Attachment[];
  /** True when a notice body was located and read. */
  bodyFound: boolean;
  /** Why the body could not be read fully, when it could not. */
  bodyIssue?: string;
  /** Date shown in the page chrome (发布时间/信息时间), raw text. */
  chromeDate?: string;
}
