import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import type { Report } from '../../lib/types';

// A mention is not a disclosure, and an unread part is not an absence: sentences a reviewer found misread.
const at = '2025-06-03T18:00:00+08:00';
const filler = '<p>本项目严格执行招标投标法律法规，接受社会各界监督，欢迎有关单位和个人依法反映情况。</p>';

function page(title: string, body: string): Report {
  const html = `<html><head><title>${title}</title></head><body><h1>${title}</h1><div>${body}${filler.repeat(3)}</div></body></html>`;
  return analyze({ html, url: 'https://ggzy.example.com/n/1', capturedAt: at });
}

function outcome(r: Report, key: string) {
  return r.items.find((i) => i.key === key)?.outcome;
}

describe('a mention is not a disclosure', () => {
  it('a phone number is not a winning price, and the agency is not the winner', () => {
    const r = page(
      '示例道路工程中标结果公示',
      '<p>中标人应在中标通知书发出之日起30日内签订合同，合同价款按中标价确定。</p><p>招标代理机构：示例招标咨询有限公司，联系电话：13812345678。</p>',
    );
    expect(r.noticeType).toBe('construction.result');
    expect(outcome(r, 'result.price')).not.toBe('present');
    expect(outcome(r, 'result.winner')).not.toBe('present');
  });

  it('"保证工程质量" is not a quality standard, "未经…同意" is not an approval', () => {
    const r = page(
      '示例道路工程中标候选人公示',
      '<p>第一中标候选人：示例建设有限公司，投标报价：1,234,567.00元。</p><p>中标人须保证工程质量，未经招标人书面同意不得分包。</p><p>公示期：2025年6月3日至2025年6月6日。</p>',
    );
    expect(outcome(r, 'candidates.quality')).not.toBe('present');
    const tender = page(
      '示例道路工程施工招标公告',
      '<p>1.招标条件</p><p>未经招标人书面同意不得分包。</p><p>2.投标人资格要求：施工总承包二级。</p><p>3.投标文件递交截止时间：2025年6月24日9时30分。</p>',
    );
    expect(outcome(tender, 'tender.conditions')).toBe('present'); // the heading 招标条件 is the item's own section
    const noHeading = page(
      '示例道路工程施工招标公告',
      '<p>本工程其他说明：未经招标人书面同意不得分包。</p><p>投标人资格要求：施工总承包二级。</p><p>投标文件递交截止时间：2025年6月24日9时30分。</p>',
    );
    expect(outcome(noHeading, 'tender.conditions')).not.toBe('present');
  });

  it('the bid deadline in the 格式规范2020 opening is not a document-access period', () => {
    const r = page(
      '示例医院设备采购项目公开招标公告',
      '<p>项目概况：潜在投标人应在示例市政府采购网获取招标文件，并于2025年6月24日9点30分（北京时间）前递交投标文件。</p><p>采购人：示例医院，联系电话：0571-88000001。预算金额：100万元。</p>',
    );
    expect(r.noticeType).toBe('procurement.tender');
    expect(outcome(r, 'gp.document_access')).not.toBe('present');
  });

  it('the agency fee sentence does not make a procurement winner', () => {
    const r = page(
      '示例医院设备采购项目中标（成交）结果公告',
      '<p>一、中标信息：详见附件。</p><p>二、代理服务收费：按中标金额的1.5%收取，计人民币9000元。</p><p>采购人：示例医院，联系电话：0571-88000001。</p>',
    );
    expect(outcome(r, 'gpr.winner')).not.toBe('present');
  });
});

describe('an unread part is not an absence', () => {
  it('items deferred in one clause ("…请查看附件") are uncertain, not present', () => {
    const r = page(
      '示例道路工程中标候选人公示',
      '<p>第一中标候选人：示例建设有限公司，投标报价：1,234,567.00元。</p><p>工期、质量、项目负责人及其证书请查看附件。</p><p>公示期：2025年6月3日至2025年6月6日。</p>',
    );
    expect(outcome(r, 'candidates.quality')).toBe('uncertain');
    expect(outcome(r, 'candidates.duration')).toBe('uncertain');
  });

  it('a candidate table whose price cells say 详见附件 is uncertain for bid prices', () => {
    const r = page(
      '示例道路工程中标候选人公示',
      '<table><tr><td>排名</td><td>单位名称</td><td>投标报价</td></tr><tr><td>1</td><td>示例建设有限公司</td><td>详见附件</td></tr><tr><td>2</td><td>青禾建工有限公司</td><td>详见附件</td></tr></table><p>公示期：2025年6月3日至2025年6月6日。</p>',
    );
    expect(outcome(r, 'candidates.bid_price')).toBe('uncertain');
  });

  it('content shown as a picture ("见下图") makes unfound items uncertain', () => {
    const r = page(
      '示例道路工程中标候选人公示',
      '<p>经评标委员会评审，中标候选人为示例建设有限公司、青禾建工有限公司、样板建设有限公司，详细情况见下图：</p><img src="/upload/2025/hxr-table.png">',
    );
    expect(r.items.some((i) => i.outcome === 'missing')).toBe(false);
    expect(r.bodyIssue).toMatch(/图片|image/);
  });

  it('a result notice that mentions the recommended candidates stays a result notice', () => {
    const r = page(
      '示例道路工程中标结果公示',
      '<p>根据评标委员会推荐的中标候选人，确定中标人：示例建设有限公司，中标价：1,234,567.00元。</p><p>公示时间：2025年6月3日至2025年6月5日。</p>',
    );
    expect(r.noticeType).toBe('construction.result');
  });
});
