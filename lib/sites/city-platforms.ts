import { hostPatterns, type SiteFamily } from './types';

// Most notices are published by city and county trading centres, whose hosts follow no scheme a match pattern
// could wildcard (ggzy.<city>.gov.cn, ggzyjy.<city>.gov.cn, own .com.cn domains, even a bare IP). Each is
// listed; a host seen in real notice URLs (the corpus and pool manifests) is listed here or in another family,
// and the coverage test keeps it so. Any other *.gov.cn page is checked after the user's one opt-in (opt-in.ts).
const HOSTS = [
  'ggzy.sc.yichang.gov.cn', // 湖北 宜昌
  'ggzyjy.shangqiu.gov.cn', // 河南 商丘
  'ggzyjy.nanyang.gov.cn', // 河南 南阳
  'ggzy.jiaozuo.gov.cn', // 河南 焦作
  'ggzy.lankao.gov.cn', // 河南 兰考
  'ggzy.qingdao.gov.cn', // 山东 青岛
  'lyggzyjy.ly.gov.cn', // 山东 临沂
  'ggzy.changde.gov.cn', // 湖南 常德
  'ldggzy.hnloudi.gov.cn', // 湖南 娄底
  'ggzy.cncn.gov.cn', // 浙江 苍南
  'ztb.longyou.gov.cn', // 浙江 龙游
  'njggzy.nanjing.gov.cn', // 江苏 南京
  'zbcg.mas.gov.cn', // 安徽 马鞍山
  'zpggzyjyzx.gov.cn', // 福建 漳平
  'lyggzy.com.cn', // 河南 洛阳
] as const;

/** City and county 公共资源交易中心 platforms. */
export const cityPlatforms: SiteFamily = {
  id: 'city-platforms',
  labelZh: '市县公共资源交易平台',
  labelEn: 'City and county trading platforms',
  matches: [
    ...hostPatterns(HOSTS),
    // 济南 公共资源交易中心 serves its notice pages from a bare address (any port: match patterns ignore ports).
    '*://111.34.80.161/*',
  ],
  bodySelectors: ['.ewb-article-info', '.epoint-article-content'],
};
