/** A level's sign (src/levels/level-signs.ts) as page elements: decorative, the words come with it. */
import { LEVEL_SIGNS, signClass } from '../levels/level-signs';
import { h } from './make-element';
import type { VerdictLevel } from './display-rules';

export function signElement(level: VerdictLevel): HTMLElement {
  return h('i', { class: signClass(level), 'aria-hidden': 'true' }, h('i', {}, h('i', {}, LEVEL_SIGNS[level].glyph)));
}
