import { describe } from 'vitest';
import {
  DEFERRED_CELL,
  DEFERS_AFTER_LABEL,
  DEFERS_IN_CLAUSE,
  DEFERS_TO_ATTACHMENT,
  DETAILS_DEFERRED,
  MAIN_CONTENT_DEFERRED,
} from '../../../lib/cues/deferral';
import { table } from './table';

describe('deferral cues', () => {
  table('DEFERS_AFTER_LABEL', DEFERS_AFTER_LABEL, ['：详见附件', '：详见招标文件', '：请查阅采购文件', '：见附件1', '：具体见交易平台'], [
    '：详见下表',
    '：如下',
    '：牧草种子13225公斤，详见附件',
    '：2025年6月10日',
  ]);
  table('DEFERS_IN_CLAUSE', DEFERS_IN_CLAUSE, ['工期、质量、项目负责人请查看附件', '业绩详见投标文件', '另见清单'], [
    '工期：180日历天',
    '详见下表',
    '详见。附件',
  ]);
  table('DEFERRED_CELL', DEFERRED_CELL, ['详见附件', '见投标文件', '参阅评标报告', '请查看附件'], ['张三', '合格', '180天，详见附件']);
  table('DEFERS_TO_ATTACHMENT', DEFERS_TO_ATTACHMENT, ['详见附件', '附件：公示.pdf', '请下载附件', '详见采购文件附件'], [
    '附件一览表无',
    '详见下表',
  ]);
  table('MAIN_CONTENT_DEFERRED', MAIN_CONTENT_DEFERRED, ['中标候选人详见附件', '公示内容见附件', '评标结果详见附件'], [
    '工期详见附件',
    '中标候选人如下',
  ]);
  table('DETAILS_DEFERRED', DETAILS_DEFERRED, ['详细资料请参阅挂牌出让文件', '详细内容详见招标文件', '竞价标的参见清单'], [
    '详细资料如下',
    '工期详见附件',
  ]);
});
