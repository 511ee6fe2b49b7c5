/** A level as glyph + word on the level's colour: never colour alone. */
import type { Level } from '../catalogue/kinds';
import { levelLook } from './level-look';

export function LevelTag({ level, small = false }: { level: Level; small?: boolean }) {
  const look = levelLook(level);
  return (
    <span class={`level-tag ${look.className}${small ? ' small' : ''}`} data-level={level}>
      <span class="glyph" aria-hidden="true">
        {look.glyph}
      </span>{' '}
      <span class="word">{look.word}</span>
    </span>
  );
}
