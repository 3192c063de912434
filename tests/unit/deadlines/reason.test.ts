import { describe, expect, it } from 'vitest';
import { addPart, reasonOf, renderReason, unitEn, unitZh } from '../../../lib/deadlines/reason';

describe('deadline reasons: parts until rendered once', () => {
  it('renders Chinese parts joined by "；", English by "; ", the two by " / "', () => {
    const r = addPart(reasonOf({ zh: '公示期2日，少于3日', en: 'publicity period 2 days, less than 3' }), { zh: '起始日不计入', en: 'the start day is not counted' });
    expect(r).toEqual({ zh: ['公示期2日，少于3日', '起始日不计入'], en: ['publicity period 2 days, less than 3', 'the start day is not counted'] });
    expect(renderReason(r)).toBe('公示期2日，少于3日；起始日不计入 / publicity period 2 days, less than 3; the start day is not counted');
  });

  it('starts a reason when there is none', () => {
    expect(addPart(undefined, { zh: '已结束', en: 'ended' })).toEqual({ zh: ['已结束'], en: ['ended'] });
  });

  it('names units', () => {
    expect([unitZh('calendar'), unitZh('working')]).toEqual(['日', '个工作日']);
    expect([unitEn('calendar', 1), unitEn('calendar', 2), unitEn('working', 1), unitEn('working', 5)]).toEqual(['day', 'days', 'working day', 'working days']);
  });
});
