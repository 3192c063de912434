import { describe } from 'vitest';
import { CHALLENGE, CHALLENGE_OR_REPORT, OBJECTION, OBJECTION_MANNER } from '../../../lib/cues/objection';
import { table } from './table';

describe('objection cues', () => {
  // 无异议 says there was no objection: it is not a channel for raising one.
  table('OBJECTION', OBJECTION, ['对公示结果有异议的', '异议受理电话', '提出异议'], ['确定无异议后', '公示无异议的', '投诉电话']);
  table('CHALLENGE', CHALLENGE, ['有异议的', '投诉受理', '质疑函', '存有疑义'], ['公示期满无异议', '举报电话']);
  table('CHALLENGE_OR_REPORT', CHALLENGE_OR_REPORT, ['异议', '举报电话', '监督电话：12345', '投诉'], ['经公示无异议', '联系电话']);
  table('OBJECTION_MANNER', OBJECTION_MANNER, ['以书面形式', '实名提出', '通过平台提交', '邮箱：a@b.cn'], ['公示期三日', '中标价']);
});
