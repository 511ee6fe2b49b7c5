/** The one place that knows Chrome MV3 calls it `action` and Firefox MV2 `browserAction`. */
import type { ToolbarState } from './toolbar-state';

interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  /** Chrome 110+, Firefox 63+: without it the browser picks the text colour itself. */
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

export function applyToolbar(api: { action?: ActionApi; browserAction?: ActionApi }, tabId: number, state: ToolbarState): void {
  const action = api.action ?? api.browserAction;
  if (!action) return;
  // A tab may close before the call lands; nothing to do then.
  const ignore = () => undefined;
  Promise.resolve(action.setBadgeText({ tabId, text: state.text })).catch(ignore);
  Promise.resolve(action.setBadgeBackgroundColor({ tabId, color: state.color })).catch(ignore);
  if (action.setBadgeTextColor) Promise.resolve(action.setBadgeTextColor({ tabId, color: state.textColor })).catch(ignore);
  Promise.resolve(action.setTitle({ tabId, title: state.title })).catch(ignore);
}
