/**
 * Writes settings through their storage items. Every page of the extension and the background
 * watch the same items, so open tabs and the toolbar follow at once. Each write reads the
 * current value first (validated), so a corrupt stored value is replaced, never merged into.
 */
import type { TrustedServer } from '../recognise/types';
import { settingItems } from './items';
import { readSettings } from './read-settings';
import type { Settings } from './schema';
import { withPause, withoutPause, withoutSite, withoutTrustedServer, withSite, withTrustedServer } from './setting-changes';

export async function writeSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await settingItems[key].setValue(value);
}

/** Applies `change` to one setting; writes only when it returns a different value. */
async function update<K extends keyof Settings>(key: K, change: (value: Settings[K]) => Settings[K]): Promise<void> {
  const current = (await readSettings())[key];
  const next = change(current);
  if (next !== current) await writeSetting(key, next);
}

export const trustServer = (server: TrustedServer) => update('trustedServers', (list) => withTrustedServer(list, server));
export const untrustServer = (host: string) => update('trustedServers', (list) => withoutTrustedServer(list, host));
export const turnOffOnSite = (host: string) => update('sitesOff', (sites) => withSite(sites, host));
export const turnOnOnSite = (host: string) => update('sitesOff', (sites) => withoutSite(sites, host));
export const pauseOnSite = (host: string, now: number) => update('pausedSites', (paused) => withPause(paused, host, now));
export const resumeOnSite = (host: string, now: number) => update('pausedSites', (paused) => withoutPause(paused, host, now));

/** Writes the settings that differ between `current` and `next` (an import), one item each. */
export async function writeChangedSettings(current: Settings, next: Settings): Promise<void> {
  const changed = (Object.keys(next) as (keyof Settings)[]).filter((key) => JSON.stringify(next[key]) !== JSON.stringify(current[key]));
  await Promise.all(changed.map((key) => settingItems[key].setValue(next[key])));
}
