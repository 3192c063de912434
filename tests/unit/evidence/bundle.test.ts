import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, type BundleManifest, noticeFolderName } from '../../../lib/evidence/bundle';
import { appendEntry, type CustodyEntry } from '../../../lib/evidence/chain';
import { sha256Hex } from '../../../lib/evidence/hash';
import { hashSnapshot, toLocalIso } from '../../../lib/evidence/snapshot';
import { verifyBundle } from '../../../lib/evidence/verify';
import { sampleSnapshot } from './fixture';

const CREATED = '2024-05-02T01:00:00.000Z';

function rezip(zip: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(zip);
  edit(files);
  return zipSync(files);
}

function flipByte(bytes: Uint8Array | undefined, at = 10): Uint8Array {
  if (!bytes) throw new Error('no such file');
  const copy = bytes.slice();
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

function text(files: Record<string, Uint8Array>, path: string): string {
  const b = files[path];
  if (!b) throw new Error(`missing ${path}`);
  return strFromU8(b);
}

const tmpDirs: string[] = [];
afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

function hasSha256sum(): boolean {
  try {
    execFileSync('sha256sum', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('single-notice bundle', async () => {
  const snap = sampleSnapshot();
  const zip = await buildBundle([snap], { createdAt: CREATED });
  const files = unzipSync(zip);

  it('holds the expected files', () => {
    expect(Object.keys(files).sort()).toEqual(
      ['README.txt', 'SHA256SUMS', 'manifest.json', 'notice.txt', 'page.html', 'report.html', 'report.json'].sort(),
    );
  });

  it('is deterministic for the same inputs', async () => {
    expect(await sha256Hex(await buildBundle([snap], { createdAt: CREATED }))).toBe(await sha256Hex(zip));
  });

  it('writes SHA256SUMS in sha256sum format, covering every other file', async () => {
    const sums = text(files, 'SHA256SUMS');
    expect(sums.endsWith('\n')).toBe(true);
    const lines = sums.slice(0, -1).split('\n');
    for (const l of lines) expect(l).toMatch(/^[0-9a-f]{64} {2}\S.*$/);
    const listed = lines.map((l) => l.slice(66));
    expect(listed.sort()).toEqual(Object.keys(files).filter((f) => f !== 'SHA256SUMS').sort());
    for (const l of lines) expect(l.slice(0, 64)).toBe(await sha256Hex(files[l.slice(66)] as Uint8Array));
  });

  it('has a manifest with digests, sizes, times, versions, url and the screenshot note', async () => {
    const m = JSON.parse(text(files, 'manifest.json')) as BundleManifest;
    expect(m.format).toBe('disclosure-lens-evidence');
    expect(m.createdAtLocal).toBe('2024-05-02T09:00:00+08:00');
    const n = m.notices[0];
    expect(n).toMatchObject({
      folder: '',
      url: snap.url,
      capturedAtUtc: '2024-05-01T02:30:00.000Z',
      capturedAtLocal: '2024-05-01T10:30:00+08:00',
      extensionVersion: '0.1.0',
      engineVersion: '0.1.0-test',
      screenshot: 'not captured: command-line capture has no browser',
      summary: { present: 2, missing: 1, uncertain: 1, notApplicable: 1, notRequiredThen: 0, deadlineViolations: 1, flags: 1 },
    });
    expect(Object.keys(m.files).sort()).toEqual(Object.keys(files).filter((f) => f !== 'SHA256SUMS' && f !== 'manifest.json').sort());
    for (const [path, rec] of Object.entries(m.files)) {
      expect(rec.size).toBe(files[path]?.length);
      expect(rec.sha256).toBe(await sha256Hex(files[path] as Uint8Array));
    }
    // The part hashes a custody entry would record are the files' digests.
    const parts = await hashSnapshot(snap);
    for (const [part, h] of Object.entries(parts)) expect(m.files[part]?.sha256).toBe(h);
  });

  it('keeps page.html as UTF-8 with a BOM and report.json as the report', () => {
    const page = files['page.html'] as Uint8Array;
    expect([...page.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(files, 'page.html')).toContain('某某建设有限公司');
    expect(JSON.parse(text(files, 'report.json'))).toEqual(snap.report);
  });

  it('renders report.html readable, escaped, Chinese first', () => {
    const html = text(files, 'report.html');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('公示核查报告 <span class="en">Disclosure check report</span>');
    expect(html).toMatch(/✗ 未公示.*objection\.channel/s);
    expect(html).toContain('第一中标候选人：某某建设有限公司');
    expect(html).toContain('deadline.candidates_period');
    expect(html).toContain('须在本市注册');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain(toLocalIso(snap.capturedAtUtc));
  });

  it('explains verification in README.txt', () => {
    const r = text(files, 'README.txt');
    for (const s of ['sha256sum -c SHA256SUMS', 'shasum -a 256 -c SHA256SUMS', 'certutil -hashfile', 'Get-FileHash', 'npx disclosure-lens verify bundle.zip', '如何核验', 'How to verify']) {
      expect(r).toContain(s);
    }
  });

  it('verifies', async () => {
    const r = await verifyBundle(zip);
    expect(r).toEqual({ ok: true, problems: [], checked: Object.keys(files).length - 1 });
  });

  it('names a tampered page.html', async () => {
    const bad = rezip(zip, (f) => {
      f['page.html'] = flipByte(f['page.html'], 40);
    });
    const r = await verifyBundle(bad);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.file)).toEqual(['page.html']);
    expect(r.problems[0]?.problem).toMatch(/content changed/);
  });

  it('names a tampered report.json', async () => {
    const bad = rezip(zip, (f) => {
      f['report.json'] = strToU8(text(f, 'report.json').replace('"missing"', '"present"'));
    });
    const r = await verifyBundle(bad);
    expect(r.problems.map((p) => p.file)).toEqual(['report.json']);
  });

  it('names manifest.json or SHA256SUMS when that is what changed', async () => {
    const m = await verifyBundle(
      rezip(zip, (f) => {
        f['manifest.json'] = strToU8(text(f, 'manifest.json').replace('ggzy.example', 'ggzy.exampel'));
      }),
    );
    expect(m.problems.map((p) => p.file)).toEqual(['manifest.json']);
    const s = await verifyBundle(
      rezip(zip, (f) => {
        const sums = text(f, 'SHA256SUMS').split('\n');
        const i = sums.findIndex((l) => l.endsWith('  notice.txt'));
        const line = sums[i] as string;
        sums[i] = (line[0] === '0' ? '1' : '0') + line.slice(1);
        f.SHA256SUMS = strToU8(sums.join('\n'));
      }),
    );
    expect(s.problems).toEqual([{ file: 'SHA256SUMS', problem: expect.stringContaining('notice.txt') }]);
  });

  it('names a removed file and an added file', async () => {
    const removed = await verifyBundle(
      rezip(zip, (f) => {
        delete f['notice.txt'];
      }),
    );
    expect(removed.ok).toBe(false);
    expect(removed.problems).toEqual([{ file: 'notice.txt', problem: expect.stringMatching(/missing/) }]);

    const added = await verifyBundle(
      rezip(zip, (f) => {
        f['extra.txt'] = strToU8('slipped in');
      }),
    );
    expect(added.problems).toEqual([{ file: 'extra.txt', problem: expect.stringMatching(/not listed/) }]);
  });

  it('catches SHA256SUMS and manifest.json disagreeing about the file list', async () => {
    // A file added to the bundle and to SHA256SUMS, but not to the manifest.
    const r = await verifyBundle(
      rezip(zip, (f) => {
        const extra = strToU8('x');
        f['extra.txt'] = extra;
        f.SHA256SUMS = strToU8(`${text(f, 'SHA256SUMS')}${'2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881'}  extra.txt\n`);
      }),
    );
    expect(r.problems).toEqual([{ file: 'manifest.json', problem: expect.stringContaining('extra.txt') }]);
  });

  it('rejects junk and a ZIP without SHA256SUMS', async () => {
    expect((await verifyBundle(new Uint8Array([1, 2, 3]))).problems[0]?.file).toBe('(zip)');
    const r = await verifyBundle(
      rezip(zip, (f) => {
        delete f.SHA256SUMS;
      }),
    );
    expect(r).toMatchObject({ ok: false, problems: [{ file: 'SHA256SUMS' }] });
  });

  it.skipIf(!hasSha256sum())('passes sha256sum -c when extracted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dl-bundle-'));
    tmpDirs.push(dir);
    for (const [path, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(out.trim().split('\n')).toHaveLength(Object.keys(files).length - 1);
    expect(out).not.toMatch(/FAILED/);
    writeFileSync(join(dir, 'page.html'), 'changed');
    expect(() => execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir, stdio: 'pipe' })).toThrow();
  });
});

describe('case bundle with several notices and a custody chain', async () => {
  const a = sampleSnapshot({ screenshot: true });
  const b = sampleSnapshot({ url: 'https://www.example.gov.cn/zbgg/2024/notice-77.shtml', report: { projectCode: undefined, title: '第二条' } });
  const chain: CustodyEntry[] = [];
  for (const s of [a, b]) {
    chain.push(await appendEntry(chain.at(-1), { kind: 'capture', at: s.capturedAtUtc, url: s.url, partsHashes: await hashSnapshot(s) }));
  }
  const zip = await buildBundle([a, b], { caseName: '某某工程投诉', notes: '第二次抓取前页面已改', chain, createdAt: CREATED });
  const files = unzipSync(zip);
  const m = JSON.parse(text(files, 'manifest.json')) as BundleManifest;

  it('puts each notice in its own folder with a top-level manifest, chain, index and sums', () => {
    expect(m.notices.map((n) => n.folder)).toEqual(['01-JSGC-2024-0001', '02-www.example.gov.cn-notice-77']);
    for (const f of ['manifest.json', 'chain.json', 'SHA256SUMS', 'README.txt', 'index.html']) expect(files[f], f).toBeDefined();
    for (const f of ['page.html', 'notice.txt', 'report.json', 'report.html']) {
      expect(files[`01-JSGC-2024-0001/${f}`]).toBeDefined();
      expect(files[`02-www.example.gov.cn-notice-77/${f}`]).toBeDefined();
    }
    expect(files['01-JSGC-2024-0001/screenshot.png']).toBeDefined();
    expect(m.notices[0]?.screenshot).toBe('01-JSGC-2024-0001/screenshot.png');
    expect(m.notices.map((n) => n.custodySeq)).toEqual([1, 2]);
    expect(m.chain).toEqual({ file: 'chain.json', entries: 2, head: chain[1]?.entryHash });
    expect(m.caseName).toBe('某某工程投诉');
    expect(text(files, 'index.html')).toContain('01-JSGC-2024-0001/report.html');
    expect(text(files, 'SHA256SUMS')).toContain('  02-www.example.gov.cn-notice-77/page.html\n');
  });

  it('verifies, and names a tampered file inside a folder', async () => {
    expect(await verifyBundle(zip)).toMatchObject({ ok: true, problems: [] });
    const r = await verifyBundle(
      rezip(zip, (f) => {
        f['02-www.example.gov.cn-notice-77/report.json'] = flipByte(f['02-www.example.gov.cn-notice-77/report.json']);
      }),
    );
    expect(r.problems.map((p) => p.file)).toEqual(['02-www.example.gov.cn-notice-77/report.json']);
  });

  it('catches an edit re-hashed into SHA256SUMS and manifest.json through the custody chain', async () => {
    const path = '01-JSGC-2024-0001/notice.txt';
    const forged = strToU8('第一中标候选人：另一家公司\n');
    const files2 = unzipSync(zip);
    files2[path] = forged;
    const man = JSON.parse(text(files2, 'manifest.json')) as BundleManifest;
    man.files[path] = { sha256: await sha256Hex(forged), size: forged.length };
    const n = man.notices[0];
    if (n) n.textHash = await sha256Hex('第一中标候选人：另一家公司');
    files2['manifest.json'] = strToU8(`${JSON.stringify(man, null, 2)}\n`);
    const digests: Record<string, string> = {};
    for (const [p, b] of Object.entries(files2)) if (p !== 'SHA256SUMS') digests[p] = await sha256Hex(b);
    files2.SHA256SUMS = strToU8(
      Object.keys(digests)
        .sort()
        .map((p) => `${digests[p]}  ${p}\n`)
        .join(''),
    );
    const r = await verifyBundle(zipSync(files2));
    expect(r.problems).toEqual([{ file: path, problem: expect.stringMatching(/custody entry 1/) }]);
  });

  it('names chain.json when the log was altered', async () => {
    const r = await verifyBundle(
      rezip(zip, (f) => {
        f['chain.json'] = strToU8(text(f, 'chain.json').replace('"seq": 2', '"seq": 3'));
      }),
    );
    expect(r.problems.map((p) => p.file)).toEqual(['chain.json']);
  });
});

describe('noticeFolderName', () => {
  it('is ASCII and falls back to the host', () => {
    const s = sampleSnapshot({ url: 'not a url', report: { projectCode: '某某项目' } });
    expect(noticeFolderName(0, s)).toBe('01-notice');
    expect(noticeFolderName(9, sampleSnapshot(), 120)).toBe('010-JSGC-2024-0001');
  });
});
