import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const filler = '本公告依据有关规定发布，请有意向的单位和个人关注相关信息，并按要求办理相关手续。'.repeat(3);

function typeOf(title: string, body: string): string {
  const html = `<html><head><title>${title}</title></head><body><h1>${title}</h1><div><p>${body}</p><p>${filler}</p></div></body></html>`;
  return analyze({ html, url: 'https://ggzy.example.com/n', capturedAt: '2025-06-03T18:00:00+08:00' }).noticeType;
}

describe('notice type of every kind rules.md lists', () => {
  it.each([
    ['某道路工程施工招标公告', '招标条件：本项目已批准。投标人资格要求：施工总承包二级。', 'construction.tender'],
    ['某学校教学楼工程资格预审公告', '申请人资格要求如下。', 'construction.tender'],
    ['某道路工程中标候选人公示', '第一中标候选人：示例建设有限公司。公示期3日。', 'construction.candidates'],
    ['某道路工程中标结果公示', '中标人：示例建设有限公司，中标价：100万元。', 'construction.result'],
    ['某医院设备采购项目公开招标公告', '采购人：示例医院。预算金额：100万元。', 'procurement.tender'],
    ['某单位物业服务竞争性磋商公告', '采购人：示例单位。供应商资格要求。', 'procurement.tender'],
    ['某设备采购项目中标（成交）结果公告', '中标供应商：示例科技有限公司。', 'procurement.result'],
    ['某设备采购项目合同公告', '采购人：示例医院；供应商：示例公司；合同金额：10万元。', 'procurement.contract'],
    ['某设备采购项目更正公告', '采购人：示例医院。更正事项：开标时间。', 'procurement.correction'],
    ['示例市国有建设用地使用权挂牌出让公告', '出让宗地编号、面积、用途如下。', 'land.transfer'],
    ['示例市国有建设用地使用权挂牌出让结果公示', '竞得人：示例置业有限公司，成交价：1000万元。', 'land.result'],
    ['示例县石灰岩矿采矿权挂牌出让公告', '矿区范围拐点坐标如下。', 'mineral.transfer'],
    ['示例县石灰岩矿采矿权出让结果公示', '竞得人：示例矿业有限公司。', 'mineral.result'],
    ['示例集团有限公司股权转让信息披露公告', '转让标的：示例公司30%股权。', 'property.disclosure'],
    ['示例公司股权转让交易结果公告', '受让方：示例投资有限公司，交易价格：500万元。', 'property.result'],
    ['示例市2025年公租房配租结果公示', '分配对象名单如下，公示期7日。', 'housing.allocation'],
    ['示例市2025年保障性安居工程建设计划', '开工建设套数如下。', 'housing.construction'],
    ['某道路工程开标记录', '投标人：示例建设有限公司，投标报价：100万元。', 'none'],
    ['某道路工程招标文件澄清（答疑）纪要', '对招标文件作如下澄清。', 'none'],
    ['示例市2025年国有建设用地供应计划', '计划供应面积如下。', 'none'],
  ])('%s → %s', (title, body, expected) => {
    expect(typeOf(title, body)).toBe(expected);
  });
});
