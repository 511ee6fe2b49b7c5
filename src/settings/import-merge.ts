/**
 * What an import does to the current settings: it merges. Trusted servers and the sites lists
 * gain the file's entries and lose none; single choices (badges, quiet mode, …) take the
 * file's value. The changes are listed so the person sees them before confirming.
 */
import type { TrustedServer } from '../recognise/types';
import type { Settings } from './schema';
import { activePauses } from './setting-changes';

type Choice = 'pageBadges' | 'quietMode' | 'warnOnAvoid' | 'theme';
const CHOICES: readonly Choice[] = ['pageBadges', 'quietMode', 'warnOnAvoid', 'theme'];

export type ImportChange =
  | { kind: 'trust-server'; server: TrustedServer }
  /** The file names a server already trusted under another platform: the current entry stays. */
  | { kind: 'keep-server'; host: string; current: TrustedServer['platform']; inFile: TrustedServer['platform'] }
  | { kind: 'choice'; key: Choice; from: unknown; to: unknown }
  | { kind: 'site-off'; host: string }
  | { kind: 'pause'; host: string; until: number };

export interface ImportPlan {
  next: Settings;
  changes: ImportChange[];
}

export function planImport(current: Settings, incoming: Partial<Settings>, now: number): ImportPlan {
  const next: Settings = {
    ...current,
    trustedServers: [...current.trustedServers],
    sitesOff: [...current.sitesOff],
    pausedSites: activePauses(current.pausedSites, now),
  };
  const changes: ImportChange[] = [];

  for (const server of incoming.trustedServers ?? []) {
    const existing = next.trustedServers.find((s) => s.host === server.host);
    if (!existing) {
      next.trustedServers.push({ host: server.host, platform: server.platform });
      changes.push({ kind: 'trust-server', server });
    } else if (existing.platform !== server.platform) {
      changes.push({ kind: 'keep-server', host: server.host, current: existing.platform, inFile: server.platform });
    }
  }
  for (const key of CHOICES) {
    const value = incoming[key];
    if (value === undefined || value === current[key]) continue;
    (next as unknown as Record<Choice, unknown>)[key] = value;
    changes.push({ kind: 'choice', key, from: current[key], to: value });
  }
  for (const host of incoming.sitesOff ?? []) {
    if (next.sitesOff.includes(host)) continue;
    next.sitesOff.push(host);
    changes.push({ kind: 'site-off', host });
  }
  for (const [host, until] of Object.entries(activePauses(incoming.pausedSites ?? {}, now))) {
    if ((next.pausedSites[host] ?? 0) >= until) continue;
    next.pausedSites[host] = until;
    changes.push({ kind: 'pause', host, until });
  }
  return { next, changes };
}
