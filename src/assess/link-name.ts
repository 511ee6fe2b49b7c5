/**
 * What a link is, in words, wherever it is named (badge, its card, the click warning, the
 * toolbar, the popup): the platform's name, or for a dangerous link what it really is. Never the
 * platform's name alone beside "Dangerous", which reads as "Zoom is dangerous".
 */
import { t } from '../i18n/t';
import type { Match } from '../recognise/types';

/** A platform's own link, one that imitates it, or one whose action is the danger. */
export type LinkNature = 'platform' | 'imitation' | 'device-link' | 'device-code';

export function linkNature(match: Pick<Match, 'lookalikeOf' | 'kind'>): LinkNature {
  if (match.lookalikeOf) return 'imitation';
  if (match.kind === 'device-link') return 'device-link';
  if (match.kind === 'device-code-sign-in') return 'device-code';
  return 'platform';
}

const KEY: Record<Exclude<LinkNature, 'platform'>, string> = {
  imitation: 'linkNameImitation',
  'device-link': 'linkNameDeviceLink',
  'device-code': 'linkNameDeviceCode',
};

/** "Zoom", "Imitation of Zoom — not Zoom", "Links a new device to your Signal account". */
export function linkName(nature: LinkNature, platformName: string): string {
  return nature === 'platform' ? platformName : t(KEY[nature], [platformName]);
}
