import { describe } from 'vitest';
import { CERTIFICATE_HEADER, LEAD_CERTIFICATE_LABEL } from '../../../lib/cues/certificate';
import { table } from './table';

describe('certificate cues', () => {
  table('CERTIFICATE_HEADER', CERTIFICATE_HEADER, ['证书名称及编号', '注册编号', '执业资格', '证号'], ['姓名', '工期', '注册资本金']);
  table('LEAD_CERTIFICATE_LABEL', LEAD_CERTIFICATE_LABEL, ['项目经理：张三', '证书编号', '注册建造师'], ['法定代表人', '工期']);
});
