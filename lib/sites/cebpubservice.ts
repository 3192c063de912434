import type { SiteFamily } from './types';

/**
 * 中国招标投标公共服务平台 (cebpubservice.com): the 令10 Art.8 national publication channel for tenders.
 * Its detail pages often show the notice as an embedded PDF; the engine then reports `uncertain`.
 */
export const cebpubservice: SiteFamily = {
  id: 'cebpubservice',
  labelZh: '中国招标投标公共服务平台',
  labelEn: 'China Tendering & Bidding Public Service Platform',
  matches: ['*://*.cebpubservice.com/*'],
};
