/** What the user can add to the sites checked automatically: every government site, or one site at a time. */

/** Every page on government sites: an optional host permission, asked for when the user opts in. */
export const GOV_SITES_PATTERN = '*://*.gov.cn/*';

/** Hosts any single site the user adds may come from (the optional permission is requested per site). */
export const ANY_SITE_PATTERNS = ['*://*/*'] as const;

/** The match pattern of one site, for "以后自动核查此站 / always check this site"; undefined for non-web URLs. */
export function sitePatternFor(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  return `*://${u.hostname.toLowerCase()}/*`;
}
