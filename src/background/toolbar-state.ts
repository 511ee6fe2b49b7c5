/**
 * What the toolbar icon shows for a tab: on an invite URL (the person opened one) its level;
 * on a Jitsi/BigBlueButton web app from an unknown server, caution; elsewhere the number of
 * risky links on the page.
 */
import type { Level } from '../catalogue/kinds';
import { formatCount, t } from '../i18n/t';
import type { PageVerdict } from '../page/messages';

export interface ToolbarState {
  text: string;
  color: string;
  title: string;
}

/** `word`: the level's message key, the same words as the badges'. */
const LEVEL_LOOK: Record<Exclude<Level, 'none'>, { text: string; color: string; word: string }> = {
  danger: { text: '!!', color: '#b00020', word: 'levelDanger' },
  avoid: { text: '×', color: '#c2410c', word: 'levelAvoid' },
  caution: { text: '!', color: '#a16207', word: 'levelCaution' },
  ok: { text: '✓', color: '#15803d', word: 'levelOk' },
};

export const RISKY: readonly Level[] = ['danger', 'avoid', 'caution'];

/** Before (or without) a report: the plain button. */
export const noReportToolbar = (): ToolbarState => ({ text: '', color: '#4b5563', title: t('appName') });

export function toolbarForMeetingTab(verdict: PageVerdict): ToolbarState {
  const look = LEVEL_LOOK[verdict.level];
  return { text: look.text, color: look.color, title: t('toolbarMeetingTab', [verdict.label]) };
}

export function toolbarForPage(links: readonly { level: Level }[]): ToolbarState {
  const risky = links.filter((l) => RISKY.includes(l.level)).length;
  if (risky === 0) {
    return { ...noReportToolbar(), ...(links.length > 0 && { title: t('toolbarNoneRisky', [formatCount(links.length)]) }) };
  }
  const worst = (['danger', 'avoid', 'caution'] as const).find((level) => links.some((l) => l.level === level))!;
  return {
    text: String(Math.min(risky, 999)),
    color: LEVEL_LOOK[worst].color,
    title: t('toolbarRisky', [formatCount(risky), t(LEVEL_LOOK[worst].word)]),
  };
}
