/**
 * How a level looks: a glyph and a word always travel with the colour (nothing by colour
 * alone). The words match the toolbar's.
 */
import type { Level } from '../catalogue/kinds';
import { t } from '../i18n/t';

export interface LevelLook {
  glyph: string;
  word: string;
  /** CSS class carrying the colour: level-danger, level-avoid, … */
  className: string;
}

/** The same level words as the page's badges (public/_locales: levelDanger, …). */
const LOOKS: Record<Level, { glyph: string; key: string }> = {
  danger: { glyph: '‼', key: 'levelDanger' },
  avoid: { glyph: '✕', key: 'levelAvoid' },
  caution: { glyph: '!', key: 'levelCaution' },
  ok: { glyph: '✓', key: 'levelOk' },
  none: { glyph: '–', key: 'levelNone' },
};

export function levelLook(level: Level): LevelLook {
  const { glyph, key } = LOOKS[level];
  return { glyph, word: t(key), className: `level-${level}` };
}

const ORDER: readonly Level[] = ['danger', 'avoid', 'caution', 'ok', 'none'];

/** Negative when `a` is worse than `b`: sorts the worst first. */
export function compareLevels(a: Level, b: Level): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}

export function worstLevel(levels: Iterable<Level>): Level {
  let worst: Level = 'none';
  for (const level of levels) if (compareLevels(level, worst) < 0) worst = level;
  return worst;
}
