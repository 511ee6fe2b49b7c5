/**
 * The state of Invite Guard on the current tab's site, for the popup's "pause" and "turn off"
 * buttons: working, paused until when, switched off (maybe through a parent domain), or quiet
 * everywhere.
 */
import { hostNameSchema, type Settings } from '../../settings/schema';

export type SiteStatus =
  | { kind: 'no-site' }
  | { kind: 'on'; host: string; quiet: boolean }
  /** `entry`: the sitesOff entry that covers the host (the host itself, or a parent domain). */
  | { kind: 'off'; host: string; entry: string }
  | { kind: 'paused'; host: string; entry: string; until: number };

/** The host of a web page the extension can work on, or null (extension pages, about:, files). */
export function siteHost(pageUrl: string | null): string | null {
  if (!pageUrl) return null;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return hostNameSchema.safeParse(url.hostname).success ? url.hostname : null;
}

const covering = (host: string, sites: Iterable<string>) => [...sites].find((site) => host === site || host.endsWith(`.${site}`));

export function siteStatus(settings: Settings, pageUrl: string | null, now: number): SiteStatus {
  const host = siteHost(pageUrl);
  if (!host) return { kind: 'no-site' };
  const off = covering(host, settings.sitesOff);
  if (off) return { kind: 'off', host, entry: off };
  const active = Object.entries(settings.pausedSites).filter(([, until]) => until > now);
  const paused = covering(
    host,
    active.map(([site]) => site),
  );
  if (paused) return { kind: 'paused', host, entry: paused, until: settings.pausedSites[paused]! };
  return { kind: 'on', host, quiet: settings.quietMode };
}
