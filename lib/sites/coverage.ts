/** How many real notice URLs the extension checks by itself, and after the user's one opt-in (issue: coverage). */
import { matchPatterns } from './index';
import { type CompiledPattern, compilePattern } from './match';
import { isMirrorHost } from './mirrors';
import { GOV_SITES_PATTERN } from './opt-in';

/** Coverage of a list of notice URLs: by the platform list alone, and with the government-sites opt-in. */
export interface Coverage {
  urls: number;
  /** URLs on hosts that reproduce notices published elsewhere (mirrors.ts), counted apart. */
  mirrors: number;
  byDefault: number;
  withOptIn: number;
  /** Hosts matched by neither, with how many URLs each. */
  uncovered: Map<string, number>;
}

function matchesAny(patterns: readonly CompiledPattern[], url: URL): boolean {
  return patterns.some((p) => p.test(url));
}

/** Measure coverage of publishers' URLs; mirrors are counted apart, rows without an address left out. */
export function coverageOf(urls: readonly string[], optIn: readonly string[] = [GOV_SITES_PATTERN]): Coverage {
  const platform = matchPatterns().map(compilePattern);
  const opted = optIn.map(compilePattern);
  const result: Coverage = { urls: 0, mirrors: 0, byDefault: 0, withOptIn: 0, uncovered: new Map() };
  for (const raw of urls) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    if (isMirrorHost(url.hostname)) {
      result.mirrors++;
      continue;
    }
    result.urls++;
    const byDefault = matchesAny(platform, url);
    if (byDefault) result.byDefault++;
    if (byDefault || matchesAny(opted, url)) result.withOptIn++;
    else result.uncovered.set(url.hostname, (result.uncovered.get(url.hostname) ?? 0) + 1);
  }
  return result;
}

/** The `original_url` column of a corpus or pool MANIFEST.tsv. */
export function manifestUrls(tsv: string): string[] {
  const [header = '', ...rows] = tsv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const column = header.split('\t').indexOf('original_url');
  if (column < 0) return [];
  // A few rows add a remark after the address ("http://host (referenced in body)"): keep the address.
  return rows.map((r) => (r.split('\t')[column] ?? '').trim().split(/\s/)[0] ?? '').filter((u) => /^https?:\/\//.test(u));
}
