/**
 * Pure changes to setting values: each takes the current value and returns the next one (or the
 * same object when nothing changes, so callers can skip the write).
 */
import type { TrustedServer } from '../recognise/types';

export const PAUSE_MS = 60 * 60 * 1000;

export function withTrustedServer(list: TrustedServer[], server: TrustedServer): TrustedServer[] {
  return list.some((s) => s.host === server.host) ? list : [...list, server];
}

export function withoutTrustedServer(list: TrustedServer[], host: string): TrustedServer[] {
  return list.some((s) => s.host === host) ? list.filter((s) => s.host !== host) : list;
}

export function withSite(sites: string[], host: string): string[] {
  return sites.includes(host) ? sites : [...sites, host];
}

export function withoutSite(sites: string[], host: string): string[] {
  return sites.includes(host) ? sites.filter((s) => s !== host) : sites;
}

/** Drops pauses that have ended, so the stored map does not grow forever. */
export function activePauses(paused: Readonly<Record<string, number>>, now: number): Record<string, number> {
  return Object.fromEntries(Object.entries(paused).filter(([, until]) => until > now));
}

export function withPause(paused: Readonly<Record<string, number>>, host: string, now: number, ms = PAUSE_MS): Record<string, number> {
  return { ...activePauses(paused, now), [host]: now + ms };
}

export function withoutPause(paused: Readonly<Record<string, number>>, host: string, now: number): Record<string, number> {
  const next = activePauses(paused, now);
  delete next[host];
  return next;
}
