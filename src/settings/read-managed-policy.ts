/**
 * The organisation's policy from `storage.managed`. No policy (the usual case) makes Firefox
 * reject the read and Chrome answer {}: both are "no policy", never an error shown to anyone.
 */
import { browser } from 'wxt/browser';
import { NO_POLICY, parseManagedPolicy, type ManagedPolicy } from './managed-policy';

export async function readManagedPolicy(): Promise<ManagedPolicy> {
  try {
    return parseManagedPolicy(await browser.storage.managed.get(null));
  } catch {
    return NO_POLICY;
  }
}

/** Calls `onChange` when an administrator changes the policy while the browser runs. */
export function watchManagedPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
