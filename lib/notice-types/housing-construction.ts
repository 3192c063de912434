/** housing.construction: 保障性安居工程建设信息 (97号). No item rules yet: recognised, so it is not mistaken for another type. */
import { HOUSING } from './topics';
import { defineNoticeType } from './types';

export const HOUSING_CONSTRUCTION = defineNoticeType({
  key: 'housing.construction',
  labelZh: '保障性安居工程建设信息',
  labelEn: 'Subsidised housing construction',
  field: '保障性安居工程建设',
  // A 建设计划 or 完成情况 report, never an allocation (分配, 配租, 摇号, 审核).
  recognise: { topic: HOUSING, kind: /建设|开工|竣工|计划/, unless: /分配|配租|摇号|审核/, rank: 1 },
  items: [],
  deadlines: [],
});
