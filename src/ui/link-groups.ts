/**
 * The invite links found on a page, grouped by platform: the worst group first, then by name.
 * Links imitating a platform form their own group ("Imitation of Zoom"), never the platform's.
 */
import type { Level } from '../catalogue/kinds';
import { t, uiLanguage } from '../i18n/t';
import { compareLevels, worstLevel } from './level-look';

export interface FoundLink {
  url: string;
  platform: string;
  level: Level;
}

export interface LinkGroup {
  /** The platform id, or "imitation:<id>" for links imitating it. */
  platform: string;
  name: string;
  worst: Level;
  links: FoundLink[];
}

export function groupLinks(
  links: readonly FoundLink[],
  nameOf: (id: string) => string | undefined,
  imitates: (url: string) => boolean = () => false,
): LinkGroup[] {
  const groups = new Map<string, FoundLink[]>();
  const seen = new Set<string>();
  for (const link of links) {
    const id = `${link.platform}\n${link.url}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const key = imitates(link.url) ? `imitation:${link.platform}` : link.platform;
    const list = groups.get(key) ?? [];
    list.push(link);
    groups.set(key, list);
  }
  return [...groups]
    .map(([platform, list]) => ({
      platform,
      name: platform.startsWith('imitation:')
        ? t('cardImitationOf', [nameOf(platform.slice('imitation:'.length)) ?? platform.slice('imitation:'.length)])
        : (nameOf(platform) ?? platform),
      worst: worstLevel(list.map((l) => l.level)),
      links: list.slice().sort((a, b) => compareLevels(a.level, b.level)),
    }))
    .sort((a, b) => compareLevels(a.worst, b.worst) || a.name.localeCompare(b.name, uiLanguage()));
}
