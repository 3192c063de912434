import { describe, expect, it } from 'vitest';
import { durationValueIn } from '../../../lib/checks/candidates';
import { CheckContext } from '../../../lib/checks/context';
import { type Finder, runFinder } from '../../../lib/checks/find';
import { correctionReasonIn, namesListIn, personWithPhoneIn } from '../../../lib/checks/procurement-finders';
import { objectionChannelIn, partyIn } from '../../../lib/checks/values';
import { textDoc } from '../deadlines/text-doc';

const ctx = (text: string) => new CheckContext(textDoc(text));
const run = (finder: Finder, text: string) => runFinder(finder, ctx(text));

describe('finders given as data', () => {
  it('cues: the first hit, quoted; uncertain when it only defers', () => {
    expect(run({ cues: [/资金来源/] }, '资金来源：财政资金')?.evidence?.text).toContain('资金来源：财政资金');
    expect(run({ cues: [/资金来源/] }, '资金来源：详见招标文件')?.outcome).toBe('uncertain');
    expect(run({ cues: [/资金来源/] }, '本项目已批准')).toBeUndefined();
  });

  it('label: a value of a known kind within the window, else nothing', () => {
    expect(run({ label: /联系电话/, value: 'phone', window: 40 }, '联系电话：0571-88888888')?.evidence?.text).toContain('0571-88888888');
    expect(run({ label: /联系电话/, value: 'phone', window: 40 }, '联系电话：见公告')).toBeUndefined();
    expect(run({ label: /保证金/, value: ['amount', /详见|见/], window: 40 }, '保证金：详见出让文件')).toBeDefined();
  });

  it('label in clause: the value must be before the full stop', () => {
    const f: Finder = { label: /质量/, value: /合格/, inClause: true, window: 80 };
    expect(run(f, '质量：合格。')).toBeDefined();
    expect(run(f, '质量：按要求。工程合格')).toBeUndefined();
  });

  it('firstOf, allOf, onlyIf, notApplicableIf and otherwise compose as ?? and && do', () => {
    const phone: Finder = { label: /电话/, value: 'phone', window: 30 };
    const na: Finder = { otherwise: { outcome: 'not_applicable', reason: 'none' } };
    expect(run({ firstOf: [phone, na] }, '无')?.outcome).toBe('not_applicable');
    expect(run({ allOf: [phone, { cues: [/地址/] }] }, '电话：13800138000')).toBeUndefined();
    expect(run({ allOf: [phone, { cues: [/地址/] }] }, '电话：13800138000\n地址：某路1号')?.evidence?.text).toContain('地址');
    expect(run({ onlyIf: /招标人/, find: phone }, '电话：13800138000')).toBeUndefined();
    expect(run({ notApplicableIf: /协议供货/, reason: 'r' }, '本项目为协议供货')?.outcome).toBe('not_applicable');
  });

  it('sentence: the subject and its core in one sentence', () => {
    const f: Finder = { sentence: /下载招标文件/, core: /公告之日起.{0,20}止/ };
    expect(run(f, '自公告之日起至2025年6月10日止，登录平台下载招标文件。')).toBeDefined();
    expect(run(f, '登录平台下载招标文件。')).toBeUndefined();
  });
});

describe('named value detectors', () => {
  it.each([
    ['：180日历天', true],
    ['（日历天）\n180', true],
    ['：按招标文件要求', true],
    ['：详见附件。公示期3日', false],
  ])('durationValueIn(%s)', (w, found) => expect(durationValueIn(w) !== undefined).toBe(found));

  it.each([
    ['：张三（组长）、李四、王五', true],
    ['：经询价小组评审', false],
  ])('namesListIn(%s)', (w, found) => expect(namesListIn(w) !== undefined).toBe(found));

  it.each([
    ['：王工 13800138000', true],
    ['：王工', false],
  ])('personWithPhoneIn(%s)', (w, found) => expect(personWithPhoneIn(w) !== undefined).toBe(found));

  it.each([
    ['：开标时间由于系统原因调整为6月10日', true],
    ['：开标时间调整。更正日期：由于', false],
  ])('correctionReasonIn(%s)', (w, found) => expect(correctionReasonIn(w) !== undefined).toBe(found));

  it.each([
    ['的，应以书面形式提出', true],
    ['。联系电话：0571-88888888', true],
    ['。', false],
  ])('objectionChannelIn(%s)', (w, found) => expect(objectionChannelIn(w) !== undefined).toBe(found));

  it.each([
    ['：示例置业有限公司', true],
    ['：1000', false],
  ])('partyIn(%s)', (w, found) => expect(partyIn(w) !== undefined).toBe(found));
});
