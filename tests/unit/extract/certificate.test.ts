import { describe, expect, it } from 'vitest';
import { type CertificateKind, findCertificates, hasCertificateName } from '../../../lib/extract/certificate';

type Row = [string, { number: string; name?: string; kind: CertificateKind }[]];

describe('findCertificates', () => {
  it.each<Row>([
    // 注册建造师 numbers: province + level digit + digits, old (12) and new (16) length.
    ['浙1332012201300001', [{ number: '浙1332012201300001', kind: 'builder' }]],
    ['湘243060800180', [{ number: '湘243060800180', kind: 'builder' }]],
    ['渝 2502020202102643', [{ number: '渝2502020202102643', kind: 'builder' }]],
    // Table text: the province in one cell, the digits in the next.
    ['王五\n建造师注册证书\n渝\n2502010201100814', [{ number: '渝2502010201100814', name: '建造师注册证书', kind: 'builder' }]],
    ['渝 | 2502021202204832', [{ number: '渝2502021202204832', kind: 'builder' }]],
    ['二级建造师注册证书、藏2542021202201999', [{ number: '藏2542021202201999', name: '二级建造师注册证书', kind: 'builder' }]],
    [
      '中华人民共和国二级建造师注册证书；藏2542021202200111',
      [{ number: '藏2542021202200111', name: '中华人民共和国二级建造师注册证书', kind: 'builder' }],
    ],
    ['赵六 项目经理 一级建造师 豫1412023202400001', [{ number: '豫1412023202400001', name: '一级建造师', kind: 'builder' }]],
    ['项目负责人：钱七（证书编号：湘143131400001）', [{ number: '湘143131400001', kind: 'builder' }]],
    // 安全生产考核合格证 numbers.
    ['浙建安B(2015)0123456', [{ number: '浙建安B(2015)0123456', kind: 'safety' }]],
    ['湘建安B(2019)1100234', [{ number: '湘建安B(2019)1100234', kind: 'safety' }]],
    ['鄂建安C3（2024）0050001', [{ number: '鄂建安C3(2024)0050001', kind: 'safety' }]],
    ['孙八,安全生产考核合格证(C证),鄂水安C20230000999', [{ number: '鄂水安C20230000999', name: '安全生产考核合格证(C证)', kind: 'safety' }]],
    // A list of names then a list of numbers: each number takes the name of its own kind.
    [
      '周九,安全生产考核合格证(B证)、注册一级建造师·建筑工程,赣建安B(2008)0020001、赣1362013201300001',
      [
        { number: '赣建安B(2008)0020001', name: '安全生产考核合格证(B证)', kind: 'safety' },
        { number: '赣1362013201300001', name: '注册一级建造师·建筑工程', kind: 'builder' },
      ],
    ],
    // Labelled numbers of any shape.
    ['总监理工程师 | 姓名 | 吴十 | 注册编号 | 35001234 | 注册专业 | 房屋建筑工程', [{ number: '35001234', kind: 'other' }]],
    ['注册编号\r\n | \r\n\r\n 00451234\r\n', [{ number: '00451234', kind: 'other' }]],
    [
      '注册编号 | CS20153300001 | 等级 | 注册公用设备工程师(给水排水)',
      [{ number: 'CS20153300001', name: '注册公用设备工程师(给水排水)', kind: 'other' }],
    ],
    ['监理工程师注册号：33004321', [{ number: '33004321', kind: 'other' }]],
    ['注册监理工程师，注册证书编号：33009876', [{ number: '33009876', name: '注册监理工程师', kind: 'other' }]],
    ['执业印章号：浙133121200001', [{ number: '浙133121200001', kind: 'builder' }]],
    ['证书编码:0422110100070000099', [{ number: '0422110100070000099', kind: 'other' }]],
    // Full-width digits and brackets.
    ['浙建安Ｂ（２０１５）０１２３４５６', [{ number: '浙建安B(2015)0123456', kind: 'safety' }]],
  ])('%j', (text, expected) => {
    const got = findCertificates(text).map(({ number, name, kind }) => (name ? { number, name, kind } : { number, kind }));
    expect(got).toEqual(expected);
  });

  it.each([
    // A person's ID, company certificates and licences are not the lead's certificate.
    '身份证号：430102199001011234',
    '资质证书编号：D136092714',
    '安全生产许可证号：(赣)JZ安许证字【2005】010178',
    '营业执照注册号：330100000012345',
    // Unlabelled 8-digit numbers, placeholders, dates and codes.
    '33004321',
    '证书编号：详见附件',
    '证书编号：/',
    '2021年3月5日',
    '项目编号：E3301000101234567001',
    '备案编号：浙ICP备05000021',
    '浙江省2021年度',
    '京110101199001011234',
  ])('%j has no certificate', (text) => {
    expect(findCertificates(text)).toEqual([]);
  });

  it('keeps the label in text and reports its index', () => {
    expect(findCertificates('项目负责人：钱七（证书编号：湘143131400001）')).toEqual([
      { text: '证书编号：湘143131400001', number: '湘143131400001', index: 9, kind: 'builder' },
    ]);
  });
});

describe('hasCertificateName', () => {
  it.each<[string, string | undefined]>([
    ['拟派项目经理须具备二级及以上注册建造师资格', '二级及以上注册建造师'],
    ['一级注册建造师（建筑工程）', '一级注册建造师'],
    ['贰级建造师资格证书', '贰级建造师资格证书'],
    ['建造师注册证书', '建造师注册证书'],
    ['注册二级建造师·市政公用工程', '注册二级建造师·市政公用工程'],
    ['具有有效的安全生产考核合格证书(B证)', '安全生产考核合格证书(B证)'],
    ['B类《安全生产考核合格证书》', 'B类《安全生产考核合格证书》'],
    ['水利水电工程专业注册建造师执业资格，水安B证', '注册建造师执业资格'],
    ['注册监理工程师注册执业证书', '注册监理工程师注册执业证书'],
    ['监理工程师注册证书', '监理工程师注册证书'],
    ['一级注册建筑师资格证书', '一级注册建筑师资格证书'],
    ['注册造价工程师', '注册造价工程师'],
    // Roles and generic words are not certificate names.
    ['总监理工程师', undefined],
    ['项目经理', undefined],
    ['建造师', undefined],
    ['项目负责人：张三', undefined],
    ['营业执照副本', undefined],
    ['', undefined],
  ])('%j → %s', (text, name) => {
    expect(hasCertificateName(text)).toBe(name);
  });
});
