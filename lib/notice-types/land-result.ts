/** land.result: 出让结果公示 (39号令 ◐). */
import { TRANSACTION_PRICE_WORDS, WINNING_BIDDER_WORDS } from '../cues/award';
import { wordsRe } from '../cues/words';
import { LAND } from './topics';
import { defineNoticeType } from './types';

export const LAND_RESULT = defineNoticeType({
  key: 'land.result',
  labelZh: '土地出让结果公示',
  labelEn: 'Land transfer result',
  field: '国有土地使用权出让',
  // Before land.transfer: 「出让结果」 names both.
  recognise: { topic: LAND, kind: /结果|成交|公布/, rank: 1 },
  items: [
    { key: 'landr.parcel', labelZh: '宗地编号、位置、面积和用途', labelEn: 'Parcel code, location, area, use', source: '39号令', confidence: '◐', find: { cues: [/宗地编号|地块编号|宗地(位置|坐落)|土地(位置|坐落)|地块名称/] } },
    { key: 'landr.winner', labelZh: '竞得人', labelEn: 'Winning bidder', source: '39号令', confidence: '◐', find: { label: wordsRe([...WINNING_BIDDER_WORDS, '竞得单位', '受让单位', '成交人']), value: 'party', window: 80 } },
    { key: 'landr.price', labelZh: '成交价', labelEn: 'Transaction price', source: '39号令', confidence: '◐', find: { label: wordsRe([...TRANSACTION_PRICE_WORDS, '出让价', '竞得价']), value: 'amount', window: 120 } },
  ],
  deadlines: [],
});
