/** Award: who won a transfer or a tender, and at what price (成交价, 中标金额, 竞得人…). */
import { wordsRe } from './words';

/** The price a transaction closed at. */
export const TRANSACTION_PRICE_WORDS = ['成交价', '成交金额'] as const;

/** A winning bid's price in a tender result (中标价, 中标金额) or a transaction's. */
export const AWARD_PRICE = wordsRe(['中标价', '中标金额', ...TRANSACTION_PRICE_WORDS]);

/** A tender result naming its price in passing. */
export const TENDER_PRICE_MENTION = wordsRe(['中标价', '中标金额']);

/** The party that won a transfer (竞得人) or took it over (受让人). */
export const WINNING_BIDDER_WORDS = ['竞得人', '受让人'] as const;
