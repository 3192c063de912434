/**
 * The content script's sliced serialisation (lib/capture/dom-slices) must give exactly what
 * document.documentElement.outerHTML gives: raw-text elements, escaping, void elements, SVG, comments,
 * templates, a 4 MB table. Bundled with Vite and run in a Chromium page (no extension needed).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, FIXTURES_DIR, type PageServer, ROOT, servePages } from './harness';

const TRICKY =
  '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>a &amp; b</title>' +
  '<style>p > b { content: "<&>"; }</style><script>if (1 < 2 && 3 > 2) { var s = "</p>"; }</script></head>' +
  '<body class="x" data-q=\'say "hi" &amp; <go>\'>text in the body: 1 &lt; 2 &amp; 3 &gt; 2\u00a0nbsp<!-- a comment --><p>1 &lt; 2 &amp;&amp; 3 &gt; 2\u00a0nbsp</p>' +
  '<noscript><img src="x.png"></noscript><textarea>a < b</textarea><pre>\nlead</pre><br><img alt="&quot;"><input value="v">' +
  '<template><p>in a template</p></template><svg viewBox="0 0 1 1"><foreignObject><p>x</p></foreignObject><path d="M0 0"/></svg>' +
  '<table><tbody>' +
  Array.from({ length: 600 }, (_, i) => `<tr><td>${i}</td><td>某某公司&amp;${i}</td></tr>\n`).join('') +
  '</tbody></table><xmp><b>raw</b></xmp></body></html>';

let browser: Browser;
let page: Page;
let pages: PageServer;
let bundle: string;

beforeAll(async () => {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(ROOT, 'lib/capture/dom-slices.ts'), formats: ['iife'], name: 'DomSlices', fileName: 'dom-slices' },
    },
  });
  const first = (Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] };
  bundle = first.output[0]?.code ?? '';
  pages = await servePages(FIXTURES_DIR, { '/inline/tricky.html': TRICKY });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

/** The sliced serialisation of the page now, and outerHTML in one piece. */
async function both(url: string, maxChars = 10_000_000): Promise<{ sliced: string; whole: string }> {
  await page.goto(url.replace(/\/\/[^/:]+:/, '//127.0.0.1:'));
  await page.addScriptTag({ content: bundle });
  return page.evaluate(async (max) => {
    const chunks: string[] = [];
    const lib = (window as unknown as { DomSlices: typeof import('../../lib/capture/dom-slices') }).DomSlices;
    // The script tag just added is part of the DOM: serialise after it, both from the same state.
    await lib.streamOuterHtml(document.documentElement, { maxChars: max, chunkChars: 1000, onChunk: (c) => chunks.push(c) });
    return { sliced: chunks.join(''), whole: document.documentElement.outerHTML };
  }, maxChars);
}

describe('the page serialised in slices', () => {
  it('equals outerHTML on a page with every kind of node the algorithm treats apart', async () => {
    const { sliced, whole } = await both(pages.url('/inline/tricky.html'));
    expect(whole).toContain('<xmp><b>raw</b></xmp>');
    expect(whole).toContain('text in the body: 1 &lt; 2 &amp; 3 &gt; 2&nbsp;nbsp');
    expect(sliced).toBe(whole);
  });

  it('equals outerHTML on every fixture page', async () => {
    const files = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const { sliced, whole } = await both(pages.url(f));
      expect(sliced, f).toBe(whole);
    }
  });

  it('stops soon after the cap: the receiver cuts it there', async () => {
    const { sliced, whole } = await both(pages.url('/inline/tricky.html'), 5000);
    expect(sliced.length).toBeGreaterThan(5000);
    expect(sliced.length).toBeLessThan(whole.length);
    expect(whole.startsWith(sliced.slice(0, 5000))).toBe(true);
  });
});
