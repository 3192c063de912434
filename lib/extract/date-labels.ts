/**
 * The labels that name a notice's dates (发布日期, 公示期, 获取招标文件时间, 投标截止时间…), each with the
 * keys its value fills, and where in a text they occur.
 */
import { LOOSE, type Looseness } from './date-looseness';

/** A label and what the date, range or duration after it fills. */
export interface Label {
  re: RegExp;
  /** Key for a lone date after the label. */
  single?: string;
  /** Keys for a range after the label. */
  start?: string;
  end?: string;
  /** Base of the duration keys (`${days}Days`, `${days}WorkingDays`). */
  days?: string;
  /** A lone date goes to `end` when 至/截止 comes before it (获取时间：/至2021年7月19日). */
  loneToEnd?: boolean;
  /** The label does not count right after these words (招标公告发布日期 is not this notice's date). */
  notAfter?: RegExp;
  /** Added to the rank: higher is weaker. */
  rank?: number;
  /** Every value of this label is loose (a generic label). */
  loose?: Looseness;
  /** A value after this label without a colon (same clause only) is loose. */
  weakIsLoose?: boolean;
  /** A range after a `single` label gives its end (the evaluation ends, then the report is made). */
  singleAtEnd?: boolean;
}

// Label words are matched with spaces between their characters ("公 示 期", "日  期"), not across lines.
function words(...ws: string[]): string {
  return [...ws]
    .sort((a, b) => b.length - a.length)
    .map((w) =>
      [...w]
        .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .map((c) => (c === '（' || c === '(' ? '[（(]' : c === '）' || c === ')' ? '[）)]' : c))
        .join('[ \\t]*'),
    )
    .join('|');
}
function re(src: string): RegExp {
  return new RegExp(src, 'g');
}

const DOC = '(?:招标|采购|磋商|竞争性磋商|谈判|竞争性谈判|询价|资格预审|比选|出让|挂牌|拍卖|竞买|遴选)';
const TAKE = '(?:获取|发售|出售|领取|下载|索取|提供|购买)';

/** The date labels and the keys their values fill; `rank` orders readings of one key. */
export const LABELS: Label[] = [
  {
    re: re(
      words('信息发布时间', '信息发布日期', '公告发布时间', '公告发布日期', '发布时间', '发布日期', '信息时间', '更新时间', '发稿时间', '公告日期'),
    ),
    single: 'publishedAt',
    notAfter: /(?:招标|采购|首次|原|询价|磋商|谈判|资格预审|预审)\s*$/,
  },
  {
    re: re(words('公告时间')),
    single: 'publishedAt',
    start: 'noticePeriodStart',
    end: 'noticePeriodEnd',
    notAfter: /(?:招标|采购|首次|原)\s*$/,
  },
  { re: re(words('公示日期')), single: 'publishedAt', start: 'periodStart', end: 'periodEnd', days: 'period' },
  {
    re: re(words('中标候选人公示期', '公示起止时间', '公示起止日期', '公示期限', '公示时间', '公示期为', '公示期')),
    start: 'periodStart',
    end: 'periodEnd',
    days: 'period',
  },
  { re: re(words('公示开始时间', '公示开始日期', '公示起始时间', '公示起始日期')), single: 'periodStart' },
  {
    re: re(words('公示结束时间', '公示结束日期', '公示截止时间', '公示截止日期', '公示截止期', '公示截至')),
    single: 'periodEnd',
  },
  {
    re: re(words('信息披露期', '披露公告期', '公告期限', '披露期限', '公告期', '披露期')),
    start: 'noticePeriodStart',
    end: 'noticePeriodEnd',
    single: 'noticePeriodEnd',
    days: 'noticePeriod',
  },
  { re: re(words('公告开始时间', '公告起始时间', '披露开始时间')), single: 'noticePeriodStart' },
  {
    re: re(words('公告结束时间', '公告截止时间', '公告截止日期', '披露截止时间', '披露截止日期')),
    single: 'noticePeriodEnd',
  },
  {
    re: re(
      `${DOC}?(?:申请)?文件(?:的)?${TAKE}(?:时间|期限|日期|期)?|${TAKE}${DOC}(?:申请)?文件(?:的)?(?:时间|期限|日期)?|${words('发售时间', '发售期', '出售时间', '获取时间', '文件提供期限')}`,
    ),
    single: 'docAccessStart',
    start: 'docAccessStart',
    end: 'docAccessEnd',
    days: 'docAccess',
    loneToEnd: true,
  },
  {
    re: re(
      `(?:投标|响应|资格预审申请|申请|磋商响应|报价|竞买)文件(?:的)?(?:递交|提交|上传|送达)?(?:的)?截止(?:时间|日期)?|(?:递交|提交|上传)(?:投标|响应|资格预审申请|磋商响应|首次响应)?文件(?:的)?截止(?:时间|日期)?|${words('投标截止时间', '投标截止日期', '递交截止时间', '提交截止时间', '截标时间')}`,
    ),
    single: 'bidDeadline',
  },
  { re: re(words('响应文件提交', '投标文件递交', '投标文件提交', '投标文件的递交')), single: 'bidDeadline', rank: 1 },
  {
    re: re(words('截止时间', '截止日期')),
    single: 'bidDeadline',
    rank: 2,
    loose: LOOSE.genericDeadline,
    notAfter:
      /(?:公示|公告|报名|获取|发售|出售|质疑|异议|挂牌|申请|缴纳|交纳|交存|到账|答疑|澄清|下载|报价|竞买|保证金|登记|披露|提问|领取)\s*$/,
  },
  { re: re(`开标${words('（开启）')}?(?:时间|日期)|${words('开启时间', '开标时间', '开标日期')}`), single: 'openingTime' },
  {
    re: re(
      words(
        '评标报告提交日期',
        '评标报告提交时间',
        '收到评标报告日期',
        '收到评标报告时间',
        '评标报告日期',
        '评标结束时间',
        '评标结束日期',
        '评审结束时间',
        '评审结束日期',
        '评标日期',
        '评标时间',
        '评审日期',
        '评审时间',
      ),
    ),
    single: 'evaluationDate',
    weakIsLoose: true,
    singleAtEnd: true,
  },
  // "评标工作于2018年4月25日…结束" states the end; "评标工作于…进行" only when it took place (loose, below).
  { re: re(words('评标工作于', '评审工作于', '评标于', '评审于')), single: 'evaluationDate', weakIsLoose: true, singleAtEnd: true },
  {
    re: re(
      words('合同签订日期', '合同签订时间', '合同签署日期', '合同签署时间', '合同签订日', '签订日期', '签约日期', '签订时间', '签署日期', '签署时间'),
    ),
    single: 'contractSignDate',
  },
  { re: re(words('合同公告日期', '合同公告时间', '合同公示日期', '合同发布日期')), single: 'contractPublishDate' },
  {
    re: re(words('挂牌报价时间', '挂牌起止时间', '挂牌时间', '挂牌期限', '挂牌期')),
    start: 'listingStart',
    end: 'listingEnd',
    days: 'listing',
  },
  { re: re(words('定标时间', '定标日期', '确定中标人日期')), single: 'awardDate' },
  { re: re(words('挂牌开始时间', '挂牌起始时间')), single: 'listingStart' },
  { re: re(words('挂牌截止时间', '挂牌结束时间')), single: 'listingEnd' },
  { re: re(words('拍卖会时间', '拍卖开始时间', '拍卖时间', '拍卖日期', '拍卖会于')), single: 'auctionDate' },
  {
    re: re(words('竞买申请时间', '报名时间', '申请时间')),
    start: 'applicationStart',
    end: 'applicationEnd',
    single: 'applicationStart',
    loneToEnd: true,
  },
  { re: re(words('报名截止时间', '申请截止时间', '竞买申请截止时间')), single: 'applicationEnd' },
  // The date under the seal (招标人（盖章）) or after a bare 日期 (发布人…日期：) is the publication day.
  { re: re(`${words('（盖章）', '（公章）', '（签章）')}\\s*[：:]?`), single: 'publishedAt', rank: 3 },
  { re: /(?<![\u4e00-\u9fa5])日\s*期(?=\s*[：:])/g, single: 'publishedAt', rank: 3 },
];

// A label is "strong" when its value follows (colon, 为, a line break, a digit), possibly after
// "及地点/和方式" (招标文件出售时间及地点) or a parenthesis (（投标截止时间，下同）为).
const STRONG_AFTER =
  /^[ \t]*(?:(?:及|和|与|、)(?:地点|方式|方法|售价|地址))*[ \t]*(?:[（(][^（）()\n]{0,20}[）)])?\s*(?:[：:]|为|是|\n|$|\d|[〇○零一二三四五六七八九十]{1,4}年)/;

/** A label found in a text: where, whether its value follows (strong), whether it is blocked. */
export interface Hit {
  label: Label;
  index: number;
  end: number;
  strong: boolean;
  blocked: boolean;
}

/** The labels in `text`, in order, overlapping ones dropped (the longer one at the same place wins). */
export function findHits(text: string): Hit[] {
  const all: Hit[] = [];
  for (const label of LABELS) {
    label.re.lastIndex = 0;
    for (const m of text.matchAll(label.re)) {
      if (!m[0]) continue;
      // A blocked label (招标公告日期 in a result notice) gives no value but still ends the one before.
      const blocked = !!label.notAfter?.test(text.slice(Math.max(0, m.index - 6), m.index));
      const end = m.index + m[0].length;
      all.push({ label, index: m.index, end, strong: STRONG_AFTER.test(text.slice(end, end + 30)), blocked });
    }
  }
  all.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Hit[] = [];
  let lastEnd = -1;
  for (const h of all) {
    if (h.index < lastEnd) continue;
    kept.push(h);
    lastEnd = h.end;
  }
  return kept;
}
