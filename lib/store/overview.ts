/** What the evidence page and the dashboard show, each read in one go. */
import { type LatestNotice, latestNotices } from '../dashboard/stats';
import { type ChainCheck, chainHead, verifyChain } from '../evidence/chain';
import { type CaseSummary, listCases } from './cases';
import { type CaptureSummary, custodyLog, listCaptures } from './evidence';
import { allReports } from './queries';
import { type PageStatus, pageStatus } from './visits';

/** The evidence page's data. */
export interface EvidenceOverview {
  cases: CaseSummary[];
  captures: CaptureSummary[];
  /** pageStatus of every captured URL. */
  statuses: Record<string, PageStatus>;
  /** The custody chain: its length, head hash and whether it verifies from its first entry. */
  chain: { count: number; head: string; check: ChainCheck };
}

/** Read the evidence page's data. */
export async function evidenceOverview(): Promise<EvidenceOverview> {
  const [cases, captures, chain] = await Promise.all([listCases(), listCaptures(), custodyLog()]);
  const statuses: Record<string, PageStatus> = {};
  for (const url of new Set(captures.map((c) => c.url))) statuses[url] = await pageStatus(url);
  return { cases, captures, statuses, chain: { count: chain.length, head: chainHead(chain), check: await verifyChain(chain) } };
}

/** The dashboard's data: the latest check of every stored notice URL, newest first, with its evidence time. */
export async function dashboardNotices(): Promise<LatestNotice[]> {
  const [reports, captures] = await Promise.all([allReports(), listCaptures()]);
  return latestNotices(reports, captures);
}
