/**
 * Which tab the popup describes, and the background's report on it (storage.session,
 * `tabReport:<id>`). As a toolbar popup: the active tab of the current window. Opened as a
 * page with `#tab=<id>`: that tab.
 */
import { browser } from 'wxt/browser';
import { tabReportKey, type TabReport } from '../../background/tab-report';
import { checkTabReport } from './tab-report-check';

export interface DescribedTab {
  id: number;
  /** The tab's URL when the browser tells us (the report's URL is preferred). */
  url: string | null;
}

export async function tabToDescribe(tabId: number | null): Promise<DescribedTab | null> {
  try {
    if (tabId !== null) {
      const tab = await browser.tabs.get(tabId);
      return tab.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  } catch {
    return null;
  }
}

export async function readTabReport(tabId: number): Promise<TabReport | null> {
  const key = tabReportKey(tabId);
  try {
    const stored = await browser.storage.session.get(key);
    return checkTabReport(stored[key]);
  } catch {
    return null;
  }
}

/** Calls `onChange` when the background rewrites the tab's report (the page found more links). */
export function watchTabReport(tabId: number, onChange: () => void): () => void {
  const key = tabReportKey(tabId);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && key in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
