import { hostPatterns, type SiteFamily } from './types';

// Provincial and municipal trading platforms do not share a host scheme (ggzy.X.gov.cn, ggzyjy.X.gov.cn,
// own .com/.cn domains), so each is listed; the national platform takes every subdomain of ggzy.gov.cn.
// Hosts come from public link lists and crawler configs (secondary, not each visited): a stale host only
// costs a pattern that never matches. Add a platform here, not in the engine.
const HOSTS = [
  'ggzy.gov.cn', // 全国公共资源交易平台 (www., deal.)
  'ggzyfw.beijing.gov.cn', // 北京
  'ggzy.zwfwb.tj.gov.cn', // 天津
  'tjggzy.cn',
  'ggzy.hebei.gov.cn', // 河北
  'hebpr.gov.cn',
  'prec.sxzwfw.gov.cn', // 山西
  'ggzyjy.nmg.gov.cn', // 内蒙古
  'ggzy.ln.gov.cn', // 辽宁
  'lnggzy.gov.cn',
  'jlggzy.cn', // 吉林
  'ggzyzx.jl.gov.cn',
  'ggzyjyw.hlj.gov.cn', // 黑龙江
  'hljggzy.org.cn',
  'shggzy.com', // 上海
  'jsggzy.jszwfw.gov.cn', // 江苏
  'ggzy.zj.gov.cn', // 浙江
  'zjpubservice.zjzwfw.gov.cn',
  'ggzy.ah.gov.cn', // 安徽
  'ggzyfw.fujian.gov.cn', // 福建
  'ggzy.fj.gov.cn',
  'fjggfw.gov.cn',
  'ggzy.jiangxi.gov.cn', // 江西
  'jxsggzy.cn',
  'ggzyjy.shandong.gov.cn', // 山东
  'ggzyjyzx.shandong.gov.cn',
  'hnsggzyjy.henan.gov.cn', // 河南
  'hnsggzy.hnzwfw.gov.cn',
  'hbggzy.cn', // 湖北
  'hbggzyfwpt.cn',
  'ggzy.hunan.gov.cn', // 湖南
  'hnsggzy.com',
  'ygp.gdzwfw.gov.cn', // 广东
  'gxggzy.gxzf.gov.cn', // 广西
  'ggzyjy.gxzf.gov.cn',
  'ggzy.hainan.gov.cn', // 海南
  'cqggzy.com', // 重庆
  'ggzyjy.sc.gov.cn', // 四川
  'ggzy.guizhou.gov.cn', // 贵州
  'ggzy.yn.gov.cn', // 云南
  'ynggzy.com',
  'ggzy.xizang.gov.cn', // 西藏
  'sxggzyjy.cn', // 陕西
  'ggzy.shaanxi.gov.cn',
  'ggzyjy.gansu.gov.cn', // 甘肃
  'qhggzyjy.gov.cn', // 青海
  'ggzyjy.fzggw.nx.gov.cn', // 宁夏
  'nxggzyjy.org',
  'ggzy.xinjiang.gov.cn', // 新疆
] as const;

/** 全国公共资源交易平台 and the provincial 公共资源交易 platforms (ggzy / ggzyjy). */
export const ggzy: SiteFamily = {
  id: 'ggzy',
  labelZh: '公共资源交易平台',
  labelEn: 'Public resource trading platforms',
  matches: [
    ...hostPatterns(HOSTS),
    // 吉林 publishes under a path of the provincial government site: match the path only.
    '*://www.jl.gov.cn/ggzy/*',
  ],
  // deal.ggzy.gov.cn detail pages; Epoint-built provincial platforms.
  bodySelectors: ['#mycontent', '.ewb-article-info', '.epoint-article-content'],
};
