/** The background's answer to `get-page-config`, checked before anything depends on it. */
import type { PageConfig } from '../contracts/page-messages';

const BADGE_MODES: readonly unknown[] = ['all', 'warnings', 'none'];

export function asPageConfig(value: unknown): PageConfig | null {
  const c = value as Partial<PageConfig> | null | undefined;
  if (!c || !BADGE_MODES.includes(c.badges) || typeof c.handsOff !== 'boolean' || typeof c.warnOnAvoid !== 'boolean') return null;
  if (!Array.isArray(c.trustedHosts) || !c.trustedHosts.every((h) => typeof h === 'string')) return null;
  return { badges: c.badges!, handsOff: c.handsOff, warnOnAvoid: c.warnOnAvoid, trustedHosts: c.trustedHosts };
}

export const sameHosts = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);
