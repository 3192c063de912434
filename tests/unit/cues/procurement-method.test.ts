import { describe, expect, it } from 'vitest';
import { methodsNamed, NON_TENDER_METHOD_SHORT, NON_TENDER_METHOD_WORDS } from '../../../lib/cues/procurement-method';
import { table } from './table';

describe('procurement-method cues', () => {
  table('NON_TENDER_METHOD_WORDS', new RegExp(NON_TENDER_METHOD_WORDS), ['竞争性磋商公告', '竞争性谈判', '询价采购', '单一来源采购公示'], [
    '公开招标公告',
    '邀请招标',
    '磋商公告',
  ]);
  table('NON_TENDER_METHOD_SHORT', new RegExp(NON_TENDER_METHOD_SHORT), ['磋商公告', '谈判文件', '询价通知书', '单一来源'], [
    '公开招标',
    '招标公告',
  ]);
  it.each([
    ['采购方式：公开招标', ['open_tender']],
    ['邀请招标', ['invited_tender']],
    ['公开招标失败后转为竞争性磋商', ['open_tender', 'consultation']],
    ['竞争性谈判、询价或单一来源', ['negotiation', 'inquiry', 'single_source']],
    ['施工招标公告', []],
  ])('methodsNamed(%s)', (text, expected) => expect(methodsNamed(text)).toEqual(expected));
});
