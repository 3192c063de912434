import { describe } from 'vitest';
import { AWARD_PRICE, TENDER_PRICE_MENTION, TRANSACTION_PRICE_WORDS, WINNING_BIDDER_WORDS } from '../../../lib/cues/award';
import { wordsRe } from '../../../lib/cues/words';
import { table } from './table';

describe('award cues', () => {
  table('AWARD_PRICE', AWARD_PRICE, ['中标价：100万元', '中标金额', '成交价', '成交金额（元）'], ['预算金额', '投标报价', '最高限价']);
  table('TENDER_PRICE_MENTION', TENDER_PRICE_MENTION, ['中标价', '中标金额'], ['成交价', '投标报价']);
  table('TRANSACTION_PRICE_WORDS', wordsRe(TRANSACTION_PRICE_WORDS), ['成交价', '成交金额'], ['起始价', '保证金']);
  table('WINNING_BIDDER_WORDS', wordsRe(WINNING_BIDDER_WORDS), ['竞得人：', '受让人'], ['出让人', '竞买人']);
});
