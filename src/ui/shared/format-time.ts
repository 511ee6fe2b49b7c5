/** A clock time in the UI language: "14:05" / "2:05 PM" / "١٤:٠٥". */
import { uiLanguage } from '../../i18n/t';

export function formatTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([uiLanguage(), 'en'], { hour: '2-digit', minute: '2-digit' });
}
