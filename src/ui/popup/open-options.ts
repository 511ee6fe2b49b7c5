/** Opens the options page (in a tab, or where the browser keeps it). */
import { browser } from 'wxt/browser';

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}
