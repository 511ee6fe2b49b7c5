/** The signs' own style (shapes and colours from src/levels/level-signs.ts), added once to a page of ours. */
import { SIGN_CSS } from '../../levels/level-signs';

export function addSignStyle(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = SIGN_CSS;
  doc.head.append(style);
}
