/**
 * Whether the popup page runs as the toolbar popup or in a tab (context menu, "open in a tab"):
 * the CSS fixes the width only for the popup, and only the toolbar popup holds the activeTab
 * grant that lets it look at the tab. tabs.getCurrent() has no tab in a popup.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export type PageMode = 'popup' | 'tab';

let mode: Promise<PageMode> | null = null;

export function pageMode(): Promise<PageMode> {
  mode ??= browser.tabs.getCurrent().then(
    (tab) => (tab !== undefined ? 'tab' : 'popup'),
    () => 'popup',
  );
  return mode;
}

export async function markPageMode(): Promise<void> {
  document.documentElement.dataset.mode = await pageMode();
}

/** Null until known. */
export function usePageMode(): PageMode | null {
  const [known, setKnown] = useState<PageMode | null>(null);
  useEffect(() => void pageMode().then(setKnown), []);
  return known;
}
