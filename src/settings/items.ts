/**
 * The settings in browser.storage.local (never sync: nothing passes through a vendor's cloud).
 * Versioned from the start so later shapes can migrate (migrations.ts); each raw key is the
 * setting's name. Items are defined on first use: defining one starts its migration, which
 * reads storage, and WXT imports entrypoints in Node while building.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { SETTING_MIGRATIONS, type MigrationPlan } from './migrations';
import type { Settings } from './schema';

export type SettingItem = WxtStorageItem<unknown, Record<string, unknown>>;

/** A `local:<key>` item at the plan's version, running the plan's steps on first read. */
export function defineSettingItem(key: string, plan: MigrationPlan): SettingItem {
  return storage.defineItem<unknown>(`local:${key}`, { version: plan.version, migrations: plan.migrations });
}

const DESCRIPTIONS: { readonly [K in keyof Settings]: string } = {
  trustedServers: 'Jitsi Meet / BigBlueButton servers the person trusts.',
  pageBadges: 'Which links get a badge in pages: all invite links, only warnings, or none.',
  quietMode: 'Change nothing in any page: toolbar and popup only.',
  warnOnAvoid: 'Also warn before opening links to platforms to avoid (always for dangerous ones).',
  sitesOff: 'Sites (host names) where the extension changes nothing.',
  pausedSites: 'Sites paused for a while: host → until (epoch ms).',
  theme: 'The look of the popup and options: system, light or dark.',
};

function lazyItems(): { readonly [K in keyof Settings]: SettingItem } {
  const made = new Map<string, SettingItem>();
  const items = {} as { [K in keyof Settings]: SettingItem };
  for (const key of Object.keys(DESCRIPTIONS) as (keyof Settings)[]) {
    Object.defineProperty(items, key, {
      enumerable: true,
      get: () => made.get(key) ?? made.set(key, defineSettingItem(key, SETTING_MIGRATIONS[key])).get(key)!,
    });
  }
  return items;
}

/** One storage item per setting; see DESCRIPTIONS for what each holds. */
export const settingItems = lazyItems();
