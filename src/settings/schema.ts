/**
 * What each setting may hold, checked on every read (zod/mini: small, no eval). A stored value
 * that fails its check is replaced by the default for that setting only, in memory: the stored
 * value is left alone, so nothing is lost.
 */
import * as z from 'zod/mini';
import type { BadgeMode } from '../page/messages';
import type { TrustedServer } from '../recognise/types';

const hostName = z.string().check(z.regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]*[a-z0-9]$/));

export const trustedServersSchema = z.array(z.object({ host: hostName, platform: z.enum(['jitsi', 'bigbluebutton']) }));
export const pageBadgesSchema = z.enum(['all', 'warnings', 'none']);
export const booleanSchema = z.boolean();
export const sitesOffSchema = z.array(hostName);
/** host → until when (epoch ms) the extension is paused there */
export const pausedSitesSchema = z.record(hostName, z.number());

export interface Settings {
  trustedServers: TrustedServer[];
  pageBadges: BadgeMode;
  quietMode: boolean;
  warnOnAvoid: boolean;
  sitesOff: string[];
  pausedSites: Record<string, number>;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  trustedServers: [],
  pageBadges: 'all',
  quietMode: false,
  warnOnAvoid: false,
  sitesOff: [],
  pausedSites: {},
}) as Settings;
