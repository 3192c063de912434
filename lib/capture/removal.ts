/**
 * Does a page say that what was at its URL has been removed? The content script cannot see the HTTP
 * status (404, 410), so the page's own words stand in for it. Pure; used only for a page on which no
 * notice body was read, and two such visits are needed before a notice is called gone (lib/store/visits).
 */

/** Only the start of the page text is read: a removal message is short and comes first. */
const SCAN_CHARS = 4000;

/**
 * What removal and "not found" pages of the platforms say. Not listed on purpose: "访问过于频繁", "系统繁忙",
 * "服务不可用", "请稍后再试" and the like, which say nothing about the notice.
 */
const REMOVAL =
  /页面不存在|网页不存在|页面未找到|找不到(?:该|此|您要访问的|您访问的)?(?:页面|网页|信息|内容)|(?:页面|网页|信息|内容|文章|公告|记录|数据)(?:已经|已)?不存在|(?:已被|已经被|已经|已)(?:删除|撤销|撤回|撤除|下线|移除)|信息已撤销|not\s*found|page\s+(?:does\s+not|doesn't)\s+exist|has\s+been\s+(?:removed|deleted)|(?<![\d.,-])(?:404|410)(?![\d.,-])/i;

/** True when the title or the start of the text says the page (the notice) was removed or is not found. */
export function removalSignal(page: { title?: string | undefined; text?: string | undefined }): boolean {
  const text = `${page.title ?? ''}\n${(page.text ?? '').slice(0, SCAN_CHARS)}`;
  return REMOVAL.test(text);
}

/**
 * The removal signal of a read page: false whenever a notice body was read (a notice that mentions
 * "已删除" is still there), else removalSignal of its title and text.
 */
export function pageSaysRemoved(
  report: { bodyFound: boolean; noticeType: string },
  page: { title?: string | undefined; text?: string | undefined },
): boolean {
  return !(report.bodyFound && report.noticeType !== 'none') && removalSignal(page);
}
