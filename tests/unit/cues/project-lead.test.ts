import { describe } from 'vitest';
import { LEAD, LEAD_PERFORMANCE_HEADER, NO_PERFORMANCE_REQUIRED } from '../../../lib/cues/project-lead';
import { table } from './table';

describe('project-lead cues', () => {
  table('LEAD', LEAD, ['项目经理', '总监理工程师', '设计负责人', '拟派项目负责人', '注册建造师'], ['法定代表人', '联系人', '技术标']);
  table('LEAD_PERFORMANCE_HEADER', LEAD_PERFORMANCE_HEADER, ['项目经理业绩', '负责人类似业绩', '个人业绩'], ['企业业绩', '项目经理']);
  table('NO_PERFORMANCE_REQUIRED', NO_PERFORMANCE_REQUIRED, ['无业绩要求', '无个人业绩要求', '不要求项目经理业绩', '业绩：不作要求'], [
    '业绩要求：近三年',
    '个人业绩',
  ]);
});
