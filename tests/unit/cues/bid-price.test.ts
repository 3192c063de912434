import { describe } from 'vitest';
import { AWARD_PRICE_LABEL, BID_AMOUNT_HEADER, BID_PRICE_HEADER } from '../../../lib/cues/bid-price';
import { table } from './table';

describe('bid-price cues', () => {
  table('BID_AMOUNT_HEADER', BID_AMOUNT_HEADER, ['投标报价（元）', '报价', '投标总价', '投标金额(万元)'], ['下浮率', '费率', '工期']);
  table('BID_PRICE_HEADER', BID_PRICE_HEADER, ['投标报价（元）', '下浮率（%）', '费率', '优惠率', '中标价'], ['工期', '质量', '项目经理']);
  table('AWARD_PRICE_LABEL', AWARD_PRICE_LABEL, ['中标价：', '中标金额', '成交价', '合同金额', '中标下浮率'], ['预算金额', '最高限价']);
});
