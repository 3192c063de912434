import { describe, expect, it } from 'vitest';
import { toChecked } from '../../../lib/deadlines/outcome';
import { DEADLINE_RULES } from '../../../lib/deadlines/rules';
import { checkWithin } from '../../../lib/deadlines/within';
import { LOOSE, type ReadDate } from '../../../lib/extract/notice-dates';

const date = (value: string, loose?: ReadDate['loose']): ReadDate => ({ key: 'x', value, quote: `q ${value}`, ...(loose ? { loose } : {}) });
const afterEvaluation = {
  after: { zh: '评标后', en: 'after the evaluation' },
  act: { zh: '公示', en: 'published' },
  early: { zh: '公示日期早于评标日期', en: 'published before the evaluation date' },
};
const afterSigning = {
  after: { zh: '合同签订后', en: 'after signing' },
  act: { zh: '公告', en: 'published' },
  early: { zh: '公告日期早于合同签订日期', en: 'published before the signing date' },
};
const within3 = (event: ReadDate, shown: ReadDate) => toChecked(checkWithin(DEADLINE_RULES.candidates_published, event, shown, afterEvaluation));
const within2wd = (event: ReadDate, shown: ReadDate) => toChecked(checkWithin(DEADLINE_RULES.gp_contract_publish, event, shown, afterSigning));

describe('checkWithin: shown within N calendar days of an event', () => {
  it('passes within the days, quoting both dates', () => {
    const r = within3(date('2025-03-10'), date('2025-03-13'));
    expect(r).toMatchObject({ outcome: 'ok', days: 3, from: '2025-03-10', to: '2025-03-13', evidence: ['q 2025-03-10', 'q 2025-03-13'] });
    expect(r.reason).toBe('评标后第3日公示，在3日内 / published 3 days after the evaluation, within 3');
    expect(within3(date('2025-03-10'), date('2025-03-11')).reason).toMatch(/published 1 day after the evaluation, within 3$/);
  });

  it('passes a last day moved off a rest day', () => {
    // 2025-03-13 (Thu) + 3 = Sunday 03-16: the time runs to Monday 03-17.
    const r = within3(date('2025-03-13'), date('2025-03-17'));
    expect(r.outcome).toBe('ok');
    expect(r.reason).toBe('评标后第4日公示；第3日为休息日，顺延至2025-03-17 / published 4 days after the evaluation; day 3 was a rest day, so the time ran to 2025-03-17');
  });

  it('accuses a late notice, unless a date was read loosely', () => {
    const r = within3(date('2025-03-13'), date('2025-03-18'));
    expect(r.outcome).toBe('violation');
    expect(r.reason).toBe('评标后第5日公示，超过3日 / published 5 days after the evaluation, more than 3');
    const loose = within3(date('2025-03-13'), date('2025-03-18', LOOSE.lastDate));
    expect(loose.outcome).toBe('uncertain');
    expect(loose.reason).toMatch(/；发布日期取自正文末尾未标注的日期，不作违规认定 \//);
  });

  it('is uncertain when shown before the event', () => {
    expect(within3(date('2025-03-13'), date('2025-03-12'))).toMatchObject({ outcome: 'uncertain', days: -1, reason: '公示日期早于评标日期 / published before the evaluation date' });
  });
});

describe('checkWithin: shown within N working days of an event', () => {
  it('counts working days after the event (2025-03-14 is a Friday)', () => {
    const ok = within2wd(date('2025-03-14'), date('2025-03-18'));
    expect(ok).toMatchObject({ outcome: 'ok', days: 2, unit: 'working' });
    expect(ok.reason).toBe('合同签订后第2个工作日公告，在2个工作日内 / published 2 working days after signing, within 2');
    const late = within2wd(date('2025-03-14'), date('2025-03-19'));
    expect(late).toMatchObject({ outcome: 'violation', days: 3 });
    expect(late.reason).toBe('合同签订后第3个工作日公告，超过2个工作日 / published 3 working days after signing, more than 2');
  });

  it('is uncertain when published before signing', () => {
    expect(within2wd(date('2025-03-14'), date('2025-03-13')).reason).toBe('公告日期早于合同签订日期 / published before the signing date');
  });
});
