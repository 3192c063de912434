/**
 * A page as the content script hands it over, and its analysis. Pure: the background runs this (cheerio
 * needs no DOM), so the engine never runs on the page's own thread.
 */
import { analyzeWithText } from '../analyze';
import type { Report } from '../types';
import { MAX_HTML_CHARS } from './page-html';
import { pageSaysRemoved } from './removal';

/** What the content script reads from a page: nothing more than the engine and the removal check need. */
export interface PageRead {
  /** document.documentElement.outerHTML, cut at MAX_HTML_CHARS. */
  html: string;
  url: string;
  /** ISO time the page was read. */
  capturedAt: string;
  /** document.title as the page's scripts left it (it may differ from the HTML's <title>). */
  title?: string;
}

/** The report of a page read, the notice text it was made from, and whether the page said it was removed. */
export interface PageAnalysis {
  report: Report;
  noticeText: string;
  /** No notice body was read and the page says it was removed (lib/capture/removal). */
  removed: boolean;
}

/** Analyze a page read (one parse: the report and its text); HTML beyond the cap is cut here too. */
export function analyzePageRead(page: PageRead): PageAnalysis {
  const html = page.html.length > MAX_HTML_CHARS ? page.html.slice(0, MAX_HTML_CHARS) : page.html;
  const { report, noticeText } = analyzeWithText({ html, url: page.url, capturedAt: page.capturedAt });
  const removed = pageSaysRemoved(report, { title: page.title ?? report.title, text: noticeText });
  return { report, noticeText, removed };
}
