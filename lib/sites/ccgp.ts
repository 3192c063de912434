import { hostPatterns, type SiteFamily } from './types';

// Provincial procurement sites follow ccgp-<province>.gov.cn, which a match pattern cannot wildcard
// mid-host, so all 31 provinces (plus the 计划单列市 and 兵团 sites) are listed. Several provinces moved
// their notices to newer hosts; those are listed too. Hosts from the sites' own link lists.
const PROVINCES = [
  'beijing', 'tianjin', 'hebei', 'shanxi', 'neimenggu', 'liaoning', 'jilin', 'heilongj', 'shanghai',
  'jiangsu', 'zhejiang', 'anhui', 'fujian', 'jiangxi', 'shandong', 'henan', 'hubei', 'hunan', 'guangdong',
  'guangxi', 'hainan', 'chongqing', 'sichuan', 'guizhou', 'yunnan', 'xizang', 'shaanxi', 'gansu', 'qinghai',
  'ningxia', 'xinjiang',
] as const;
const CITIES = ['dalian', 'qingdao', 'ningbo', 'xiamen', 'shenzhen', 'bingtuan'] as const;
const NEWER_HOSTS = [
  'ccgp-heilongjiang.gov.cn',
  'hljcg.hlj.gov.cn', // 黑龙江
  'zfcg.sh.gov.cn', // 上海
  'zfcg.czt.zj.gov.cn', // 浙江
  'gdgpo.czt.gd.gov.cn', // 广东
  'zfcg.ggzyjy.nmg.gov.cn', // 内蒙古 采购中心
  'zfcg.czt.fujian.gov.cn', // 福建
] as const;

/** 中国政府采购网 (ccgp.gov.cn) and the provincial 政府采购网 (ccgp-*.gov.cn). */
export const ccgp: SiteFamily = {
  id: 'ccgp',
  labelZh: '政府采购网',
  labelEn: 'Government procurement sites',
  matches: hostPatterns([
    'ccgp.gov.cn',
    ...PROVINCES.map((p) => `ccgp-${p}.gov.cn`),
    ...CITIES.map((c) => `ccgp-${c}.gov.cn`),
    ...NEWER_HOSTS,
  ]),
  // ccgp.gov.cn detail pages; the provincial sites built on the shared notice template.
  bodySelectors: ['.vF_detail_content', '#noticeArea'],
};

/** Province slugs of the ccgp-*.gov.cn sites (exported for the site test). */
export const CCGP_PROVINCES: readonly string[] = PROVINCES;
