/** What the page shows for a verdict: a badge (per the badge setting), a warning before opening. */
import type { BadgeMode, PageConfig, PageVerdict } from '../contracts/page-messages';

export type VerdictLevel = PageVerdict['level'];

export function showsBadge(mode: BadgeMode, level: VerdictLevel): boolean {
  return mode === 'all' || (mode === 'warnings' && level !== 'ok');
}

/**
 * Always for `danger`, for `avoid` when the person asked. Independent of the badge setting:
 * "no badges" hides reassurance and clutter, not the last chance to stop before a trap (quiet
 * mode is the setting that changes nothing in pages).
 */
export function warnsBeforeOpening(config: Pick<PageConfig, 'warnOnAvoid' | 'handsOff'>, level: VerdictLevel): boolean {
  return !config.handsOff && (level === 'danger' || (level === 'avoid' && config.warnOnAvoid));
}
