/**
 * Whether the popup page runs as the toolbar popup or in a tab (context menu, "open in a tab"):
 * the CSS fixes the width only for the popup. tabs.getCurrent() has no tab in a popup.
 */
import { browser } from 'wxt/browser';

export async function markPageMode(): Promise<void> {
  let inTab = false;
  try {
    inTab = (await browser.tabs.getCurrent()) !== undefined;
  } catch {
    inTab = false;
  }
  document.documentElement.dataset.mode = inTab ? 'tab' : 'popup';
}
