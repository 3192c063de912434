import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type CaptureDeps,
  type CliIo,
  captureFromHtml,
  decodeHtmlBytes,
  loadCaptureDeps,
  parseCapturedAt,
  runCapture,
  runVerify,
} from '../../../cli/evidence-commands';
import { sha256Hex } from '../../../lib/evidence/hash';
import type { BundleManifest } from '../../../lib/evidence/bundle';
import { SAMPLE_HTML, SAMPLE_TEXT, sampleReport } from './fixture';

// Test double standing in for lib/analyze and lib/page/read (only here, never in lib/).
const deps: CaptureDeps = {
  analyzeFn: (input) => sampleReport({ url: input.url, capturedAt: input.capturedAt }),
  noticeTextFn: () => SAMPLE_TEXT,
};

function io(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

const dir = mkdtempSync(join(tmpdir(), 'dl-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('captureFromHtml', () => {
  it('bundles the page with the CLI screenshot note', async () => {
    const { snapshot, zip, zipSha256 } = await captureFromHtml({
      html: SAMPLE_HTML,
      url: 'https://a.example/n.html',
      capturedAt: '2024-05-01T02:30:00.000Z',
      extensionVersion: 'disclosure-lens-cli test',
      ...deps,
    });
    expect(snapshot.capturedAtLocal).toBe('2024-05-01T10:30:00+08:00');
    expect(zipSha256).toBe(await sha256Hex(zip));
    const m = JSON.parse(strFromU8(unzipSync(zip)['manifest.json'] as Uint8Array)) as BundleManifest;
    expect(m.notices[0]?.screenshot).toBe('not captured: command-line capture has no browser');
    expect(unzipSync(zip)['screenshot.png']).toBeUndefined();
  });
});

describe('runCapture / runVerify', () => {
  const page = join(dir, 'page.html');
  const out = join(dir, 'bundle.zip');
  writeFileSync(page, SAMPLE_HTML);

  it('captures, prints path and SHA-256, then verifies OK', async () => {
    const o = io();
    expect(await runCapture([page, '--url', 'https://a.example/n.html', '--captured-at', '2024-05-01 10:30', '--out', out], o, deps)).toBe(0);
    expect(o.lines[0]).toBe(out);
    const zip = readFileSync(out);
    expect(o.lines[1]).toBe(`SHA-256: ${await sha256Hex(zip)}`);
    const m = JSON.parse(strFromU8(unzipSync(zip)['manifest.json'] as Uint8Array)) as BundleManifest;
    expect(m.notices[0]?.capturedAtUtc).toBe('2024-05-01T02:30:00.000Z');
    expect(m.notices[0]?.extensionVersion).toMatch(/^disclosure-lens-cli /);

    const v = io();
    expect(await runVerify([out], v)).toBe(0);
    expect(v.lines).toEqual([`OK: ${Object.keys(unzipSync(zip)).length - 1} files verified`]);
  });

  it('lists each problem as "FILE: problem" and exits 1', async () => {
    const files = unzipSync(readFileSync(out));
    files['report.json'] = strToU8(strFromU8(files['report.json'] as Uint8Array).replace('present', 'missing'));
    const bad = join(dir, 'bad.zip');
    writeFileSync(bad, zipSync(files));
    const v = io();
    expect(await runVerify([bad], v)).toBe(1);
    expect(v.lines).toHaveLength(1);
    expect(v.lines[0]).toMatch(/^report\.json: content changed/);
  });

  it('rejects bad usage with exit code 2', async () => {
    expect(await runCapture([page], io(), deps)).toBe(2);
    expect(await runCapture([page, '--url', 'u', '--captured-at', 'nope'], io(), deps)).toBe(2);
    expect(await runVerify([], io())).toBe(2);
    expect(await runVerify([join(dir, 'absent.zip')], io())).toBe(2);
  });
});

describe('helpers', () => {
  it('decodes GBK pages by their meta charset and sniffs UTF-8', () => {
    const utf8 = new TextEncoder().encode('<p>公示</p>');
    expect(decodeHtmlBytes(utf8)).toBe('<p>公示</p>');
    // "公示" in GBK is B9 AB CA BE.
    const gbk = new Uint8Array([...new TextEncoder().encode('<meta charset="gbk"><p>'), 0xb9, 0xab, 0xca, 0xbe]);
    expect(decodeHtmlBytes(gbk)).toContain('公示');
    const undeclared = new Uint8Array([...new TextEncoder().encode('<p>'), 0xb9, 0xab, 0xca, 0xbe]);
    expect(decodeHtmlBytes(undeclared)).toContain('公示');
  });

  it('reads capture times, zone-less ones as China time', () => {
    expect(parseCapturedAt('2024-05-01T10:30:00+08:00')).toBe('2024-05-01T02:30:00.000Z');
    expect(parseCapturedAt('2024-05-01 10:30')).toBe('2024-05-01T02:30:00.000Z');
    expect(parseCapturedAt('2024-05-01')).toBe('2024-04-30T16:00:00.000Z');
    expect(parseCapturedAt('2024-05-01T02:30:00Z')).toBe('2024-05-01T02:30:00.000Z');
    expect(parseCapturedAt('soon')).toBeUndefined();
  });
});

describe('with the real analyzer', () => {
  it('bundles a page whose manifest textHash equals report.textHash, and verifies', async () => {
    // lib/analyze must load: a failure here fails the test instead of skipping it.
    const real = await loadCaptureDeps();
    const html =
      '<html><head><meta charset="utf-8"><title>中标候选人公示</title></head><body><div class="article"><h1>某某工程中标候选人公示</h1><p>第一中标候选人：某某建设有限公司，投标报价：500万元</p><p>公示期：2024年5月1日至2024年5月3日</p></div></body></html>';
    const { zip } = await captureFromHtml({ html, url: 'https://ggzy.example.gov.cn/a.html', capturedAt: '2024-05-01T02:30:00.000Z', extensionVersion: 'test', ...real });
    const files = unzipSync(zip);
    const m = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array)) as BundleManifest;
    const report = JSON.parse(strFromU8(files['report.json'] as Uint8Array)) as { textHash: string };
    expect(m.notices[0]?.textHash).toBe(report.textHash);
    const { verifyBundle } = await import('../../../lib/evidence/verify');
    expect((await verifyBundle(zip)).ok).toBe(true);
  });
});
