/** Platform families the extension knows: one file each; the content script runs on their pages. */
import { ccgp } from './ccgp';
import { cebpubservice } from './cebpubservice';
import { cityPlatforms } from './city-platforms';
import { ggzy } from './ggzy';
import { type CompiledPattern, compilePattern } from './match';
import { resourceExchanges } from './resource-exchanges';
import type { SiteFamily } from './types';

export type { SiteFamily } from './types';

/** Every platform family, in lookup order. */
export const SITES: readonly SiteFamily[] = [ggzy, ccgp, cebpubservice, cityPlatforms, resourceExchanges];

let compiled: { site: SiteFamily; patterns: CompiledPattern[] }[] | undefined;

/** All match patterns of all families, deduplicated: the content script's `matches`. */
export function matchPatterns(): string[] {
  return [...new Set(SITES.flatMap((s) => s.matches))];
}

/** The platform family a URL belongs to, or undefined for any other page. */
export function siteFor(url: string): SiteFamily | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  compiled ??= SITES.map((site) => ({ site, patterns: site.matches.map(compilePattern) }));
  return compiled.find((c) => c.patterns.some((p) => p.test(u)))?.site;
}
