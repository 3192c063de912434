import { describe } from 'vitest';
import { FUNDING_SOURCE } from '../../../lib/cues/funding';
import { table } from './table';

describe('funding cues', () => {
  table('FUNDING_SOURCE', FUNDING_SOURCE, ['资金来源：财政资金', '建设资金来自自筹', '出资比例100%', '资金已落实', '资金来自县财政'], [
    '注册资本',
    '投标保证金',
    '预算金额',
  ]);
});
