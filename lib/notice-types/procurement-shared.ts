/** Finders that the procurement types share (项目编号, 项目名称, 公告期限, 采购人联系方式), written once. */
import type { Finder } from '../checks/find';
import { CODE_VALUE, projectCode } from '../checks/procurement-finders';

/** "对“X项目”进行公开招标": the project named in the opening sentence. */
const NAMED_IN_OPENING = /对[“"「]?[^，。]{4,60}?(项目|采购)[”"」]?(进行|实施)(公开招标|竞争性|询价|单一来源|协议采购|采购)/;

/** A project code: as the extractor reads it, else after a code label. */
export function projectCodeFinder(label: RegExp): Finder {
  return { firstOf: [projectCode, { label, value: CODE_VALUE, window: 40 }] };
}

/** The project's name after its label, else as the opening sentence names it. */
export const PROJECT_NAME: Finder = {
  firstOf: [{ label: /项目名称|采购项目名称/, value: /[\u4e00-\u9fa5A-Za-z0-9]{2,}/, window: 40 }, { cues: [NAMED_IN_OPENING] }],
};

/** The notice period (a date or a length). */
export const NOTICE_PERIOD: Finder = { label: /公告期限|公告期|公示期/, value: 'dateOrDuration', window: 80 };

/** The purchaser or agency, with a phone. */
export const PURCHASER_CONTACTS: Finder = { label: /采购人|采购单位|采购代理机构|代理机构/, value: 'phone', window: 300 };

/** Framework-agreement call-offs (协议供货) form no panel and often use no agency. */
export const FRAMEWORK_CALL_OFF = /协议供货|协议采购|框架协议|定点采购|电子卖场|网上商城/;

