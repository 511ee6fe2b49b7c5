/**
 * Messages between the content script and the background, named by direction (CS → BG, BG → CS).
 * The background treats every message from a page as untrusted and validates it
 * (src/background/validate-message.ts); the content script trusts only its own extension.
 */
import type { Level } from '../catalogue/kinds';

/** How much the extension shows in pages. */
export type BadgeMode = 'all' | 'warnings' | 'none';

/** What a content script needs to know to work on one page. */
export interface PageConfig {
  /** Badges on every recognised invite link, only on warnings (danger/avoid/caution), or none. */
  badges: BadgeMode;
  /** Change nothing in this page (quiet mode, a site switched off, or paused). */
  handsOff: boolean;
  /** Show the click warning for `avoid` links too (always for `danger`). */
  warnOnAvoid: boolean;
  /** Hosts the person trusts (Jitsi/BBB): links to them are candidates too. */
  trustedHosts: string[];
  /** What the content script needs to pick the links worth sending (the same for every frame). */
  candidates: CandidateData;
}

/** The catalogue's slice for the content script's first look at a link (candidate-filter.ts). */
export interface CandidateData {
  /** Every host or domain the catalogue knows (platforms, servers, wrappers). */
  domains: readonly string[];
  /** Domains whose every subdomain counts (vanity hosts). */
  suffixes: readonly string[];
  /** URL schemes of the platforms' apps, with the colon ("zoommtg:"). */
  schemes: readonly string[];
  /** Source of the lookalike pre-filter regular expression. */
  suspicious: string;
  /**
   * The literal starts of the platforms' specific invite paths ("/j/", "/joinchat/"): a link to
   * any host with one goes to the background, which knows misspelled names (zomo.com/j/…) that no
   * table here could hold.
   */
  invitePaths: readonly string[];
}

/** The verdict on one link, ready to show. */
export interface PageVerdict {
  /** Platform id for data-platform: the platform, or the one a lookalike imitates. */
  platform: string;
  platformName: string;
  /**
   * What the link is, in words: the platform's name ("Zoom"), or for danger what the link really
   * is ("Imitation of Zoom — not Zoom", "Links a new device to your Signal account").
   */
  name: string;
  level: Exclude<Level, 'none'>;
  /** Accessible name and tooltip: "Zoom meeting link — not recommended: …", "Imitation of Zoom — not Zoom (Dangerous)". */
  label: string;
  /** Plain-words reasons, most important first. */
  reasons: string[];
  /** The real destination after unwrapping. */
  target: string;
}

export interface LinkToJudge {
  /** The link's destination: href, or Gmail's data-saferedirecturl when present. */
  href: string;
  /** Visible text when it looks like a URL or host name (for the mismatch rule), else "". */
  text: string;
}

export type MessageCStoBG =
  | { type: 'get-page-config' }
  | { type: 'judge-links'; links: LinkToJudge[] }
  | {
      type: 'report-page';
      /** The page's own URL (the toolbar judges a meeting tab by it). */
      url: string;
      /** A Jitsi Meet or BigBlueButton web app recognised from the page itself. */
      app: 'jitsi' | 'bigbluebutton' | null;
      /** Recognised links on the page (capped), for the toolbar count and the popup list. */
      links: { url: string; platform: string; level: PageVerdict['level'] }[];
    }
  | { type: 'open-details'; url: string };

/** An image's box in the tab's viewport, and that viewport's size, in CSS pixels. */
export interface ImageArea {
  x: number;
  y: number;
  width: number;
  height: number;
  viewportWidth: number;
  viewportHeight: number;
}

export type MessageBGtoCS =
  /** Settings changed: ask for the page config again (it depends on each frame's site). */
  | { type: 'page-config-changed' }
  /**
   * "Check this QR code" was chosen on an image: where is the image with this src in the tab's
   * viewport (a frame adds its frames' places)? The answer is an ImageArea,
   * or null when the frame cannot tell (a parent on another origin).
   */
  | { type: 'image-area'; src: string };

export const MAX_LINKS_PER_MESSAGE = 500;
export const MAX_REPORTED_LINKS = 200;
