/** What the popup shows for a tab's page: its latest report, its history's status and the evidence saved. */
import type { TabReport } from '../messages';
import { evidenceCountFor } from './evidence';
import { latestForUrl } from './queries';
import { pageStatus } from './visits';

/** The popup's view of a URL (the background finds the tab's URL). */
export async function tabReport(url: string): Promise<TabReport> {
  const [stored, status, evidence] = await Promise.all([latestForUrl(url), pageStatus(url), evidenceCountFor(url)]);
  return {
    url,
    ...(stored ? { stored } : {}),
    ...(status.change || status.gone || status.unread ? { status } : {}),
    ...(evidence.count ? { evidence } : {}),
  };
}
