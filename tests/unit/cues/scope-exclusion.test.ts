import { describe } from 'vitest';
import { OUT_OF_SCOPE_KIND } from '../../../lib/cues/scope-exclusion';
import { table } from './table';

describe('scope-exclusion cues', () => {
  table('OUT_OF_SCOPE_KIND', OUT_OF_SCOPE_KIND, ['某工程开标记录', '招标文件澄清（答疑）', '2025年供地计划', '流标公示', '国企阳光采购', '项目终止公告'], [
    '某工程施工招标公告',
    '中标候选人公示',
    '政府采购合同公告',
  ]);
});
