/**
 * What the popup shows about a tab: kept per tab in storage.session (memory only, cleared when
 * the browser closes; survives the MV3 service worker stopping). Written by the background only.
 */
import type { PageVerdict } from '../contracts/page-messages';

export interface TabReport {
  /** The tab's URL as the browser reported it. */
  url: string;
  /** The verdict on the tab's own URL when it is an invite or a meeting web app. */
  meeting: PageVerdict | null;
  /** Recognised invite links on the page. */
  links: { url: string; platform: string; level: PageVerdict['level'] }[];
}

export const tabReportKey = (tabId: number) => `tabReport:${tabId}` as const;
