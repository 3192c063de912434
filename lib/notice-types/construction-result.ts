/** construction.result: 中标结果公示 (97号 中标结果; 令10 Art.6). Winner and price are read once, shared with the cross-check. */
import { AWARD_PRICE, TENDER_PRICE_MENTION } from '../cues/award';
import { LEAD, LEAD_NAME_LABEL } from '../cues/project-lead';
import { awardPrice, awardWinner } from '../checks/award';
import { winnerFacts } from '../checks/facts';
import { defineNoticeType } from './types';

export const CONSTRUCTION_RESULT = defineNoticeType({
  key: 'construction.result',
  labelZh: '中标结果公示',
  labelEn: 'Award result (construction)',
  field: '工程建设项目招标投标',
  recognise: { kinds: ['result'], field: 'works' },
  items: [
    {
      key: 'result.winner',
      labelZh: '中标人名称',
      labelEn: 'Winning bidder',
      source: '97号 (中标结果); 令10 Art.6',
      confidence: '✔',
      find: awardWinner,
    },
    {
      key: 'result.price',
      labelZh: '中标价',
      labelEn: 'Winning price',
      source: '97号 (中标结果)',
      confidence: '✔',
      mention: TENDER_PRICE_MENTION,
      find: { firstOf: [awardPrice, { label: AWARD_PRICE, value: 'amount', window: 60 }] },
    },
    {
      key: 'result.project_lead',
      labelZh: '项目负责人',
      labelEn: 'Project lead',
      source: 'common practice',
      confidence: '✖',
      mention: LEAD,
      find: { label: LEAD_NAME_LABEL, value: 'person', window: 120 },
    },
  ],
  deadlines: [],
  facts: winnerFacts,
});
