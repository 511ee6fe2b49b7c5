/** The verdict on one link as a page shows it: label, level, reasons; and the mismatch rule. */
import { getDomain } from 'tldts';
import { assess } from '../assess/assess';
import type { Assessment } from '../assess/types';
import type { CatalogueIndex } from '../catalogue/compile-index';
import type { LinkKind } from '../catalogue/kinds';
import type { LinkToJudge, PageVerdict } from '../page/messages';
import { recognise } from '../recognise/recognise';
import type { Match, RecogniseSettings } from '../recognise/types';
import { hostNamedByText, textAsUrl } from './link-text';

const KIND_WORDS: Record<LinkKind, string> = {
  meeting: 'meeting link',
  'personal-room': 'personal meeting room link',
  webinar: 'webinar link',
  'group-invite': 'group invitation',
  'contact-link': 'contact link',
  'device-link': 'device-linking link',
  'device-code-sign-in': 'sign-in-with-a-code link',
  other: 'link',
};

export function toPageVerdict(index: CatalogueIndex, match: Match, assessment: Assessment): PageVerdict | null {
  if (assessment.level === 'none' || !assessment.platform) return null;
  const name = index.platforms.get(assessment.platform)?.name ?? assessment.platform;
  const what = match.lookalikeOf ? `fake ${name} link` : `${name} ${match.kind ? KIND_WORDS[match.kind] : 'link'}`;
  return {
    platform: assessment.platform,
    platformName: name,
    level: assessment.level,
    label: `${what} — ${assessment.summary}`,
    reasons: assessment.reasons,
    target: match.target,
  };
}

const registrable = (host: string) => getDomain(host, { allowPrivateDomains: true }) ?? host;

/**
 * Visible text naming one meeting address over an href that goes to another registrable
 * domain: danger, whatever the href is.
 */
function mismatchVerdict(index: CatalogueIndex, link: LinkToJudge, hrefMatch: Match, settings: RecogniseSettings): PageVerdict | null {
  const textHost = hostNamedByText(link.text);
  if (!textHost || !hrefMatch.host) return null;
  if (registrable(textHost) === registrable(hrefMatch.host)) return null;
  const shown = recognise(index, textAsUrl(link.text), settings);
  const platform = shown.platform ?? shown.lookalikeOf;
  if (!platform) return null;
  const name = index.platforms.get(platform)?.name ?? platform;
  return {
    platform,
    platformName: name,
    level: 'danger',
    label: `${name} link that really goes elsewhere — dangerous: the text shows ${textHost}, the link goes to ${registrable(hrefMatch.host)}`,
    reasons: [
      `The link's text shows a ${name} address (${textHost}), but the link really goes to ${registrable(hrefMatch.host)}.`,
      'Do not sign in, enter codes or download anything it offers. If you expected an invitation, ask the sender through another channel.',
    ],
    target: hrefMatch.target,
  };
}

export function judgeLink(index: CatalogueIndex, link: LinkToJudge, settings: RecogniseSettings): PageVerdict | null {
  const match = recognise(index, link.href, settings);
  if (link.text) {
    const mismatch = mismatchVerdict(index, link, match, settings);
    if (mismatch) return mismatch;
  }
  return toPageVerdict(index, match, assess(index, match));
}
