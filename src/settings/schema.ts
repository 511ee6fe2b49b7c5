/**
 * What each setting may hold, checked on every read (zod/mini: small, no eval). A stored value
 * that fails its check is replaced by the default for that setting only, in memory: the stored
 * value is left alone, so nothing is lost.
 */
import * as z from 'zod/mini';
import type { BadgeMode } from '../contracts/page-messages';
import type { TrustedServer } from '../recognise/types';

/** A lowercase ASCII host name (Unicode names are stored as punycode). */
export const hostNameSchema = z.string().check(z.regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]*[a-z0-9]$/));

/** The self-hostable platforms whose servers a person can trust. */
export const TRUSTABLE_PLATFORMS = ['jitsi', 'bigbluebutton'] as const;

export const trustedServersSchema = z.array(z.object({ host: hostNameSchema, platform: z.enum(TRUSTABLE_PLATFORMS) }));
export const pageBadgesSchema = z.enum(['all', 'warnings', 'none']);
export const booleanSchema = z.boolean();
export const sitesOffSchema = z.array(hostNameSchema);
/** host → until when (epoch ms) the extension is paused there */
export const pausedSitesSchema = z.record(hostNameSchema, z.number());
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** The look of the popup and options: follow the system, or always light or dark. */
export const themeSchema = z.enum(THEMES);

export interface Settings {
  trustedServers: TrustedServer[];
  pageBadges: BadgeMode;
  quietMode: boolean;
  warnOnAvoid: boolean;
  sitesOff: string[];
  pausedSites: Record<string, number>;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  trustedServers: [],
  pageBadges: 'all',
  quietMode: false,
  warnOnAvoid: false,
  sitesOff: [],
  pausedSites: {},
  theme: 'system',
});
