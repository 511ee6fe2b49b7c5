/**
 * What the toolbar icon shows for a tab: on an invite URL (the person opened one) its level;
 * on a Jitsi/BigBlueButton web app from an unknown server, caution; elsewhere the number of
 * risky links on the page.
 */
import type { Level } from '../catalogue/kinds';
import { formatCount, t } from '../i18n/t';
import { LEVEL_SIGNS } from '../levels/level-signs';
import type { PageVerdict } from '../contracts/page-messages';

export interface ToolbarState {
  text: string;
  /** The badge's colour, and its text's: a level's fill and ink (src/levels/level-signs.ts). */
  color: string;
  textColor: string;
  title: string;
}

export const RISKY: readonly Level[] = ['danger', 'avoid', 'caution'];

/** Before (or without) a report: the plain button. */
export const noReportToolbar = (): ToolbarState => ({ text: '', color: LEVEL_SIGNS.none.fill, textColor: LEVEL_SIGNS.none.ink, title: t('appName') });

export function toolbarForMeetingTab(verdict: PageVerdict): ToolbarState {
  // The toolbar draws no shapes: the level's glyph on its colours, as on the badge.
  const sign = LEVEL_SIGNS[verdict.level];
  return { text: sign.glyph, color: sign.fill, textColor: sign.ink, title: t('toolbarMeetingTab', [verdict.label]) };
}

export function toolbarForPage(links: readonly { level: Level }[]): ToolbarState {
  const risky = links.filter((l) => RISKY.includes(l.level)).length;
  if (risky === 0) {
    return { ...noReportToolbar(), ...(links.length > 0 && { title: t('toolbarNoneRisky', [formatCount(links.length)]) }) };
  }
  const worst = (['danger', 'avoid', 'caution'] as const).find((level) => links.some((l) => l.level === level))!;
  return {
    text: String(Math.min(risky, 999)),
    color: LEVEL_SIGNS[worst].fill,
    textColor: LEVEL_SIGNS[worst].ink,
    title: t('toolbarRisky', [formatCount(risky), t(LEVEL_SIGNS[worst].word)]),
  };
}
