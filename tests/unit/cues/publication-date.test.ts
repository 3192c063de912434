import { describe } from 'vitest';
import { CORRECTION_DATE_LABEL, PUBLICATION_DATE_LABEL } from '../../../lib/cues/publication-date';
import { table } from './table';

describe('publication-date cues', () => {
  table('PUBLICATION_DATE_LABEL', PUBLICATION_DATE_LABEL, ['发布时间：2025-06-03', '公告日期：', '信息发布日期', '公告时间'], [
    '公示期',
    '开标时间',
    '签订日期',
  ]);
  table('CORRECTION_DATE_LABEL', CORRECTION_DATE_LABEL, ['更正日期：', '变更日期', '公告日期'], ['公告时间', '开标日期', '更正内容']);
});
