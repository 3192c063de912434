import { hostPatterns, type SiteFamily } from './types';

// Land, mineral rights and state property are traded on their own national and regional exchanges, most of
// them outside gov.cn (97号 fields 国有土地使用权出让, 矿业权出让, 国有产权交易).
const HOSTS = [
  'landchina.com', // 中国土地市场网 (自然资源部): land transfer notices and results
  'ky.mnr.gov.cn', // 自然资源部 矿业权出让 publicity
  'cbex.com.cn', // 北京产权交易所
  'suaee.com', // 上海联合产权交易所
  'swuee.com', // 西南联合产权交易所
  'cquae.com', // 重庆联合产权交易所
  'tpre.cn', // 天津产权交易中心
  'itemamts.com', // 新疆国源土地矿产资源交易中心
] as const;

/** Land, mineral-rights and state-property exchanges. */
export const resourceExchanges: SiteFamily = {
  id: 'resource-exchanges',
  labelZh: '土地、矿业权、产权交易平台',
  labelEn: 'Land, mineral-rights and property exchanges',
  matches: hostPatterns(HOSTS),
};
