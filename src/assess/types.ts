import type { Level, Use } from '../catalogue/kinds';

export interface Alternative {
  id: string;
  name: string;
  /** Why it is safer, in one line. */
  reason: string;
}

export interface Assessment {
  level: Level;
  /** The platform shown on the badge: the platform itself, or the one a lookalike imitates. */
  platform: string | null;
  /** One short line for a badge's name: "not recommended: encryption to the server …". */
  summary: string;
  /** Plain-words reasons, most important first. */
  reasons: string[];
  /** What the link is used for, as far as the alternatives are concerned. */
  use: Use | null;
  alternatives: Alternative[];
}
