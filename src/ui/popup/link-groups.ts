/**
 * The invite links found on a page, grouped by verdict, not by platform: dangerous links first
 * (imitations and device links, each its own row named by what it is), then links to avoid, to
 * take care with, and that look safe; within a group, by platform. A genuine Signal group link
 * never sits under a red heading because a device-link lure on the same page names Signal too.
 */
import type { Level } from '../../catalogue/kinds';
import { uiLanguage } from '../../i18n/t';
import { linkName, type LinkNature } from '../../assess/link-name';
import { compareLevels } from './level-look';

export interface FoundLink {
  url: string;
  platform: string;
  level: Level;
}

export interface LinkRow extends FoundLink {
  /** What the link is: "Zoom", "Imitation of Zoom — not Zoom", "Links a new device to your Signal account". */
  name: string;
}

export interface LinkGroup {
  level: Level;
  links: LinkRow[];
}

/**
 * What a reported link is. The URL alone shows an imitation or a device link; a dangerous link
 * that is neither had visible text naming a meeting address over an href going elsewhere (the
 * page's mismatch rule): it imitates the platform it named.
 */
export function reportedNature(link: FoundLink, fromUrl: LinkNature): LinkNature {
  return link.level === 'danger' && fromUrl === 'platform' ? 'imitation' : fromUrl;
}

export function groupLinks(
  links: readonly FoundLink[],
  nameOf: (id: string) => string | undefined,
  natureOf: (link: FoundLink) => LinkNature = () => 'platform',
): LinkGroup[] {
  const groups = new Map<Level, (LinkRow & { platformName: string })[]>();
  const seen = new Set<string>();
  for (const link of links) {
    const id = `${link.platform}\n${link.url}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const platformName = nameOf(link.platform) ?? link.platform;
    const row = { ...link, name: linkName(reportedNature(link, natureOf(link)), platformName), platformName };
    groups.set(link.level, [...(groups.get(link.level) ?? []), row]);
  }
  const language = uiLanguage();
  return [...groups]
    .sort(([a], [b]) => compareLevels(a, b))
    .map(([level, rows]) => ({
      level,
      links: rows
        .sort((a, b) => a.platformName.localeCompare(b.platformName, language) || a.name.localeCompare(b.name, language) || a.url.localeCompare(b.url))
        .map(({ platformName: _, ...row }) => row),
    }));
}
