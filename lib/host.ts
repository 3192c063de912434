/** Host names of URLs, as the store indexes them and exports name their files. Pure. */

/** The host of a URL ('' when it is not a URL). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
