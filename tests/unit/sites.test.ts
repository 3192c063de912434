import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CCGP_PROVINCES } from '../../lib/sites/ccgp';
import { matchPatterns, SITES, siteFor } from '../../lib/sites/index';
import { compilePattern } from '../../lib/sites/match';

const SITES_DIR = fileURLToPath(new URL('../../lib/sites/', import.meta.url));
const NOT_FAMILIES = new Set(['index.ts', 'match.ts', 'types.ts', 'coverage.ts', 'mirrors.ts', 'opt-in.ts']);

describe('sites', () => {
  it('registers every site file, with id = file name', () => {
    const files = readdirSync(SITES_DIR).filter((f) => f.endsWith('.ts') && !NOT_FAMILIES.has(f));
    expect(SITES.map((s) => `${s.id}.ts`).sort()).toEqual(files.sort());
  });

  it('has only patterns both Chrome and Firefox accept', () => {
    for (const p of matchPatterns()) {
      expect(() => compilePattern(p)).not.toThrow();
      expect(p).not.toMatch(/^\*:\/\/\*\//); // never all hosts
      expect(p).not.toMatch(/[^*]\*[^./]|\w\*\./); // no mid-host wildcards
    }
  });

  it('lists the procurement site of all 31 provinces', () => {
    expect(CCGP_PROVINCES).toHaveLength(31);
  });

  it('finds the family of a URL', () => {
    expect(siteFor('http://www.ggzy.gov.cn/information/html/a/1.shtml')?.id).toBe('ggzy');
    expect(siteFor('https://ggzy.gov.cn/')?.id).toBe('ggzy');
    expect(siteFor('https://ggzyjy.sc.gov.cn/jyxx/002001/x.html')?.id).toBe('ggzy');
    expect(siteFor('http://www.jl.gov.cn/ggzy/zfcg/1.html')?.id).toBe('ggzy');
    expect(siteFor('http://www.jl.gov.cn/other/1.html')).toBeUndefined();
    expect(siteFor('http://www.ccgp.gov.cn/cggg/zygg/gkzb/202501/t20250101_1.htm')?.id).toBe('ccgp');
    expect(siteFor('http://www.ccgp-hunan.gov.cn/page/notice/1.html')?.id).toBe('ccgp');
    expect(siteFor('https://bulletin.cebpubservice.com/biddingBulletin/1.html')?.id).toBe('cebpubservice');
    expect(siteFor('https://www.example.com/ggzy.gov.cn/')).toBeUndefined();
    expect(siteFor('https://evilggzy.gov.cn/')).toBeUndefined();
    expect(siteFor('ftp://www.ggzy.gov.cn/')).toBeUndefined();
    expect(siteFor('not a url')).toBeUndefined();
  });
});
