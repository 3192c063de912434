import { describe, expect, it } from 'vitest';
import { htmlCutOff, textCutOff } from '../../../lib/page/cut-off';

const lines = (s: string) => s.split('\n');

describe('a notice text cut short is recognised', () => {
  it.each([
    ['ends on a comma', '一、项目概况\n本项目位于示范县，'],
    ['ends mid-sentence in prose', '一、项目概况\n本项目为示范县境内县道、乡道、村道共计612.4公里农村公路的日常养护'],
    ['ends without its closing block', '一、中标候选人\n第一名 示例建设有限公司\n投标报价 1234567.00\n二、项目负责人\n王五\n注册编号\n浙1332021000000003'],
    ['ends on a table cell with a long number only', '排名\n单位名称\n1\n示例建设有限公司 |\n1332021000000003 |'],
  ])('%s', (_name, text) => {
    expect(textCutOff(lines(text))).toBeDefined();
  });

  it.each([
    ['ends with the closing formula and date', '一、中标候选人\n第一名 示例建设有限公司\n特此公示。\n示范县示例中心\n2025年6月3日'],
    ['ends with contacts', '六、联系方式\n招标人：示范县示例中心\n联系人：王工\n联系电话：0571-88001234'],
    ['ends with an attachment name', '详见附件。\n附件：\n中标候选人公示.pdf'],
    ['ends on a full sentence', '八、采购项目需要落实的政府采购政策：\n小微企业价格扣除、节能环保产品优先采购。'],
    ['ends with a date split over cells', '招标人（盖章）|\n2026年 |\n3月 |\n16日 |'],
    ['ends on an empty form field after contacts', '代理机构：示例咨询有限公司\n电话：0571-88001301\n电子邮件:'],
  ])('%s is whole', (_name, text) => {
    expect(textCutOff(lines(text))).toBeUndefined();
  });
});

describe('markup cut short is recognised', () => {
  it.each([
    ['ends inside a tag', '<html><body><p>示范县中标候选人公示</p><p class="x'],
    ['a full page never closes', '<html><body><p>示范县中标候选人公示</p><p>第一名</p>'],
    ['a fragment ends inside an element', '<div><p>示范县中标候选人公示</p><p>第一名 示例建设'],
    ['ends inside a table', '<div><table><tr><td>第一名</td></tr>'],
    ['a fragment whose wrapper never closes', '<div class="article-body"><p>示范县施工招标公告</p><p>6.2逾期送达的投标文件不予受理。</p>'],
  ])('%s', (_name, html) => {
    expect(htmlCutOff(html)).toBeDefined();
  });

  it.each([
    ['a whole page', '<html><body><p>示范县中标候选人公示</p></body></html>\n'],
    ['a whole fragment', '<div><p>示范县中标候选人公示</p><table><tr><td>第一名</td></tr></table></div>'],
  ])('%s is whole', (_name, html) => {
    expect(htmlCutOff(html)).toBeUndefined();
  });
});
