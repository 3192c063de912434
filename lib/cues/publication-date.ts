/** Publication date: the labels by which a notice states the day it was published. */
import { wordsRe } from './words';

/** Labels of the publication day or time. */
export const PUBLICATION_LABEL_WORDS = ['公告日期', '公告时间', '发布日期', '发布时间'] as const;

/** A publication date label ("发布时间：", "公告日期"). */
export const PUBLICATION_DATE_LABEL = wordsRe(PUBLICATION_LABEL_WORDS);

/** Labels of a correction's day: its own, or its publication day. */
export const CORRECTION_DATE_LABEL = wordsRe(['更正日期', '变更日期', '公告日期', '发布日期']);
