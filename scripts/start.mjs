#!/usr/bin/env node
/**
 * `npm start`: build the extension when needed, serve assets/demo/ on 127.0.0.1, open each demo notice in
 * Chromium with the extension, print what it found, and save a popup screenshot of each.
 * Headed when DISPLAY is set (stays open until the browser is closed), headless otherwise (exits when done).
 * Chromium: CHROMIUM_PATH when set, else /usr/bin/chromium (tests/e2e/harness.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const ROOT = resolve(import.meta.dirname, '..');
const EXT = join(ROOT, '.output/chrome-mv3');
const DEMO = join(ROOT, 'assets/demo');
const SHOTS = join(ROOT, 'screenshots');
const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json'];

/** Newest modification time under a path (files only). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), 0);
}

function buildIfStale() {
  const manifest = join(EXT, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const source = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  if (built >= source) return;
  console.log(built ? 'Sources changed since the last build: building…' : 'No build yet: building…');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Which test host a demo file is opened under (all map to 127.0.0.1), by its name. */
function hostFor(file, hosts) {
  if (/ccgp|procurement|gp[-_.]/i.test(file)) return hosts.ccgp;
  if (/cebpub/i.test(file)) return hosts.cebpubservice;
  return hosts.ggzy;
}

async function main() {
  buildIfStale();
  if (!existsSync(DEMO)) {
    console.error(`No demo notices: ${DEMO} is missing.`);
    process.exit(1);
  }
  // index.html is the demo's table of contents, not a notice.
  const files = readdirSync(DEMO)
    .filter((f) => /\.html?$/i.test(f) && !/^index\.html?$/i.test(f))
    .sort();
  if (files.length === 0) {
    console.error(`No .html files in ${DEMO}.`);
    process.exit(1);
  }
  mkdirSync(SHOTS, { recursive: true });

  const harness = await tsImport('../tests/e2e/harness.ts', import.meta.url);
  const { ruleFor, noticeTypeMeta } = await tsImport('../lib/rules/catalog.ts', import.meta.url);
  const { countsAs } = await tsImport('../lib/report-counts.ts', import.meta.url);
  const headed = Boolean(process.env.DISPLAY);
  const server = await harness.servePages(DEMO);
  const browser = await harness.launchExtension({ headless: !headed, ...(headed ? { profile: 'start' } : {}) });
  const label = (key) => ruleFor(key)?.labelZh ?? key;
  console.log(`Disclosure Lens ${headed ? '(headed)' : '(headless)'} — ${files.length} demo notice(s) from ${DEMO}\n`);

  // Open every demo notice; the content script checks each on its own (document_idle).
  const tabs = [];
  for (const file of files) {
    const url = server.url(file, hostFor(file, harness.LOCAL_HOSTS));
    tabs.push({ file, url, ...(await browser.openTab(url)) });
  }
  const popup = await browser.openPopup(tabs[0].tabId);
  // Wait until every notice is stored, or a few seconds: a page that stays unstored is not a notice we check.
  const deadline = Date.now() + 8000;
  let reports = [];
  while (Date.now() < deadline) {
    reports = await harness.storedReports(popup);
    if (tabs.every((t) => reports.some((r) => r.url === t.url))) break;
    await new Promise((r) => setTimeout(r, 250));
  }

  for (const { file, url, tabId } of tabs) {
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('main:not([data-view="loading"])').waitFor();
    const badge = await browser.badgeText(tabId);
    const report = reports.filter((r) => r.url === url).at(-1);
    const shot = join(SHOTS, `start-popup-${basename(file).replace(/\.html?$/i, '')}.png`);
    await popup.screenshot({ path: shot, fullPage: true });

    console.log(`■ ${file}  ${url}`);
    if (!report) {
      console.log('  not a notice we check (noticeType none): nothing stored, no badge');
    } else {
      const by = (o) => report.items.filter((i) => countsAs(i, o));
      const type = noticeTypeMeta(report.noticeType);
      console.log(`  type: ${report.noticeType}${type ? ` (${type.labelZh})` : ''}${report.title ? ` — ${report.title}` : ''}`);
      console.log(`  badge: ${badge || '(none)'}`);
      console.log(`  missing (${by('missing').length}): ${by('missing').map((i) => label(i.key)).join('、') || '—'}`);
      const unsure = by('uncertain');
      console.log(
        `  uncertain (${unsure.length}): ${unsure.map((i) => `${label(i.key)}${i.reason ? `（${i.reason}）` : ''}`).join('；') || '—'}`,
      );
      const bad = report.deadlines.filter((d) => d.outcome === 'violation');
      if (bad.length) console.log(`  deadline violations: ${bad.map((d) => `${d.key} ${d.days ?? '?'}/${d.required}`).join(', ')}`);
      if (report.flags.length) console.log(`  flags: ${report.flags.length}`);
    }
    console.log(`  screenshot: ${shot}\n`);
  }

  if (!headed) {
    await browser.close();
    await server.close();
    return;
  }
  await popup.close();
  if (existsSync(join(DEMO, 'index.html'))) {
    const index = await browser.context.newPage();
    await index.goto(server.url('index.html'));
  }
  console.log('Browser open: click the toolbar icon on a demo tab to see its popup. Close the browser to exit.');
  await new Promise((ok) => browser.context.on('close', ok));
  await server.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
