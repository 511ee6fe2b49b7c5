/** Turns raw stored values into Settings, item by item: a bad value costs only its own item. */
import type * as z from 'zod/mini';
import {
  booleanSchema,
  DEFAULT_SETTINGS,
  pageBadgesSchema,
  pausedSitesSchema,
  sitesOffSchema,
  themeSchema,
  trustedServersSchema,
  type Settings,
} from './schema';

const SCHEMAS: { [K in keyof Settings]: z.ZodMiniType<Settings[K]> } = {
  trustedServers: trustedServersSchema,
  pageBadges: pageBadgesSchema,
  quietMode: booleanSchema,
  warnOnAvoid: booleanSchema,
  sitesOff: sitesOffSchema,
  pausedSites: pausedSitesSchema,
  theme: themeSchema,
};

export const SETTING_KEYS = Object.keys(SCHEMAS) as (keyof Settings)[];

export function validateSettings(raw: Partial<Record<keyof Settings, unknown>>): Settings {
  const out = { ...DEFAULT_SETTINGS };
  for (const key of SETTING_KEYS) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    const parsed = SCHEMAS[key].safeParse(value);
    if (parsed.success) (out as Record<string, unknown>)[key] = parsed.data;
  }
  return out;
}
