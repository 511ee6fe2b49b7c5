/**
 * How each level is signed, on every surface: the badge in pages, its card, the click warning,
 * the popup and the toolbar show the same glyph on the same colours, and danger alone has the
 * silhouette of a stop sign, so a lookalike stands out among other badges at a glance. A glyph
 * and a word always come with the colour: never colour alone.
 *
 * The content script imports this (plain strings, a few hundred bytes); so do the popup, the
 * options and the background. Change a level's look here and every surface follows.
 */
import type { Level } from '../catalogue/kinds';

export interface LevelSign {
  /** Drawn in Debian's DejaVu Sans on pages; each level's own. */
  glyph: string;
  /** The silhouette: an octagon (a stop sign) for danger, a rounded square for the rest. */
  shape: 'stop' | 'square';
  /** The sign's colour, and the glyph's on it (at least 4.5:1). */
  fill: string;
  ink: string;
  /**
   * Its outer edge, then a ring inside it: one of the two stands out on any page, light or dark
   * (at least 3:1 against white and against near-black).
   */
  edge: string;
  ring: string;
  /** The level's word: a message key in public/_locales. */
  word: string;
}

/**
 * Danger is the one loud sign: a bright red stop sign, white-ringed, a size larger. The others
 * are calm: a pale square in the level's hue with a dark glyph and edge of the same hue, so a
 * lookalike among Zoom and Telegram links stands out at a glance.
 */
export const LEVEL_SIGNS: Record<Level, LevelSign> = {
  danger: { glyph: '✖', shape: 'stop', fill: '#c8102e', ink: '#fff', edge: '#000', ring: '#fff', word: 'levelDanger' },
  avoid: { glyph: '⊘', shape: 'square', fill: '#fdba74', ink: '#7c2d12', edge: '#7c2d12', ring: '#fdba74', word: 'levelAvoid' },
  caution: { glyph: '!', shape: 'square', fill: '#fde68a', ink: '#713f12', edge: '#854d0e', ring: '#fde68a', word: 'levelCaution' },
  ok: { glyph: '✓', shape: 'square', fill: '#dcfce7', ink: '#166534', edge: '#166534', ring: '#dcfce7', word: 'levelOk' },
  none: { glyph: '–', shape: 'square', fill: '#e5e7eb', ink: '#374151', edge: '#4b5563', ring: '#e5e7eb', word: 'levelNone' },
};

/** A regular octagon: every side the same distance from the centre, so nested ones keep even rings. */
const STOP = 'polygon(29.29% 0,70.71% 0,100% 29.29%,100% 70.71%,70.71% 100%,29.29% 100%,0 70.71%,0 29.29%)';

/**
 * A sign is `<i class="sign LEVEL [stop]"><i><i>GLYPH</i></i></i>`: the edge, the ring, the fill
 * with its glyph. Each surface sets its size (width, height, font-size on .sign). Colours here,
 * not in the surface's own styles: on a page this lives in a closed shadow root, in the popup in
 * a <style> of its own.
 */
export const SIGN_CSS =
  `.sign,.sign i{display:flex;align-items:center;justify-content:center;box-sizing:border-box;font-style:normal;border-radius:4px;padding:1px}` +
  `.sign{display:inline-flex;flex:none;font-weight:700;line-height:1}.sign i{width:100%;height:100%}.sign i i{padding:0}` +
  `.sign.stop,.sign.stop i{clip-path:${STOP};border-radius:0}.sign.stop>i{padding:1.5px}` +
  Object.entries(LEVEL_SIGNS)
    .map(([level, s]) => `.sign.${level}{background:${s.edge}}.sign.${level}>i{background:${s.ring}}.sign.${level} i i{background:${s.fill};color:${s.ink}}`)
    .join('');

/** The class of a sign's outer element. */
export const signClass = (level: Level): string => `sign ${level}${LEVEL_SIGNS[level].shape === 'stop' ? ' stop' : ''}`;
