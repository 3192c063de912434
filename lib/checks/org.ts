/** One pattern for an organisation's name (company, institute, firm…), shared by every check. */

/** Source of the name pattern: 2–40 name characters, lazily, up to an organisational suffix. */
export const ORG_SOURCE =
  '[\\u4e00-\\u9fa5A-Za-z0-9（）()·&]{2,40}?(?:有限责任公司|股份有限公司|有限公司|公司|集团|研究院|设计院|勘察院|研究所|事务所|设计所|中心|院|所|局|社|站|队|厂|店|部)';

/** A whole string that is an organisation's name. */
export const ORG_EXACT = new RegExp(`^${ORG_SOURCE}$`);

/** An organisation's name right at the start of a text, after a colon or "为"/"是". */
export const ORG_LEADING = new RegExp(`^[\\s:：为是]{0,3}(${ORG_SOURCE})`);

/** An organisation's name anywhere in a text. */
export const ORG_ANYWHERE = new RegExp(ORG_SOURCE);
