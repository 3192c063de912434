/**
 * The content script hands a page to the background over a port, in chunks: one message of a 5 MB page
 * is serialised in a single task on the page's thread, so it is cut into pieces sent in separate tasks.
 * The background puts them together (PageAssembly) and answers on the same port.
 */
import type { PageRead } from './page-read';

/** The port's name (runtime.connect). */
export const PAGE_PORT = 'disclosure-lens.page';

/** Characters of HTML per message. */
export const CHUNK_CHARS = 32 * 1024;

/** content → background, in order: the HTML in chunks, then the rest of the page read. */
export type PagePortMessage = { chunk: string } | { done: Omit<PageRead, 'html'> };

/** Collects a page's chunks until `done`; then the page read is whole. */
export class PageAssembly {
  private readonly chunks: string[] = [];
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  /** Take one message; returns the whole page read on `done`, else undefined. Chunks beyond the cap are dropped. */
  take(message: PagePortMessage): PageRead | undefined {
    if ('chunk' in message) {
      if (typeof message.chunk === 'string' && this.chars < this.maxChars) {
        this.chunks.push(message.chunk);
        this.chars += message.chunk.length;
      }
      return undefined;
    }
    const html = this.chunks.join('');
    return { ...message.done, html: html.length > this.maxChars ? html.slice(0, this.maxChars) : html };
  }
}
