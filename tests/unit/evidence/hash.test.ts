import { describe, expect, it } from 'vitest';
import { isSha256Hex, normalizeNoticeText, noticeTextHash, sha256Hex } from '../../../lib/evidence/hash';

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 vectors', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes strings as UTF-8 and bytes as given', async () => {
    const bytes = new TextEncoder().encode('公示');
    expect(await sha256Hex('公示')).toBe(await sha256Hex(bytes));
    // A view into a larger buffer hashes only its own bytes.
    const big = new Uint8Array([0, 0x61, 0x62, 0x63, 0]);
    expect(await sha256Hex(big.subarray(1, 4))).toBe(await sha256Hex('abc'));
    expect(isSha256Hex(await sha256Hex('x'))).toBe(true);
    expect(isSha256Hex('ABC')).toBe(false);
  });
});

describe('normalizeNoticeText / noticeTextHash', () => {
  const base = '项目名称：某某工程\n投标报价：5000000元\n公示期：2024年5月1日至5月3日';

  it('gives the same hash for layout-only differences', async () => {
    const variants = [
      base,
      `  ${base.replace(/\n/g, '\r\n')}  \n\n`,
      base.replace('5000000', '５０００００0'), // full-width digits
      base.replace('项目', '项\u200B目').replace('公示', '公\uFEFF示'), // zero-width
      base.replace('：某某', '：\u3000某某').replace('5000000元', '5000000\u00A0 元'), // odd spaces
      base.replace('投标报价', '投 标 报 价'), // spaced-out label
      base.replace(/\n/g, '\n\n\u3000\n'), // blank and space-only lines
      base.normalize('NFD'),
    ];
    const want = await noticeTextHash(base);
    for (const v of variants) expect(await noticeTextHash(v), JSON.stringify(v)).toBe(want);
  });

  it('changes the hash for a real edit', async () => {
    const want = await noticeTextHash(base);
    for (const edit of [
      base.replace('5000000', '5500000'),
      base.replace('5月3日', '5月4日'),
      base.replace('某某工程', '某某工程（二标段）'),
      base.split('\n').slice(0, 2).join('\n'),
      base.split('\n').reverse().join('\n'),
    ]) {
      expect(await noticeTextHash(edit)).not.toBe(want);
    }
  });

  it('keeps spaces between Latin words and digits', async () => {
    expect(await noticeTextHash('编号 No. 12')).not.toBe(await noticeTextHash('编号 No. 13'));
    expect(await noticeTextHash('AB 12')).not.toBe(await noticeTextHash('AB12'));
  });

  it('is idempotent and trims', () => {
    const once = normalizeNoticeText(' \u3000甲\u00A0 乙 \r\n\r\nNo.\u00A0\u3000 12\u2028丁 A\n');
    expect(once).toBe('甲乙\nNo. 12\n丁A');
    expect(normalizeNoticeText(once)).toBe(once);
  });
});
