/** Reads every setting from storage, validated (see validate-settings.ts). */
import { settingItems } from './items';
import type { Settings } from './schema';
import { SETTING_KEYS, validateSettings } from './validate-settings';

export async function readSettings(): Promise<Settings> {
  const values = await Promise.all(SETTING_KEYS.map((key) => settingItems[key].getValue()));
  return validateSettings(Object.fromEntries(SETTING_KEYS.map((key, i) => [key, values[i]])));
}

/** Calls `onChange` whenever any setting changes (in any tab or page of the extension). */
export function watchSettings(onChange: () => void): () => void {
  const unwatch = SETTING_KEYS.map((key) => settingItems[key].watch(onChange));
  return () => unwatch.forEach((u) => u());
}
