/** Words as a list in the UI language: "A, B and C" (conjunction) or "A, B, C" (unit). */
import { uiLanguage } from '../../i18n/t';

export function listWords(items: readonly string[], type: 'conjunction' | 'unit' = 'conjunction'): string {
  try {
    return new Intl.ListFormat([uiLanguage(), 'en'], { type, style: 'long' }).format(items);
  } catch {
    return items.join(', ');
  }
}
