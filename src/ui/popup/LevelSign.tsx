/** A level's sign, as on the page's badges: decorative (aria-hidden), a word always goes with it. */
import type { Level } from '../../catalogue/kinds';
import { LEVEL_SIGNS, signClass } from '../../levels/level-signs';

export function LevelSign({ level }: { level: Level }) {
  return (
    <i class={signClass(level)} aria-hidden="true">
      <i>
        <i>{LEVEL_SIGNS[level].glyph}</i>
      </i>
    </i>
  );
}
