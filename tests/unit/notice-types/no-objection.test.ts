import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';

function item(title: string, body: string, key: string) {
  const html = `<html><head><title>${title}</title></head><body><h1>${title}</h1><div><p>${body}</p></div></body></html>`;
  const report = analyze({ html, url: 'https://ggzy.example.com/n', capturedAt: '2025-06-03T18:00:00+08:00' });
  return { type: report.noticeType, outcome: report.items.find((i) => i.key === key)?.outcome };
}

const MINERAL = '出让人：示例县自然资源局，交易机构：示例县公共资源交易中心。矿区范围拐点坐标见下表。竞买申请条件：依法设立的企业。出让方式：挂牌。起始价：100万元，竞价方式：增价。风险提示：竞买人自行踏勘。';

describe('无异议 is no objection channel', () => {
  it('counts an objection clause of a mining-right notice', () => {
    expect(item('示例县石灰岩矿采矿权挂牌出让公告', `${MINERAL}对本公告有异议的，请于公告期内以书面形式提出。`, 'min.objection')).toEqual({
      type: 'mineral.transfer',
      outcome: 'present',
    });
  });

  it('does not count "公示期满无异议的" as one', () => {
    const found = item('示例县石灰岩矿采矿权挂牌出让公告', `${MINERAL}公示期满无异议的，签订出让合同。`, 'min.objection');
    expect(found.type).toBe('mineral.transfer');
    expect(found.outcome).not.toBe('present');
  });
});
