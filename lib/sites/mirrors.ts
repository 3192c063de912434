/**
 * Hosts that reproduce notices published elsewhere (industry portals, newspapers, listing aggregators). They are
 * not platforms: the extension does not run on them by itself (the user may add one with 「以后自动核查此站」), and
 * the coverage figures count them apart. Each host was seen in a real notice URL of the corpus or the pool.
 */
export const MIRROR_HOSTS: Readonly<Record<string, string>> = {
  'baogaosu.com': 'listing aggregator (wuhan., guiyang.) reproducing mineral-rights notices',
  'shashiyi.cn': 'sand and stone industry portal reproducing mineral-rights notices',
  'news.hndaily.cn': '海南日报 newspaper page reproducing a land notice',
  'shumx.com': 'mining portal reproducing mineral-rights notices',
  'xjkylhh.com': '新疆矿业联合会 association site reproducing mineral-rights notices',
  '91jinshu.com': 'procurement listing aggregator',
  'cnkjyx.com': 'mining industry portal reproducing mineral-rights notices',
};

/** True when a host is a listed mirror or one of its subdomains. */
export function isMirrorHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^www\./, '');
  return Object.keys(MIRROR_HOSTS).some((m) => h === m || h.endsWith(`.${m}`));
}
