import { describe, expect, it } from 'vitest';
import { appendEntry, canonicalJson, chainHead, type CustodyEntry, GENESIS_HASH, verifyChain } from '../../../lib/evidence/chain';
import { sha256Hex } from '../../../lib/evidence/hash';

async function threeEntries(): Promise<CustodyEntry[]> {
  const h = await sha256Hex('page');
  const e1 = await appendEntry(undefined, { kind: 'capture', at: '2024-05-01T02:30:00.000Z', url: 'https://a.example/1', partsHashes: { 'page.html': h } });
  const e2 = await appendEntry(e1, { kind: 'note', at: '2024-05-01T03:00:00.000Z', partsHashes: {}, note: '已向监督部门反映' });
  const e3 = await appendEntry(e2, { kind: 'export', at: '2024-05-02T01:00:00.000Z', partsHashes: { 'bundle.zip': await sha256Hex('zip') } });
  return [e1, e2, e3];
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x', null], c: true }, u: undefined })).toBe('{"a":{"c":true,"d":[1,"x",null]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });
});

describe('custody chain', () => {
  it('links entries and verifies', async () => {
    const chain = await threeEntries();
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(chain[0]?.prevHash).toBe(GENESIS_HASH);
    expect(chain[1]?.prevHash).toBe(chain[0]?.entryHash);
    expect(chainHead(chain)).toBe(chain[2]?.entryHash);
    expect(await verifyChain(chain)).toEqual({ ok: true });
    expect(await verifyChain([])).toEqual({ ok: true });
    // Survives a JSON round trip (as in chain.json or IndexedDB).
    expect(await verifyChain(JSON.parse(JSON.stringify(chain)))).toEqual({ ok: true });
  });

  it('names the altered entry', async () => {
    const chain = await threeEntries();
    const altered = chain.map((e) => ({ ...e }));
    if (altered[1]) altered[1].note = '已删除';
    const r = await verifyChain(altered);
    expect(r).toMatchObject({ ok: false, at: 2 });
    expect(r.ok ? '' : r.problem).toMatch(/entryHash/);
  });

  it('names the next entry when an altered entry was re-hashed', async () => {
    const chain = await threeEntries();
    const e1 = chain[0] as CustodyEntry;
    const forged = await appendEntry(e1, { kind: 'note', at: '2024-05-01T03:00:00.000Z', partsHashes: {}, note: '已删除' });
    const r = await verifyChain([e1, forged, chain[2]]);
    expect(r).toMatchObject({ ok: false, at: 3 });
  });

  it('catches a removed or reordered entry, a bad part hash and junk', async () => {
    const [e1, e2, e3] = await threeEntries();
    expect(await verifyChain([e1, e3])).toMatchObject({ ok: false, at: 2 });
    expect(await verifyChain([e2, e1, e3])).toMatchObject({ ok: false, at: 1 });
    expect(await verifyChain([e1, { ...e2, partsHashes: { x: 'nothex' } }])).toMatchObject({ ok: false, at: 2 });
    expect(await verifyChain([e1, 'junk'])).toMatchObject({ ok: false, at: 2 });
  });

  it('refuses malformed input on append', async () => {
    await expect(appendEntry(undefined, { kind: 'capture', at: '2024-05-01T00:00:00Z', partsHashes: { x: 'abc' } })).rejects.toThrow();
    await expect(appendEntry(undefined, { kind: 'capture', at: 'yesterday', partsHashes: {} })).rejects.toThrow();
  });
});
