import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageOf, manifestUrls } from '../../lib/sites/coverage';
import { siteFor } from '../../lib/sites/index';
import { isMirrorHost } from '../../lib/sites/mirrors';
import { GOV_SITES_PATTERN, sitePatternFor } from '../../lib/sites/opt-in';

const SHARED = resolve(__dirname, '../../../shared');
const MANIFESTS = ['corpus', 'pool'].map((set) => ({ set, file: resolve(SHARED, set, 'MANIFEST.tsv') }));

describe('where the extension checks by itself', () => {
  it('runs on provincial and city platforms where most notices are published', () => {
    expect(siteFor('https://ggzy.jiangxi.gov.cn/jyxx/002001/002001004/20260326/x.html')?.id).toBe('ggzy');
    expect(siteFor('http://ggzy.sc.yichang.gov.cn/TPFront/infodetail/?infoid=1')?.id).toBe('city-platforms');
    expect(siteFor('http://www.lyggzy.com.cn/a/1.html')?.id).toBe('city-platforms');
    expect(siteFor('http://111.34.80.161:8084/detail/1')?.id).toBe('city-platforms');
    expect(siteFor('https://www.landchina.com/landSupplyDetail?id=1')?.id).toBe('resource-exchanges');
    expect(siteFor('https://www.yuhang.gov.cn/art/1.html')).toBeUndefined(); // a county site: only after the opt-in
  });

  it('counts coverage by the platform list, with the government-sites opt-in, and mirrors apart', () => {
    const c = coverageOf([
      'https://ggzy.jiangxi.gov.cn/a.html',
      'https://www.yuhang.gov.cn/b.html',
      'https://shashiyi.cn/invest/show-1.html',
      'https://shop.example.com/c.html',
      'not a url',
    ]);
    expect(c).toMatchObject({ urls: 3, mirrors: 1, byDefault: 1, withOptIn: 2 });
    expect([...c.uncovered.keys()]).toEqual(['shop.example.com']);
  });

  it('offers one site pattern for 「以后自动核查此站」 and the gov.cn opt-in', () => {
    expect(sitePatternFor('https://WWW.Example.com/path?q=1')).toBe('*://www.example.com/*');
    expect(sitePatternFor('chrome://extensions')).toBeUndefined();
    expect(sitePatternFor('nonsense')).toBeUndefined();
    expect(GOV_SITES_PATTERN).toBe('*://*.gov.cn/*');
    expect(isMirrorHost('wuhan.baogaosu.com')).toBe(true);
    expect(isMirrorHost('ggzy.gov.cn')).toBe(false);
  });

  for (const { set, file } of MANIFESTS) {
    it.skipIf(!existsSync(file))(`covers every publisher host of ../shared/${set} (by default ≥ 60%, with the opt-in ≥ 95%)`, () => {
      const c = coverageOf(manifestUrls(readFileSync(file, 'utf8')));
      expect(c.urls).toBeGreaterThan(0);
      expect([...c.uncovered.keys()], 'hosts neither listed in lib/sites nor government sites nor mirrors').toEqual([]);
      expect(c.byDefault / c.urls).toBeGreaterThanOrEqual(0.6);
      expect(c.withOptIn / c.urls).toBeGreaterThanOrEqual(0.95);
    });
  }
  if (MANIFESTS.some((m) => !existsSync(m.file))) console.warn(`host coverage over real notices skipped: no manifests under ${SHARED}`);
});
