import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { collapseHtmlSpace } from '../../../lib/page/dom-text';

describe('names before phones: the author’s own separators stay (issue 9, 87号令 Art.13 项目联系人)', () => {
  it.each([
    ['项目联系人：王女士　电话：0736-8800123', '项目联系人：王女士 电话：0736-8800123'],
    ['联系人：李工\u00a0\u00a0联系电话：0571-88001234', '联系人：李工 联系电话：0571-88001234'],
    ['公　示　期：3日', '公示期：3日'],
    ['投 标 报 价', '投标报价'],
    ['4.2抽 签时间', '4.2抽签时间'],
  ])('%s', (raw, read) => {
    expect(collapseHtmlSpace(raw)).toBe(read);
  });

  it('reads the contact person and the phone of a procurement tender as two values', () => {
    const html = `<html><body><div class="article-content"><h1>示范县办公设备采购项目公开招标公告</h1>
      <p>项目编号：SF-2025-01　项目名称：示范县办公设备采购项目</p><p>预算金额：100万元</p>
      <p>项目联系人：王女士　电话：0736-8800123</p>${'<p>其他事项按招标文件执行。</p>'.repeat(12)}</div></body></html>`;
    const report = analyze({ html, url: 'https://www.ccgp.gov.cn/x.htm', capturedAt: '2025-06-03T18:00:00+08:00' });
    const contact = report.items.find((i) => i.key === 'gp.project_contact');
    expect(contact?.outcome).toBe('present');
    expect(contact?.evidence?.text).toContain('王女士');
    expect(contact?.evidence?.text).not.toContain('王女士电话');
  });
});
