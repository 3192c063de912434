/** Joint bid (联合体投标): whether a consortium may bid. Stating either answer discloses the item. */

/** Any statement about joint bids. */
export const JOINT_BID = /联合体/;

/** Joint bids refused: 「不接受联合体」, 「不允许联合体」, 「联合体投标：不接受」. */
export const JOINT_BID_REFUSED = /(不|不予|拒绝)(接受|允许|得以?)[^。；;\n]{0,4}联合体|联合体[^。；;\n]{0,8}[:：]\s*(否|不接受|不允许)|联合体[^。；;\n]{0,6}(不予|不得|不能|不可)/;

/** Joint bids accepted: 「接受联合体投标」 but not 「不接受联合体」. */
export const JOINT_BID_ACCEPTED = /(?<![不否拒])(接受|允许)[^。；;\n]{0,4}联合体|联合体[^。；;\n]{0,8}[:：]\s*(是|接受|允许)/;
