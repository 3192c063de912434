/** Certificate: the registration a project lead holds (注册建造师证书, 执业资格证号…). */
import { LEAD } from './project-lead';

/** A table header of the lead's certificate. */
export const CERTIFICATE_HEADER = /证书|注册(证|号|编号)|执业|证号/;

/** A certificate named in text. */
export const CERTIFICATE_WORD = /证书|注册/;

/** A label near which the lead's certificate is given: the lead, or the certificate itself. */
export const LEAD_CERTIFICATE_LABEL = new RegExp(`${LEAD.source}|${CERTIFICATE_WORD.source}`);
