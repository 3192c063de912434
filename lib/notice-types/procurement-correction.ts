/** procurement.correction: 更正公告 (格式规范2020). */
import { CORRECTION_DATE_LABEL } from '../cues/publication-date';
import { correctionReasonIn } from '../checks/procurement-finders';
import { FORMAT_2020 } from './sources';
import { defineNoticeType } from './types';

export const PROCUREMENT_CORRECTION = defineNoticeType({
  key: 'procurement.correction',
  labelZh: '更正公告',
  labelEn: 'Correction notice',
  field: '政府采购',
  recognise: { kinds: ['correction'], field: 'procurement' },
  items: [
    {
      key: 'gpx.original',
      labelZh: '原公告信息',
      labelEn: 'Original notice (code, name, first date)',
      source: '格式规范2020',
      confidence: '◐',
      since: FORMAT_2020,
      find: { cues: [/原公告|首次公告日期|原项目编号|项目编号|采购项目编号/] },
    },
    {
      key: 'gpx.items',
      labelZh: '更正事项',
      labelEn: 'Items corrected',
      source: '格式规范2020',
      confidence: '◐',
      since: FORMAT_2020,
      find: { cues: [/更正事项|更正信息|变更事项|澄清事项/] },
    },
    {
      // The 格式规范2020 template has no 更正原因 field: a reason stated inside 更正内容 ("…上传错误") counts.
      key: 'gpx.reason',
      labelZh: '更正原因',
      labelEn: 'Reason for correction',
      source: '格式规范2020',
      confidence: '◐',
      since: FORMAT_2020,
      find: { firstOf: [{ cues: [/更正原因|变更原因|更正理由/] }, { label: /更正内容/, value: correctionReasonIn, window: 120 }] },
    },
    {
      key: 'gpx.content',
      labelZh: '更正内容',
      labelEn: 'Corrected content',
      source: '格式规范2020',
      confidence: '◐',
      since: FORMAT_2020,
      find: { cues: [/更正内容|变更内容|更正为|变更为|澄清内容|修改为/] },
    },
    {
      key: 'gpx.date',
      labelZh: '更正日期',
      labelEn: 'Date of correction',
      source: '格式规范2020',
      confidence: '◐',
      since: FORMAT_2020,
      find: { label: CORRECTION_DATE_LABEL, value: 'date', window: 60 },
    },
  ],
  deadlines: [],
});
