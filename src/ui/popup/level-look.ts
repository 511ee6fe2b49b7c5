/**
 * How a level looks in the popup and the options: the same sign (glyph, shape, colours) and
 * word as the badges and the toolbar (src/levels/level-signs.ts); nothing by colour alone.
 */
import type { Level } from '../../catalogue/kinds';
import { t } from '../../i18n/t';
import { LEVEL_SIGNS } from '../../levels/level-signs';

export interface LevelLook {
  glyph: string;
  word: string;
  /** CSS class carrying the colour: level-danger, level-avoid, … */
  className: string;
}

export function levelLook(level: Level): LevelLook {
  const { glyph, word } = LEVEL_SIGNS[level];
  return { glyph, word: t(word), className: `level-${level}` };
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
