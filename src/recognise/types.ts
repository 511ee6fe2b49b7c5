import type { LinkKind } from '../catalogue/kinds';

/** A Jitsi Meet or BigBlueButton server the person has declared trustworthy. */
export interface TrustedServer {
  host: string;
  platform: 'jitsi' | 'bigbluebutton';
  /** Set by the organisation's policy (settings/managed-policy.ts), not by the person. */
  managed?: true;
}

export interface RecogniseSettings {
  trustedServers: readonly TrustedServer[];
}

export const NO_SETTINGS: RecogniseSettings = { trustedServers: [] };

export type LookalikeReason = 'host-prefix' | 'homograph' | 'look-alike-spelling' | 'brand-in-foreign-domain' | 'userinfo';

export interface ServerInfo {
  host: string;
  operator: string | null;
  /** Run by the platform's owner itself (meet.jit.si). */
  official: boolean;
  /**
   * A public server by the catalogue (data/servers/): the platform's own, or one where anyone
   * may open a room. Trusting it does not keep strangers out of a room whose name they guess.
   */
  openToAnyone: boolean;
  trusted: boolean;
  /** Trusted by the organisation's policy rather than by the person. */
  trustedByOrganisation?: true;
}

export interface Match {
  /** The string given, trimmed. */
  url: string;
  /** The link's real destination after removing redirect wrappers (Safe Links, Proofpoint, ...). */
  target: string;
  /** Wrapper ids removed, outermost first. */
  unwrappedBy: string[];
  /** The platform whose invite link this is, or null (also for lookalikes: see lookalikeOf). */
  platform: string | null;
  kind: LinkKind | null;
  /** Normalised host of the target, or null when it has none. */
  host: string | null;
  /** The platform a lookalike imitates. */
  lookalikeOf: string | null;
  lookalike: LookalikeReason | null;
  /** For self-hostable platforms (Jitsi, BigBlueButton): which server, who runs it, trusted or not. */
  server: ServerInfo | null;
  /**
   * The newsletter or marketing click tracker (data/click-trackers.json) the link goes through
   * when its destination cannot be read from the link; null otherwise. Trackers that carry the
   * destination are unwrapped instead, and named in unwrappedBy.
   */
  tracker: string | null;
}
