/** A platform family: where its notices live and how its pages are built (Dark Reader-style site config). */
export interface SiteFamily {
  /** Stable id, equal to the file name. */
  id: string;
  labelZh: string;
  labelEn: string;
  /**
   * Manifest match patterns (valid for Chrome MV3 and Firefox MV2): `*://*.host/*` also matches the bare host;
   * no ports, no mid-host wildcards.
   */
  matches: readonly string[];
  /** CSS selectors that hold the notice body on this platform, tried before the generic ones in lib/page. */
  bodySelectors?: readonly string[];
}

/** Build `*://*.host/*` patterns for a list of hosts (the `*.` form covers the bare host too). */
export function hostPatterns(hosts: readonly string[]): string[] {
  return hosts.map((h) => `*://*.${h}/*`);
}
