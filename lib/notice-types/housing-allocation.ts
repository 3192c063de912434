/** housing.allocation: 保障性住房分配公示 (11号令 ◐; 97号 ✔ lists policy, beneficiaries, units, procedure, process, result). */
import { CHALLENGE_OR_REPORT, HOUSING_OBJECTION_MANNER } from '../cues/objection';
import { HOUSING } from './topics';
import { defineNoticeType } from './types';

export const HOUSING_ALLOCATION = defineNoticeType({
  key: 'housing.allocation',
  labelZh: '保障性住房分配公示',
  labelEn: 'Subsidised housing allocation',
  field: '保障性住房分配',
  // The topic's default type: a housing title that is no construction report.
  recognise: { topic: HOUSING, rank: 2 },
  items: [
    { key: 'house.policy', labelZh: '分配政策', labelEn: 'Allocation policy', source: '97号', confidence: '✔', find: { cues: [/根据.{0,30}(办法|规定|通知|意见|细则)|分配政策|申请条件/] } },
    { key: 'house.beneficiaries', labelZh: '分配对象名单', labelEn: 'Beneficiary list', source: '97号', confidence: '✔', find: { cues: [/申请人姓名|分配对象|名单|姓名/] } },
    { key: 'house.units', labelZh: '分配房源', labelEn: 'Housing units', source: '97号', confidence: '✔', find: { cues: [/房源|户型|套数|面积|房号|小区/] } },
    { key: 'house.procedure', labelZh: '分配程序', labelEn: 'Allocation procedure', source: '97号', confidence: '✔', find: { cues: [/分配程序|配租程序|程序|流程/] } },
    { key: 'house.process', labelZh: '分配过程', labelEn: 'Allocation process (lottery, scoring)', source: '97号', confidence: '✔', find: { cues: [/摇号|评分|排序|轮候/] } },
    { key: 'house.result', labelZh: '分配结果', labelEn: 'Allocation result', source: '97号', confidence: '✔', find: { cues: [/分配结果|配租结果|摇号结果|审核结果|结果公示/] } },
    {
      key: 'house.objection',
      labelZh: '异议渠道',
      labelEn: 'Objection channel',
      source: '11号令',
      confidence: '◐',
      find: { label: CHALLENGE_OR_REPORT, value: ['phone', HOUSING_OBJECTION_MANNER], window: 160 },
    },
    { key: 'house.period', labelZh: '公示期', labelEn: 'Publicity period', source: '11号令', confidence: '◐', find: { label: /公示期|公示时间/, value: 'dateOrDuration', window: 80 } },
  ],
  deadlines: [],
});
