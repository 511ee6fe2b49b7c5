/** The verdict on one link as a page shows it: label, level, reasons; and the mismatch rule. */
import { getDomain } from 'tldts';
import { assess, assessTracked, trackerName } from '../assess/assess';
import type { Assessment } from '../assess/types';
import type { CatalogueIndex } from '../recognise/catalogue-index';
import { isolate, ltr, t } from '../i18n/t';
import type { LinkToJudge, PageVerdict } from '../contracts/page-messages';
import { recognise } from '../recognise/recognise';
import type { Match, RecogniseSettings } from '../recognise/types';
import { kindWords } from '../assess/kind-words';
import { linkName, linkNature } from '../assess/link-name';
import { hostNamedByText, textAsUrl } from './link-text';

export function toPageVerdict(index: CatalogueIndex, match: Match, assessment: Assessment): PageVerdict | null {
  if (assessment.level === 'none' || !assessment.platform) return null;
  const name = index.platforms.get(assessment.platform)?.name ?? assessment.platform;
  const nature = linkNature(match);
  const shown = linkName(nature, name);
  // A dangerous link is named by what it is, then the level: "Imitation of Zoom — not Zoom (Dangerous)".
  const label =
    nature === 'platform' ? t('verdictLabel', [name, kindWords(match.kind ?? 'other'), assessment.summary]) : t('verdictLabelNamed', [shown, t('levelDanger')]);
  return {
    platform: assessment.platform,
    platformName: name,
    name: shown,
    level: assessment.level,
    label,
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
    name: linkName('imitation', name),
    level: 'danger',
    label: t('verdictLabelMismatch', [
      t('verdictLabelNamed', [linkName('imitation', name), t('levelDanger')]),
      ltr(textHost),
      ltr(registrable(hrefMatch.host)),
    ]),
    reasons: [t('reasonMismatch', [name, ltr(textHost), ltr(registrable(hrefMatch.host))]), t('reasonDoNotSignIn')],
    target: hrefMatch.target,
  };
}

/**
 * Visible text naming a platform's address over a click tracker whose destination cannot be
 * read: an honest "can't see where this leads" at caution, under the platform the text names.
 * Null when the text names no platform, or names an imitation (that is the mismatch rule's).
 */
function trackedVerdict(index: CatalogueIndex, link: LinkToJudge, hrefMatch: Match, tracker: string, settings: RecogniseSettings): PageVerdict | null {
  const textHost = link.text ? hostNamedByText(link.text) : null;
  if (!textHost) return null;
  const shown = recognise(index, textAsUrl(link.text), settings);
  if (!shown.platform || shown.lookalikeOf) return null;
  const assessment = assessTracked(index, tracker, { platform: shown.platform, shown: textHost });
  const name = index.platforms.get(shown.platform)?.name ?? shown.platform;
  return {
    platform: shown.platform,
    platformName: name,
    name,
    level: 'caution',
    label: t('verdictLabelTracker', [name, isolate(trackerName(index, tracker))]),
    reasons: assessment.reasons,
    target: hrefMatch.target,
  };
}

export function judgeLink(index: CatalogueIndex, link: LinkToJudge, settings: RecogniseSettings): PageVerdict | null {
  const match = recognise(index, link.href, settings);
  if (match.tracker) {
    const tracked = trackedVerdict(index, link, match, match.tracker, settings);
    if (tracked) return tracked;
  }
  if (link.text) {
    const mismatch = mismatchVerdict(index, link, match, settings);
    if (mismatch) return mismatch;
  }
  return toPageVerdict(index, match, assess(index, match));
}
