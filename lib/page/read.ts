/** Read a page (html) or plain notice text into a NoticeDoc: title, body lines, tables, attachments. */
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { siteFor } from '../sites';
import type { Attachment, Line, NoticeDoc } from './doc';
import { elementsNamed, linesAndTables, textOf } from './dom-text';
import { selectAll } from './select';
import { compact, normalizeLine } from './normalize';
import { CUT_OFF_REASON, htmlCutOff, textCutOff } from './cut-off';

/** Known body containers across platform families (TRS, Epoint, ggzy.gov.cn, ccgp); site files may add more. */
const BODY_SELECTORS = [
  '#mycontent .detail_content',
  '.detail_content',
  '.TRS_Editor',
  '.vF_detail_content',
  '.ewb-article-info',
  '.article-info',
  '.epoint-article-content',
  '.ewb-trade-con',
  '.article-content',
  '.news_content',
  '.content_text',
  '#zoom',
  '.zoom',
  '.Section1',
  '.WordSection1',
];
const NOTICE_WORD = /公告|公示|公布|招标|投标|中标|采购|出让|转让|成交|候选人|结果|披露|配租|分配|计划/;
const ATTACHMENT_HREF = /\.(pdf|docx?|xlsx?|zip|rar|7z|wps|ofd)(\?|#|$)/i;
const CHROME_DATE = /(发布时间|信息时间|发布日期|更新时间|公告日期|信息发布时间|发稿时间)[:：】\]\s]*\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}[日]?(\s*\d{1,2}:\d{2}(:\d{2})?)?/;
/** Below this many CJK characters a body is not a readable notice. */
const MIN_BODY_CJK = 60;
const MAX_INPUT_CHARS = 6_000_000;

function cjkCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '\u4e00' && ch <= '\u9fff') n++;
  return n;
}

/** A tag element (read.ts walks tags only; dom-text also treats script/style nodes as elements to skip). */
function isTag(n: AnyNode): n is Element {
  return n.type === 'tag';
}

/** CJK characters outside links, per element, computed bottom-up in one pass. */
function nonLinkCjk(root: Element): Map<Element, number> {
  const totals = new Map<Element, number>();
  const order: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0 && order.length < 400_000) {
    const el = stack.pop() as Element;
    order.push(el);
    for (const c of el.children) if (isTag(c)) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    if (['script', 'style', 'noscript', 'a', 'select', 'option'].includes(el.name)) {
      totals.set(el, 0);
      continue;
    }
    let n = 0;
    for (const c of el.children) {
      if (c.type === 'text') n += cjkCount((c as unknown as { data: string }).data);
      else if (isTag(c)) n += totals.get(c) ?? 0;
    }
    totals.set(el, n);
  }
  return totals;
}

/** The deepest element that holds most of the page's non-link text, avoiding site chrome. */
function locateBody(root: Element, totals: Map<Element, number>): Element {
  const all = totals.get(root) ?? 0;
  let best = root;
  for (;;) {
    let next: Element | undefined;
    for (const c of best.children) {
      if (!isTag(c)) continue;
      const n = totals.get(c) ?? 0;
      if (n >= all * 0.85 && n >= MIN_BODY_CJK) next = c;
    }
    if (!next) return best;
    best = next;
  }
}

/** The largest readable element matching the earliest selector in the list. */
function pickBySelectors(found: Map<string, Element[]>, selectors: string[]): Element | undefined {
  for (const sel of selectors) {
    let best: Element | undefined;
    let bestLen = 0;
    for (const el of found.get(sel) ?? []) {
      const n = cjkCount(textOf(el));
      if (n >= MIN_BODY_CJK && n > bestLen) {
        best = el;
        bestLen = n;
      }
    }
    if (best) return best;
  }
  return undefined;
}

const TITLE_SELECTORS = ['h4.h4_o', '.ewb-article-tt', '.article-title', '.detail_title', '.title', 'h1', 'h2', 'h3', '#title'];

function titleFromPage(found: Map<string, Element[]>): string | undefined {
  for (const sel of TITLE_SELECTORS) {
    for (const el of (found.get(sel) ?? []).slice(0, 50)) {
      const t = textOf(el);
      if (t.length >= 6 && t.length <= 120 && NOTICE_WORD.test(t)) return t;
    }
  }
  const titleEl = found.get('title')?.[0];
  const docTitle = titleEl ? textOf(titleEl) : '';
  if (docTitle && NOTICE_WORD.test(docTitle)) return docTitle.split(/\s*[-_|–—]\s*/)[0] || docTitle;
  return undefined;
}

/** A line that reads as a notice title: short, and ends with the kind of notice it is. */
const TITLE_LINE = /(公告|公示|公布|结果|通知|邀请书|邀请函|预告)[(（【]?[一二三四五六七八九十\d第次]*[)）】]?$/;
/** A long first line that starts with the title: "X项目公开招标中标公告 公告日期：…". */
const TITLE_PREFIX = /^(.{6,80}?(公告|公示|公布)[)）】]?)(?=\s|公告日期|发布|$)/;

/** Title from the first lines of a body: consecutive short lines ending in one that names a notice kind. */
function titleFromLines(lines: Line[]): string | undefined {
  let parts: string[] = [];
  for (const line of lines.slice(0, 12)) {
    const t = compact(line.text);
    // Long lines, labelled values and navigation bars ("首页 | 采购公告 | 合同公告") are not title fragments.
    if (t.length > 70 || /[:：|｜>»]|首页|当前位置/.test(t)) {
      parts = [];
      continue;
    }
    parts.push(t);
    if (TITLE_LINE.test(t) && NOTICE_WORD.test(parts.join(''))) {
      const title = parts.slice(-4).join('');
      return title.length <= 100 ? title : t;
    }
  }
  const prefix = TITLE_PREFIX.exec(lines[0]?.text ?? '')?.[1];
  return prefix && NOTICE_WORD.test(prefix) ? compact(prefix) : undefined;
}

function attachmentsOf(body: Element): Attachment[] {
  const found: Attachment[] = [];
  for (const a of elementsNamed(body, 'a', 500)) {
    const href = a.attribs.href ?? '';
    if (!href) continue;
    const text = textOf(a);
    if (ATTACHMENT_HREF.test(href) || /附件/.test(text)) found.push({ text: text || href, href });
  }
  return found;
}

/** "见下图", "如下图所示": the notice says its content is a picture. */
const SEE_PICTURE = /(见|如)下图|详见图片|见图片|如图所示/;
/** Icons, logos, buttons and spacers are not content. */
const DECORATION = /icon|logo|btn|button|arrow|spacer|blank|line|bg|banner|share|print|close|qrcode|\.gif(\?|$)/i;

/** Pictures in the body that may carry the notice's content (not icons or decoration). */
function imagesInBody(body: Element): number {
  return elementsNamed(body, 'img', 200).filter((img) => {
    const src = img.attribs.src ?? '';
    const size = Math.min(Number(img.attribs.width ?? 999), Number(img.attribs.height ?? 999));
    return !DECORATION.test(src) && !(size < 80);
  }).length;
}

function readText(text: string): NoticeDoc {
  const lines: Line[] = text
    .slice(0, MAX_INPUT_CHARS)
    .split(/\r?\n/)
    .map((t, i) => ({ text: normalizeLine(t), path: `line ${i + 1}` }))
    .filter((l) => l.text.length > 0);
  const body = lines.map((l) => l.text).join('\n');
  const bodyFound = cjkCount(body) >= MIN_BODY_CJK;
  const bodyIssue = !bodyFound
    ? '正文过短或为空 / body empty or too short'
    : text.length > MAX_INPUT_CHARS
      ? '页面内容不完整（被截断） / page content is cut off'
      : textCutOff(lines.map((l) => l.text))
        ? CUT_OFF_REASON
        : undefined;
  return {
    title: titleFromLines(lines),
    lines,
    text: body,
    tables: [],
    attachments: [],
    bodyFound,
    ...(bodyIssue ? { bodyIssue } : {}),
  };
}

function readHtml(html: string, url: string): NoticeDoc {
  const source = html.slice(0, MAX_INPUT_CHARS);
  const $ = load(source);
  const root = $.root()[0] as unknown as Element;
  const site = siteFor(url);
  const bodySelectors = [...(site?.bodySelectors ?? []), ...BODY_SELECTORS];
  const found = selectAll(root, [...bodySelectors, ...TITLE_SELECTORS, 'title', 'body', 'frameset', 'frame', 'iframe']);
  const count = (sel: string) => found.get(sel)?.length ?? 0;
  const framed = count('frameset') + count('frame') + count('iframe') > 0;
  const htmlBody = found.get('body')?.[0];
  const bySite = pickBySelectors(found, bodySelectors);
  // Non-link text per element, computed once for locating the body and for telling a page of links.
  const totals = nonLinkCjk(bySite ?? htmlBody ?? root);
  const body = bySite ?? locateBody(htmlBody ?? root, totals);
  const { lines, tables, cut } = linesAndTables(body);
  const pictures = imagesInBody(body);
  const text = lines.map((l) => l.text).join('\n');
  // A page of links (a list, a frame's tab bar) is not a notice body even when it has enough text.
  const ownText = totals.get(body) ?? 0;
  const mostlyLinks = ownText < cjkCount(text) * 0.35;
  const pageText = textOf(root);
  const chromeDate = CHROME_DATE.exec(pageText)?.[0];
  // An article-body fragment (no <body>) may carry its title just before the part we read.
  const isFragment = !htmlBody && body !== root;
  const title = titleFromPage(found) ?? titleFromLines(lines) ?? (isFragment ? titleFromLines(linesAndTables(root).lines) : undefined);
  let bodyIssue: string | undefined;
  if (mostlyLinks) {
    bodyIssue = '页面主要是链接列表，未见公告正文 / a page of links, no notice body';
  } else if (cjkCount(text) < MIN_BODY_CJK) {
    bodyIssue = framed
      ? '正文在框架中，未能读取 / notice body is inside a frame and was not read'
      : '未找到公告正文 / notice body not found';
  } else if (source.length < html.length) {
    bodyIssue = '页面内容不完整（被截断） / page content is cut off';
  } else if (htmlCutOff(source) || (!htmlBody && textCutOff(lines.map((l) => l.text)))) {
    bodyIssue = CUT_OFF_REASON;
  } else if (cut) {
    bodyIssue = '页面过大，只读取了部分内容 / page too large; only part of it was read';
  } else if (pictures > 0 && (SEE_PICTURE.test(text) || cjkCount(text) < 400)) {
    bodyIssue = '部分内容为图片，未能读取 / part of the content is an image that was not read';
  }
  return {
    title,
    lines,
    text,
    tables,
    // Attachment links often sit just after the text block the body was read from.
    attachments: attachmentsOf((body.parent as Element | null) && isTag(body.parent as AnyNode) ? (body.parent as Element) : body),
    bodyFound: cjkCount(text) >= MIN_BODY_CJK && !mostlyLinks,
    ...(bodyIssue ? { bodyIssue } : {}),
    ...(chromeDate ? { chromeDate } : {}),
  };
}

/** Read html (preferred) or plain text into the engine's NoticeDoc. Never throws on bad markup. */
export function readNotice(input: { html?: string; text?: string; url: string }): NoticeDoc {
  if (input.html !== undefined) return readHtml(input.html, input.url);
  return readText(input.text ?? '');
}
