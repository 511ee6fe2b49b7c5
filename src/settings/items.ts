/**
 * The settings in browser.storage.local (never sync: nothing passes through a vendor's cloud).
 * Versioned from the start so later shapes can migrate; each raw key is the setting's name.
 */
import { storage } from 'wxt/utils/storage';
import type { Settings } from './schema';

const item = <K extends keyof Settings>(key: K) => storage.defineItem<unknown>(`local:${key}`, { version: 1 });

export const settingItems: { [K in keyof Settings]: ReturnType<typeof item<K>> } = {
  /** Jitsi Meet / BigBlueButton servers the person trusts. */
  trustedServers: item('trustedServers'),
  /** Which links get a badge in pages: all invite links, only warnings, or none. */
  pageBadges: item('pageBadges'),
  /** Change nothing in any page: toolbar and popup only. */
  quietMode: item('quietMode'),
  /** Also warn before opening links to platforms to avoid (always for dangerous ones). */
  warnOnAvoid: item('warnOnAvoid'),
  /** Sites (host names) where the extension changes nothing. */
  sitesOff: item('sitesOff'),
  /** Sites paused for a while: host → until (epoch ms). */
  pausedSites: item('pausedSites'),
};
