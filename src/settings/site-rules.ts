/** Whether the extension keeps its hands off a site: quiet mode, switched off there, or paused. */
import type { PageConfig } from '../contracts/page-messages';
import type { Settings } from './schema';

/** "mail.example.org" is covered by an entry for itself or for "example.org". */
export function siteCovered(host: string, sites: Iterable<string>): boolean {
  for (const site of sites) if (host === site || host.endsWith(`.${site}`)) return true;
  return false;
}

export function isHandsOff(settings: Settings, host: string, now: number): boolean {
  if (settings.quietMode) return true;
  if (siteCovered(host, settings.sitesOff)) return true;
  const paused = Object.entries(settings.pausedSites)
    .filter(([, until]) => until > now)
    .map(([site]) => site);
  return siteCovered(host, paused);
}

/** The page config's settings part (the background adds the catalogue's candidate data). */
export function pageConfigFor(settings: Settings, host: string, now: number): Omit<PageConfig, 'candidates'> {
  return {
    badges: settings.pageBadges,
    handsOff: isHandsOff(settings, host, now),
    warnOnAvoid: settings.warnOnAvoid,
    trustedHosts: settings.trustedServers.map((s) => s.host),
  };
}
