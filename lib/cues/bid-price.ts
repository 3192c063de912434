/** Bid price: the headers under which a candidate's bid is given, as an amount or as a rate. */
import { anyOf } from './words';

/** Headers of a bid amount. */
export const BID_AMOUNT_WORDS = ['投标报价', '报价', '投标价', '投标总价', '投标金额'] as const;

/** A bid amount header (the cross-check reads yuan from it). */
export const BID_AMOUNT_HEADER = new RegExp(BID_AMOUNT_WORDS.join('|'));

/** A bid header: an amount, or a rate (下浮率, 费率, 优惠率…) that some tenders are priced by. */
export const BID_PRICE_HEADER = new RegExp(`${anyOf(BID_AMOUNT_WORDS)}|中标价|下浮(比例|率|系数)?|费率|优惠率|折扣率|让利`);

/** An award price label: what the winner will be paid. */
export const AWARD_PRICE_LABEL = /中标(价|金额|价格|报价|下浮率)|成交(价|金额)|合同(价|金额)|中标费率|投标报价/;
