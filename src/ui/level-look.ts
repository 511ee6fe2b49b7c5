/**
 * How a level looks: a glyph and a word always travel with the colour (nothing by colour
 * alone). The words match the toolbar's.
 */
import type { Level } from '../catalogue/kinds';

export interface LevelLook {
  glyph: string;
  word: string;
  /** CSS class carrying the colour: level-danger, level-avoid, … */
  className: string;
}

const LOOKS: Record<Level, Omit<LevelLook, 'className'>> = {
  danger: { glyph: '‼', word: 'Dangerous' },
  avoid: { glyph: '✕', word: 'Not recommended' },
  caution: { glyph: '!', word: 'Take care' },
  ok: { glyph: '✓', word: 'Looks safe' },
  none: { glyph: '–', word: 'Not an invite link' },
};

export function levelLook(level: Level): LevelLook {
  return { ...LOOKS[level], className: `level-${level}` };
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
