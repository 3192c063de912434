import { describe, expect, it } from 'vitest';
import { PageAssembly } from '../../lib/capture/page-port';

describe('a page handed over in chunks', () => {
  it('is put together in order, whole, once the rest of the page read arrives', () => {
    const a = new PageAssembly(100);
    expect(a.take({ chunk: '<html><body>' })).toBeUndefined();
    expect(a.take({ chunk: '<p>公告</p></body></html>' })).toBeUndefined();
    expect(a.take({ done: { url: 'http://x/1', capturedAt: '2025-01-01T00:00:00Z', title: 't' } })).toEqual({
      html: '<html><body><p>公告</p></body></html>',
      url: 'http://x/1',
      capturedAt: '2025-01-01T00:00:00Z',
      title: 't',
    });
  });

  it('keeps no more than the cap, whatever the sender sends', () => {
    const a = new PageAssembly(10);
    for (let i = 0; i < 5; i++) a.take({ chunk: '0123456' });
    expect(a.take({ done: { url: 'http://x/1', capturedAt: '2025-01-01T00:00:00Z' } })?.html).toBe('0123456012');
  });
});
