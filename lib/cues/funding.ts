/** Funding source: where a project's money comes from (资金来源, 财政资金, 自筹资金…). */

/** A statement of the source of funds. */
export const FUNDING_SOURCE = /资金来(源|自)|建设资金|出资比例|资金已落实|财政资金|自筹资金|资金自筹|财政拨款|资金性质|集体资金/;
