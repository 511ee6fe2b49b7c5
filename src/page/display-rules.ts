/** What the page shows for a verdict: a badge (per the badge setting), a warning before opening. */
import type { BadgeMode, PageConfig, PageVerdict } from './messages';

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

/** A shape per level, so the badge never speaks by colour alone (all in Debian's DejaVu Sans). */
export const LEVEL_GLYPH: Record<VerdictLevel, string> = { danger: '✖', avoid: '⊘', caution: '!', ok: '✓' };

/** Message keys in public/_locales/en/messages.json. */
export const LEVEL_WORD_KEY: Record<VerdictLevel, string> = {
  danger: 'levelDanger',
  avoid: 'levelAvoid',
  caution: 'levelCaution',
  ok: 'levelOk',
};
