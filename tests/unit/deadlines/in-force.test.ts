import { describe, expect, it } from 'vitest';
import { IN_FORCE_MARGIN_DAYS, inForceWhenPublished, publicationBasis } from '../../../lib/deadlines/in-force';
import { LOOSE, type ReadDate } from '../../../lib/extract/notice-dates';

const since = '2017-10-01';
const date = (key: string, value: string, loose?: ReadDate['loose']): ReadDate => ({ key, value, quote: `${key}: ${value}`, ...(loose ? { loose } : {}) });

describe('inForceWhenPublished: one policy for a rule’s since', () => {
  it.each([
    ['labelled publication the day before', { published: date('publishedAt', '2017-09-30') }, 'not_then'],
    ['loose publication before since still says not then', { published: date('publishedAt', '2017-09-30', LOOSE.lastDate) }, 'not_then'],
    ['labelled publication on the day', { published: date('publishedAt', '2017-10-01') }, 'in_force'],
    ['a date-time counts by its date', { published: date('publishedAt', '2017-10-01T09:00:00+08:00') }, 'in_force'],
    ['loose publication after since alone cannot tell', { published: date('publishedAt', '2018-01-01', LOOSE.lastDate) }, 'unknown'],
    ['no publication date, no other date', {}, 'unknown'],
    ['no publication date, every date a year past since', { earliest: '2018-10-01' }, 'in_force'],
    ['no publication date, a date just under a year past since', { earliest: '2018-09-30' }, 'unknown'],
    ['loose publication, dates a year past since', { published: date('publishedAt', '2019-01-01', LOOSE.lastDate), earliest: '2019-01-01' }, 'in_force'],
  ] as const)('%s → %s', (_n, basis, want) => {
    expect(inForceWhenPublished(since, basis)).toBe(want);
  });

  it('reads an item’s bare publishedAt the way markNotRequiredThen does', () => {
    expect(inForceWhenPublished('2021-01-01', { published: { value: '2020-12-31' } })).toBe('not_then');
    expect(inForceWhenPublished('2021-01-01', { published: { value: '2021-01-01' } })).toBe('in_force');
    expect(inForceWhenPublished('2021-01-01', {})).toBe('unknown');
  });

  it('keeps a one-year margin', () => {
    expect(IN_FORCE_MARGIN_DAYS).toBe(365);
  });
});

describe('publicationBasis', () => {
  it('takes the publication date and the earliest date written with its year', () => {
    const pub = date('publishedAt', '2019-05-10');
    const basis = publicationBasis(
      [pub, date('periodStart', '2019-05-11T09:00:00+08:00'), date('evaluationDate', '2019-05-08'), date('periodDays', '3')],
      pub,
    );
    expect(basis).toEqual({ published: pub, earliest: '2019-05-08' });
  });

  it('ignores a date whose year was assumed', () => {
    const basis = publicationBasis([date('periodStart', '2016-01-01', LOOSE.yearAssumed), date('periodEnd', '2019-01-04')], undefined);
    expect(basis).toEqual({ earliest: '2019-01-04' });
  });

  it('is empty when nothing is dated', () => {
    expect(publicationBasis([], undefined)).toEqual({});
  });
});
