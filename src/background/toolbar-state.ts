/**
 * What the toolbar icon shows for a tab: on an invite URL (the person opened one) its level;
 * on a Jitsi/BigBlueButton web app from an unknown server, caution; elsewhere the number of
 * risky links on the page.
 */
import type { Level } from '../catalogue/kinds';
import type { PageVerdict } from '../page/messages';

export interface ToolbarState {
  text: string;
  color: string;
  title: string;
}

const LEVEL_LOOK: Record<Exclude<Level, 'none'>, { text: string; color: string; word: string }> = {
  danger: { text: '!!', color: '#b00020', word: 'dangerous' },
  avoid: { text: '×', color: '#c2410c', word: 'not recommended' },
  caution: { text: '!', color: '#a16207', word: 'take care' },
  ok: { text: '✓', color: '#15803d', word: 'looks safe' },
};

export const RISKY: readonly Level[] = ['danger', 'avoid', 'caution'];

/** Before (or without) a report: the plain button. */
export const NO_REPORT_TOOLBAR: ToolbarState = { text: '', color: '#4b5563', title: 'Invite Guard' };

export function toolbarForMeetingTab(verdict: PageVerdict): ToolbarState {
  const look = LEVEL_LOOK[verdict.level];
  return { text: look.text, color: look.color, title: `Invite Guard: ${verdict.label}` };
}

export function toolbarForPage(links: readonly { level: Level }[]): ToolbarState {
  const risky = links.filter((l) => RISKY.includes(l.level)).length;
  if (risky === 0) {
    return { text: '', color: '#4b5563', title: links.length ? `Invite Guard: ${links.length} invite link${links.length === 1 ? '' : 's'} on this page, none risky` : 'Invite Guard' };
  }
  const worst = (['danger', 'avoid', 'caution'] as const).find((level) => links.some((l) => l.level === level))!;
  return {
    text: String(Math.min(risky, 999)),
    color: LEVEL_LOOK[worst].color,
    title: `Invite Guard: ${risky} risky invite link${risky === 1 ? '' : 's'} on this page (worst: ${LEVEL_LOOK[worst].word})`,
  };
}
