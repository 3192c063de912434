/** property.result: 产权交易结果公告 (32号令 ◐). */
import { TRANSACTION_PRICE_WORDS, WINNING_BIDDER_WORDS } from '../cues/award';
import { wordsRe } from '../cues/words';
import { PROPERTY } from './topics';
import { defineNoticeType } from './types';

export const PROPERTY_RESULT = defineNoticeType({
  key: 'property.result',
  labelZh: '产权交易结果公告',
  labelEn: 'State property result',
  field: '国有产权交易',
  recognise: { topic: PROPERTY, kind: /结果|成交/, rank: 1 },
  items: [
    { key: 'propr.price', labelZh: '交易价格', labelEn: 'Transaction price', source: '32号令', confidence: '◐', find: { label: wordsRe([...TRANSACTION_PRICE_WORDS, '交易价格']), value: 'amount', window: 120 } },
    { key: 'propr.buyer', labelZh: '受让方', labelEn: 'Buyer', source: '32号令', confidence: '◐', find: { label: wordsRe(['受让方', ...WINNING_BIDDER_WORDS, '承租方']), value: 'party', window: 80 } },
  ],
  deadlines: [],
});
