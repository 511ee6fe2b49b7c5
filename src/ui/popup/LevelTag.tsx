/** A level as its sign + word on the level's colour: never colour alone. */
import type { Level } from '../../catalogue/kinds';
import { levelLook } from './level-look';
import { LevelSign } from './LevelSign';

export function LevelTag({ level, small = false }: { level: Level; small?: boolean }) {
  const look = levelLook(level);
  return (
    <span class={`level-tag ${look.className}${small ? ' small' : ''}`} data-level={level}>
      <LevelSign level={level} /> <span class="word">{look.word}</span>
    </span>
  );
}
