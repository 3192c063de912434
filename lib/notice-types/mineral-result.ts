/** mineral.result: 矿业权出让结果公示 (矿业权规则 ◐). */
import { TRANSACTION_PRICE_WORDS, WINNING_BIDDER_WORDS } from '../cues/award';
import { wordsRe } from '../cues/words';
import { MINERAL } from './topics';
import { defineNoticeType } from './types';

export const MINERAL_RESULT = defineNoticeType({
  key: 'mineral.result',
  labelZh: '矿业权出让结果公示',
  labelEn: 'Mining right result',
  field: '矿业权出让',
  recognise: { topic: MINERAL, kind: /结果|成交/, rank: 1 },
  items: [
    { key: 'minr.winner', labelZh: '竞得人', labelEn: 'Winning bidder', source: '矿业权规则', confidence: '◐', find: { label: wordsRe(WINNING_BIDDER_WORDS), value: 'party', window: 80 } },
    { key: 'minr.price', labelZh: '成交价', labelEn: 'Transaction price', source: '矿业权规则', confidence: '◐', find: { label: wordsRe(TRANSACTION_PRICE_WORDS), value: 'amount', window: 120 } },
  ],
  deadlines: [],
});
