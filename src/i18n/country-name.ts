/** A jurisdiction's name in the UI language ("US" → "United States", "Estados Unidos", …). */
import { uiLanguage } from './t';

const byLanguage = new Map<string, Intl.DisplayNames | null>();

function names(language: string): Intl.DisplayNames | null {
  if (!byLanguage.has(language)) {
    let made: Intl.DisplayNames | null = null;
    try {
      made = new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      made = null;
    }
    byLanguage.set(language, made);
  }
  return byLanguage.get(language)!;
}

/** Unknown or malformed codes come back as they are. */
export function countryName(code: string): string {
  try {
    return names(uiLanguage())?.of(code) ?? code;
  } catch {
    return code;
  }
}
