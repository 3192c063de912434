import { describe, expect, it } from 'vitest';
import { findAmounts, type MoneyUnit, parseAmount, parseRate, unitFromHeader } from '../../../lib/extract/amount';

describe('parseAmount', () => {
  it.each<[string, MoneyUnit | undefined, number, string]>([
    // A bare figure in a bid-price cell.
    ['698757.43', undefined, 698757.43, '698757.43'],
    ['￥1,234,567.00元', undefined, 1234567, '￥1,234,567.00元'],
    ['¥ 52.6万元', undefined, 526000, '¥ 52.6万元'],
    ['人民币壹佰万元整', undefined, 1000000, '人民币壹佰万元整'],
    ['贰拾叁万肆仟伍佰陆拾柒元捌角玖分', undefined, 234567.89, '贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
    ['壹亿贰仟万元', undefined, 120000000, '壹亿贰仟万元'],
    ['拾万元整', undefined, 100000, '拾万元整'],
    ['壹元零伍分', undefined, 1.05, '壹元零伍分'],
    ['123.45万元', undefined, 1234500, '123.45万元'],
    ['投标报价：99.8 万元', undefined, 998000, '99.8 万元'],
    ['1.2亿元', undefined, 120000000, '1.2亿元'],
    ['代理费总金额：0.3525万元（人民币）', undefined, 3525, '0.3525万元'],
    ['最终报价:1728800.00(元)', undefined, 1728800, '1728800.00(元)'],
    ['报价：999200（元）', undefined, 999200, '999200（元）'],
    // A stray dot before 元, as one real result notice has it.
    ['3909800.00 .元', undefined, 3909800, '3909800.00 .元'],
    ['174990.00 元', undefined, 174990, '174990.00 元'],
    ['1.46 元', undefined, 1.46, '1.46 元'],
    // The unit comes from the column header ("投标报价（万元）"), passed by the caller.
    ['59.7618', '万元', 597618, '59.7618'],
    ['20.000000', '万元', 200000, '20.000000'],
    ['3.5', '亿元', 350000000, '3.5'],
    // An explicit unit wins over the header's.
    ['1800000元', '万元', 1800000, '1800000元'],
    // A unit stated in the same string as a header.
    ['投标报价（万元）：59.76', undefined, 597600, '59.76'],
    // Full-width digits, U+3000 and NBSP.
    ['１２３．４５万元', undefined, 1234500, '123.45万元'],
    ['\u3000174990.00\u00a0元', undefined, 174990, '174990.00 元'],
    ['7,620,699.90元', undefined, 7620699.9, '7,620,699.90元'],
    // A price with its discount rate alongside: the price, not the rate.
    ['投标报价：698757.43（下浮率5%）', undefined, 698757.43, '698757.43'],
    ['下浮 5%，投标报价 100万元', undefined, 1000000, '100万元'],
    ['0元', undefined, 0, '0元'],
  ])('%j (hint %s) → %d', (text, hint, yuan, matched) => {
    const a = parseAmount(text, hint);
    expect(a?.yuan).toBe(yuan);
    expect(a?.text).toBe(matched);
  });

  it.each([
    '下浮 5%',
    '费率 3.5%',
    '下浮比例 ： 24.91%',
    '下浮率：5',
    '费率 3.5',
    '第1名',
    '2021-03-05',
    '2021年3月5日',
    '09:00',
    '90日历天',
    '合格',
    '',
    '数百万元',
  ])('%j is not an amount', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });

  it('reports where the amount starts in the normalised text', () => {
    expect(parseAmount('投标报价：13037964.07元')).toEqual({ yuan: 13037964.07, text: '13037964.07元', index: 5 });
  });
});

describe('findAmounts', () => {
  it.each<[string, number[]]>([
    ['投标保证金：人民币叁万元整（￥30000.00元）', [30000, 30000]],
    ['售价：0元；投标报价：13037964.07；采购预算￥52.6万元', [0, 526000]],
    ['监理服务费为70.07万元，项目估算总投资7357228元。', [700700, 7357228]],
    ['净资产不低于 5 亿元人民币', [500000000]],
    ['授信总额度不低于 10 亿人民币', [1000000000]],
    ['招标文件售价为600元/份', [600]],
    ['5.2投标保证金的金额：人民币壹拾肆万柒仟元整。', [147000]],
    ['中标价：      304710      元；', [304710]],
    ['报价：1,436,000.00元与1.2亿元', [1436000, 120000000]],
  ])('%j', (text, yuans) => {
    expect(findAmounts(text).map((a) => a.yuan)).toEqual(yuans);
  });

  it.each([
    // Bare numbers in free text are dates, counts, codes: not amounts.
    '投标报价：13037964.07',
    '2021年3月5日 9时30分',
    '工期90日历天，质量合格',
    '投资估算约2000万',
    '下浮区间值：8%-14%',
    '统一元件，多元化',
    '2021元旦',
    '电话：0571-89360802',
    '浙政发【2014】39号',
    '数十万元',
  ])('%j has no amount', (text) => {
    expect(findAmounts(text)).toEqual([]);
  });

  it('gives each amount its text and index', () => {
    expect(findAmounts('预算金额：144.996 万元（人民币）')).toEqual([{ yuan: 1449960, text: '144.996 万元', index: 5 }]);
  });
});

describe('parseRate', () => {
  it.each<[string, number, string]>([
    ['下浮 5%', 5, '5%'],
    ['费率 3.5%', 3.5, '3.5%'],
    ['下浮比例 ： 24.91%', 24.91, '24.91%'],
    ['施工部分为经财政部门评审后最终价的97.67%', 97.67, '97.67%'],
    ['下浮率：5', 5, '5'],
    ['费率５％', 5, '5%'],
  ])('%j → %d%%', (text, percent, matched) => {
    expect(parseRate(text)).toEqual({ percent, text: matched });
  });

  it.each(['698757.43', '投标报价：99.8 万元', '合格', '下浮率：待定'])('%j is not a rate', (text) => {
    expect(parseRate(text)).toBeUndefined();
  });
});

describe('unitFromHeader', () => {
  it.each<[string, MoneyUnit | undefined]>([
    ['投标报价（万元）', '万元'],
    ['投标报价(万元)', '万元'],
    ['中标价(元)', '元'],
    ['最终报价 （元）', '元'],
    ['单位：万元', '万元'],
    ['单位:元', '元'],
    ['金额（人民币亿元）', '亿元'],
    ['投标报价(元/%)', '元'],
    ['预算金额(万元)', '万元'],
    ['投标报价', undefined],
    ['报价（%）', undefined],
    ['中标金额（费率、单价等）', undefined],
    ['工期（日历天）', undefined],
  ])('%j → %s', (header, unit) => {
    expect(unitFromHeader(header)).toBe(unit);
  });
});
