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

/** Names looked up before (a lookup costs microseconds, and every judged link needs one). */
const known = new Map<string, string>();

/** Unknown or malformed codes come back as they are. */
export function countryName(code: string): string {
  const language = uiLanguage();
  const key = `${language}\n${code}`;
  let name = known.get(key);
  if (name === undefined) {
    try {
      name = names(language)?.of(code) ?? code;
    } catch {
      name = code;
    }
    known.set(key, name);
  }
  return name;
}
